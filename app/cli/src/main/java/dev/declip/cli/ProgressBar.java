package dev.declip.cli;

import dev.declip.progress.ProgressListener;
import java.io.PrintStream;

/**
 * A one-line progress bar on stderr, redrawn at most ten times a second, so stdout stays clean for
 * the report. Silent when turned off or when there is no terminal to draw on. Shared with {@code
 * declip-train}, which shows its loss terms as the bar's detail.
 */
public final class ProgressBar implements ProgressListener, AutoCloseable {
  private static final int WIDTH = 30;
  private static final long REDRAW_NANOS = 100_000_000L;

  private final PrintStream out;
  private final boolean enabled;
  private final String label;
  private long lastDraw;
  private long stageStart = System.nanoTime();
  private String stage = "";
  private boolean drawn;
  private String detail = "";

  public ProgressBar(PrintStream out, boolean enabled, String label) {
    this.out = out;
    this.enabled = enabled;
    this.label = label;
  }

  @Override
  public synchronized void progress(String stageName, long done, long total) {
    if (!enabled) {
      return;
    }
    long now = System.nanoTime();
    if (!stageName.equals(stage)) {
      stage = stageName;
      stageStart = now;
    } else if (now - lastDraw < REDRAW_NANOS && done < total) {
      return;
    }
    lastDraw = now;
    out.print(
        '\r' + line(done, total, (now - stageStart) / 1e9) + "\033[K"); // erase a longer old line
    out.flush();
    drawn = true;
  }

  /** Text shown after the bar until replaced, such as the running loss. */
  public synchronized void detail(String text) {
    detail = text.isEmpty() ? "" : "  " + text;
  }

  private String line(long done, long total, double elapsed) {
    if (total <= 0) {
      return String.format("%s  %-10s %,d%s", label, stage, done, detail);
    }
    double fraction = Math.min(1, done / (double) total);
    int filled = (int) Math.round(fraction * WIDTH);
    String eta = fraction > 0.02 ? formatSeconds(elapsed / fraction - elapsed) : "--:--";
    return String.format(
        "%s  %-10s [%s%s] %3.0f%%  ETA %s%s ",
        label, stage, "#".repeat(filled), " ".repeat(WIDTH - filled), fraction * 100, eta, detail);
  }

  private static String formatSeconds(double seconds) {
    long s = Math.round(seconds);
    return String.format("%d:%02d", s / 60, s % 60);
  }

  @Override
  public synchronized void close() {
    if (drawn) {
      out.print("\r\033[K");
      out.flush();
    }
  }
}
