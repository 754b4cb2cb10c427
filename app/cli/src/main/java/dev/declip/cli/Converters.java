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
      if (v.equals("auto")) {
        return GainPolicy.AUTOMATIC;
      }
      if (v.equals("none")) {
        return GainPolicy.NONE;
      }
      double db;
      try {
        db = Double.parseDouble(v);
      } catch (NumberFormatException e) {
        throw new TypeConversionException(
            "'" + value + "' is not a gain: use auto, none, or dB such as -3");
      }
      try {
        return GainPolicy.fixed(db);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }
}
