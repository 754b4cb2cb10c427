package dev.declip.cli;

import dev.declip.audio.SampleEncoding;
import dev.declip.restore.file.GainPolicy;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Parsers for option values, so that a bad value is a usage error with a clear message. */
final class Converters {
  private Converters() {}

  static final class Encoding implements ITypeConverter<SampleEncoding> {
    @Override
    public SampleEncoding convert(String value) {
      switch (value.toLowerCase(Locale.ROOT)) {
        case "16":
          return SampleEncoding.PCM_16;
        case "24":
          return SampleEncoding.PCM_24;
        case "32f":
        case "32":
        case "float":
          return SampleEncoding.FLOAT_32;
        default:
          throw new TypeConversionException(
              "'" + value + "' is not a bit depth: use 16, 24 or 32f");
      }
    }
  }

  static final class Gain implements ITypeConverter<GainPolicy> {
    @Override
    public GainPolicy convert(String value) {
      String v = value.toLowerCase(Locale.ROOT).replace("db", "").trim();
      switch (v) {
        case "auto":
          return GainPolicy.AUTOMATIC;
        case "ceiling":
          return GainPolicy.AUTOMATIC.withMode(GainPolicy.Mode.CEILING);
        case "limit":
          return GainPolicy.AUTOMATIC.withMode(GainPolicy.Mode.LIMIT);
        case "none":
          return GainPolicy.NONE;
        default:
          break;
      }
      double db;
      try {
        db = Double.parseDouble(v);
      } catch (NumberFormatException e) {
        throw new TypeConversionException(
            "'" + value + "' is not a gain: use auto, ceiling, limit, none, or dB such as -3");
      }
      try {
        return GainPolicy.fixed(db);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }

  /** A level in dB, such as -0.3 or -0.3dB. */
  static final class Decibels implements ITypeConverter<Double> {
    @Override
    public Double convert(String value) {
      try {
        return Double.parseDouble(
            value.toLowerCase(Locale.ROOT).replace("dbtp", "").replace("db", "").trim());
      } catch (NumberFormatException e) {
        throw new TypeConversionException("'" + value + "' is not a level in dB, such as -0.3");
      }
    }
  }

  /** A time in the recording: seconds (90, 90.5) or h:mm:ss / m:ss, with decimals. */
  static final class Time implements ITypeConverter<Double> {
    @Override
    public Double convert(String value) {
      String[] parts = value.trim().split(":", -1);
      if (parts.length > 3) {
        throw invalid(value);
      }
      double seconds = 0;
      try {
        for (int i = 0; i < parts.length; i++) {
          double part = Double.parseDouble(parts[i]);
          boolean last = i == parts.length - 1;
          if (!(part >= 0)
              || Double.isInfinite(part)
              || (!last && part != Math.floor(part))
              || (i > 0 && part >= 60)) {
            throw invalid(value);
          }
          seconds = seconds * 60 + part;
        }
      } catch (NumberFormatException e) {
        throw invalid(value);
      }
      return seconds;
    }

    private static TypeConversionException invalid(String value) {
      return new TypeConversionException(
          "'" + value + "' is not a time: use seconds (90.5) or h:mm:ss (1:30.5, 0:01:30)");
    }
  }
}
