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
 */
public final class TerminalProgress implements ProgressListener, AutoCloseable {
  private static final int REDRAW_MILLIS = 100;

  private final PrintStream out;
  private final boolean enabled;
  private final String label;
  private ProgressBar bar;
  private String stage = "";
  private String detail = "";

  public TerminalProgress(PrintStream out, boolean enabled, String label) {
    this.out = out;
    this.enabled = enabled;
    this.label = label;
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
    ProgressBar created =
        new ProgressBarBuilder()
            .setTaskName(label + "  " + stage)
            .setInitialMax(total > 0 ? total : -1)
            .setStyle(ProgressBarStyle.ASCII)
            .setUpdateIntervalMillis(REDRAW_MILLIS)
            .setConsumer(new ConsoleProgressBarConsumer(out))
            .clearDisplayOnFinish()
            .build();
    created.setExtraMessage(detail);
    return created;
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
