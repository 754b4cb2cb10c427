package dev.declip.cli;

import dev.declip.clipping.ClipLevelFormatException;
import dev.declip.clipping.ClipLevelOverride;
import java.util.Optional;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** Clip levels set by hand instead of detected. */
final class LevelOptions {

  @Option(
      names = {"-l", "--levels"},
      paramLabel = "LEVELS",
      converter = Parser.class,
      description = {
        "Clip levels instead of detecting them: linear (0.5), dBFS (-6dB), per polarity"
            + " (+0.5/-0.45), per channel (0.9; 2:0.8/0.75; channels count from 1), or none."
            + " Float files may clip above full scale (+12dB, 4.0)."
      })
  ClipLevelOverride levels;

  Optional<ClipLevelOverride> override() {
    return Optional.ofNullable(levels);
  }

  static final class Parser implements ITypeConverter<ClipLevelOverride> {
    @Override
    public ClipLevelOverride convert(String value) {
      try {
        return ClipLevelOverride.parse(value);
      } catch (ClipLevelFormatException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }
}
