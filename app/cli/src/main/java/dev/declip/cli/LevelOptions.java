package dev.declip.cli;

import dev.declip.clipping.ClipLevelOverride;
import java.util.Optional;
import picocli.CommandLine.Option;

/** Clip levels set by hand instead of detected. */
final class LevelOptions {

  @Option(
      names = {"-l", "--levels"},
      paramLabel = "LEVEL",
      description = {
        "Clip levels instead of detecting them: linear (0.5), dBFS (-6dB),"
            + " or per polarity (+0.5/-0.45, -6dB/-7dB)."
      })
  String levels;

  Optional<ClipLevelOverride> override() {
    return levels == null ? Optional.empty() : Optional.of(ClipLevelOverride.parse(levels));
  }
}
