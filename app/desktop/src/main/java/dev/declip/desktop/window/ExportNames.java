package dev.declip.desktop.window;

import dev.declip.audio.Container;
import java.nio.file.Path;

/** The name an export suggests: the input's name with "-declipped", in a writable format. */
final class ExportNames {
  private ExportNames() {}

  static String suggested(Path input) {
    String name = input.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String stem = dot > 0 ? name.substring(0, dot) : name;
    String extension =
        Container.fromPath(input)
            .filter(Container::writable)
            .map(Container::defaultExtension)
            .orElse("flac");
    return stem + "-declipped." + extension;
  }
}
