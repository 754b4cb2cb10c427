package dev.declip.audio;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The audio file formats the engine knows. */
public enum Container {
  WAV(true, "wav", "wave"),
  AIFF(false, "aif", "aiff", "aifc"),
  FLAC(true, "flac"),
  MP3(false, "mp3"),
  OGG(false, "ogg", "oga");

  private final boolean writable;
  private final String[] extensions;

  Container(boolean writable, String... extensions) {
    this.writable = writable;
    this.extensions = extensions;
  }

  public boolean writable() {
    return writable;
  }

  public String defaultExtension() {
    return extensions[0];
  }

  /** The container a path's extension names, if any. */
  public static Optional<Container> fromPath(Path path) {
    String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
    int dot = name.lastIndexOf('.');
    if (dot < 0) {
      return Optional.empty();
    }
    String ext = name.substring(dot + 1);
    for (Container c : values()) {
      for (String e : c.extensions) {
        if (e.equals(ext)) {
          return Optional.of(c);
        }
      }
    }
    return Optional.empty();
  }
}
