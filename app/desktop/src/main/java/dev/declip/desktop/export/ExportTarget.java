package dev.declip.desktop.export;

import dev.declip.audio.AudioFileException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Checks on the destination before writing, and failures put into words a user can act on. */
final class ExportTarget {
  private ExportTarget() {}

  /**
   * Refuses a destination that is the source file: the same path, a link to it, or a path through a
   * linked folder.
   */
  static void requireNotSource(Path source, Path destination) throws AudioFileException {
    if (source == null) {
      return;
    }
    if (resolved(source).equals(resolved(destination))) {
      throw new AudioFileException(
          destination.getFileName()
              + ": this is the file being restored; choose another name (the original is never"
              + " overwritten)");
    }
  }

  /** The path with every link followed, as far as the path exists. */
  private static Path resolved(Path path) {
    Path absolute = path.toAbsolutePath().normalize();
    try {
      if (Files.exists(absolute)) {
        return absolute.toRealPath();
      }
      Path parent = absolute.getParent();
      if (parent != null && Files.exists(parent)) {
        return parent.toRealPath().resolve(absolute.getFileName());
      }
    } catch (IOException e) {
      // Unreadable: compare the plain path.
    }
    return absolute;
  }

  static IOException explain(Path destination, IOException e) {
    if (e instanceof AudioFileException) {
      return e;
    }
    String name = String.valueOf(destination.getFileName());
    if (e instanceof NoSuchFileException) {
      return new AudioFileException(
          name
              + ": the folder "
              + destination.toAbsolutePath().getParent()
              + " does not exist; nothing was written",
          e);
    }
    if (e instanceof AccessDeniedException) {
      return new AudioFileException(
          name + ": permission denied in its folder; nothing was written", e);
    }
    if (e instanceof FileAlreadyExistsException) {
      return new AudioFileException(name + ": already exists; nothing was written", e);
    }
    if (String.valueOf(e.getMessage()).contains("No space left")) {
      return new AudioFileException(name + ": the disk is full; nothing was written", e);
    }
    return new AudioFileException(
        name + ": could not write (" + e.getMessage() + "); nothing was written", e);
  }
}
