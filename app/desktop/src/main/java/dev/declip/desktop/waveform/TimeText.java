package dev.declip.desktop.waveform;

import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.Locale;

/** Seconds as h:mm:ss.mmm, the way audio editors label time; a NumberFormat for chart axes. */
public final class TimeText extends NumberFormat {

  private static final long serialVersionUID = 1L;

  public static String of(double seconds) {
    long millis = Math.round(Math.max(0, seconds) * 1000);
    return String.format(
        Locale.ROOT,
        "%d:%02d:%02d.%03d",
        millis / 3_600_000,
        millis / 60_000 % 60,
        millis / 1000 % 60,
        millis % 1000);
  }

  @Override
  public StringBuffer format(double seconds, StringBuffer to, FieldPosition pos) {
    return to.append(of(seconds));
  }

  @Override
  public StringBuffer format(long seconds, StringBuffer to, FieldPosition pos) {
    return to.append(of(seconds));
  }

  @Override
  public Number parse(String source, ParsePosition pos) {
    throw new UnsupportedOperationException("time labels are not parsed");
  }
}
