package dev.declip.desktop.waveform;

import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.TickUnitSource;
import org.jfree.chart.axis.TickUnits;

/**
 * Tick steps that are round times (1 ms, 5 ms, ..., 1 s, 15 s, 1 min, ...), labelled h:mm:ss.mmm.
 */
final class TimeTicks {

  private static final double[] STEPS_SECONDS = {
    0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1, 2, 5, 10, 15, 30, 60, 120, 300, 600,
    900, 1800, 3600, 7200
  };

  private TimeTicks() {}

  static TickUnitSource units() {
    TickUnits units = new TickUnits();
    TimeText format = new TimeText();
    for (double step : STEPS_SECONDS) {
      units.add(new NumberTickUnit(step, format));
    }
    return units;
  }
}
