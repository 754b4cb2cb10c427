package dev.declip.desktop.window;

import dev.declip.audio.AudioInfo;
import dev.declip.audio.Container;
import dev.declip.audio.SampleEncoding;
import dev.declip.restore.file.OutputTarget;
import java.nio.file.Path;

/**
 * The sample encoding an export suggests: the input's bit depth, as the command line's default
 * ({@link OutputTarget#nativeEncoding}), unless the user chose one.
 */
final class ExportChoices {
  private ExportChoices() {}

  static SampleEncoding encodingFor(AudioInfo input, Path destination) {
    return OutputTarget.nativeEncoding(
        input, Container.fromPath(destination).orElse(Container.WAV));
  }
}
