package dev.declip.desktop.tasks;

import java.util.Locale;

/**
 * Estimates the time left of a counted step from its pace so far. The count starts over when its
 * total changes or it goes back below where it started (the next step of a job; reports from
 * parallel workers may come a little out of order), and nothing is said before a second has passed
 * and a hundredth is done: an early guess would jump around.
 */
final class TimeLeft {
  private long total = -1;
  private long startDone;
  private long startNanos;
  private double startFraction;

  /** "about 1 min 10 s left", or empty while no honest estimate can be given. */
  synchronized String estimate(long done, long total, long nowNanos) {
    double fraction = total > 0 ? Math.min(1, (double) done / total) : 0;
    if (total != this.total || done < startDone) {
      this.total = total;
      startDone = done;
      startNanos = nowNanos;
      startFraction = fraction;
    }
    double elapsed = (nowNanos - startNanos) / 1e9;
    double progressed = fraction - startFraction;
    if (elapsed < 1 || progressed < 0.01 || fraction >= 1) {
      return "";
    }
    return "about " + text(elapsed * (1 - fraction) / progressed) + " left";
  }

  static String text(double seconds) {
    long s = Math.round(Math.max(1, seconds));
    if (s < 60) {
      return s + " s";
    }
    if (s < 3600) {
      return String.format(Locale.ROOT, "%d min %d s", s / 60, s % 60);
    }
    return String.format(Locale.ROOT, "%d h %d min", s / 3600, (s % 3600) / 60);
  }
}
