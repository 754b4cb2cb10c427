package dev.declip.desktop.settings;

import dev.declip.audio.SampleEncoding;
import dev.declip.restore.file.GainPolicy;
import java.util.Objects;
import java.util.Optional;

/**
 * The export choices the dialog remembers: the format and how the level is handled.
 *
 * @param encoding the sample encoding last chosen, or null for the recording's own bit depth
 * @param gain the level policy last chosen
 */
public record ExportPreference(SampleEncoding encoding, GainPolicy gain) {

  public static final ExportPreference DEFAULT = new ExportPreference(null, GainPolicy.AUTOMATIC);

  public ExportPreference {
    Objects.requireNonNull(gain, "gain");
  }

  public Optional<SampleEncoding> encodingIfAny() {
    return Optional.ofNullable(encoding);
  }
}
