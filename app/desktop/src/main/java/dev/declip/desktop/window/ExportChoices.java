package dev.declip.desktop.window;

import dev.declip.audio.AudioInfo;
import dev.declip.audio.Container;
import dev.declip.audio.SampleEncoding;
import java.nio.file.Path;

/**
 * The sample encoding an export writes: the input's bit depth (float inputs keep float in WAV, or
 * 24-bit in FLAC, which holds integers only), unless the user chose one.
 */
final class ExportChoices {
  private ExportChoices() {}

  static SampleEncoding encodingFor(AudioInfo input, Path destination) {
    boolean flac = Container.fromPath(destination).orElse(Container.WAV) == Container.FLAC;
    if (input.floatingPoint() || input.bitsPerSample() > 24) {
      return flac ? SampleEncoding.PCM_24 : SampleEncoding.FLOAT_32;
    }
    return input.bitsPerSample() > 16 ? SampleEncoding.PCM_24 : SampleEncoding.PCM_16;
  }
}
