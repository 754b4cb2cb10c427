package dev.declip.console;

import dev.declip.progress.ProgressListener;
import java.io.PrintStream;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * The engine's progress as a one-line bar (me.tongfei:progressbar) on stderr, so stdout stays clean
 * for the report: one bar per stage, erased when the stage ends. Silent when turned off. {@link
 * #detail} adds text after the bar, such as the running loss of a training run.
 *
 * <p>The library cuts a line wider than the terminal at its right edge, which on a narrow terminal
 * cuts off the percentage and the bar and leaves only the file name. So the task name gives way
 * first: the file name is dropped, then the stage name shortened, then the time estimate hidden, so
 * that the percentage and some bar always show.
 */
public final class TerminalProgress implements ProgressListener, AutoCloseable {
  private static final int REDRAW_MILLIS = 100;

  /** " 100% [" + "] ": what the percentage and the brackets take beside the task name. */
  private static final int PERCENT_AND_BRACKETS = 9;

  /** The least bar worth drawing. */
  private static final int MIN_BAR = 5;

  /** " (0:00:00 / 0:00:00)", the elapsed time and the estimate. */
  private static final int ETA = 20;

  private final PrintStream out;
  private final boolean enabled;
  private final String label;
  private final int width;
  private ProgressBar bar;
  private String stage = "";
  private String detail = "";

  /** A bar as wide as the terminal (the library asks the terminal; 80 columns when it cannot). */
  public TerminalProgress(PrintStream out, boolean enabled, String label) {
    this(out, enabled, label, new ConsoleProgressBarConsumer(out).getMaxRenderedLength());
  }

  /**
   * @param width the columns a line may take, at most
   */
  public TerminalProgress(PrintStream out, boolean enabled, String label, int width) {
    this.out = out;
    this.enabled = enabled;
    this.label = label;
    this.width = Math.max(width, 20);
  }

  @Override
  public synchronized void progress(String stageName, long done, long total) {
    if (!enabled) {
      return;
    }
    if (bar == null || !stageName.equals(stage)) {
      close();
      stage = stageName;
      bar = newBar(total);
    }
    if (total > 0) {
      bar.maxHint(total);
    }
    bar.stepTo(done);
  }

  private ProgressBar newBar(long total) {
    // "done/total" as the library prints it
    int ratio = total > 0 ? 2 * Long.toString(total).length() + 2 : 4;
    int withEta = width - PERCENT_AND_BRACKETS - MIN_BAR - ratio - ETA;
    boolean eta = withEta >= stage.length();
    String name = taskName(eta ? withEta : withEta + ETA);
    ProgressBarBuilder builder =
        new ProgressBarBuilder()
            .setTaskName(name)
            .setInitialMax(total > 0 ? total : -1)
            .setStyle(ProgressBarStyle.ASCII)
            .setUpdateIntervalMillis(REDRAW_MILLIS)
            .setConsumer(new ConsoleProgressBarConsumer(out, width))
            .clearDisplayOnFinish();
    if (!eta) {
      builder.hideEta();
    }
    ProgressBar created = builder.build();
    created.setExtraMessage(detail);
    return created;
  }

  /** The label and the stage, or as much of them as {@code room} columns hold. */
  private String taskName(int room) {
    String full = label + "  " + stage;
    if (full.length() <= room) {
      return full;
    }
    if (stage.length() <= room) {
      return stage;
    }
    return stage.substring(0, Math.max(1, room));
  }

  /** Text shown after the bar until replaced, such as the running loss. */
  public synchronized void detail(String text) {
    detail = text;
    if (bar != null) {
      bar.setExtraMessage(text);
    }
  }

  /** Erases the bar; the next progress report draws a new one. */
  @Override
  public synchronized void close() {
    if (bar != null) {
      bar.close();
      bar = null;
    }
  }
}
