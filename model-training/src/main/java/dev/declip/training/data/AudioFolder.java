package dev.declip.training.data;

import dev.declip.audio.Container;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The audio files under a folder, recursively, in a stable (sorted) order so that a seed means the
 * same split on every machine. Files whose extension names no format the engine reads (covers,
 * notes, project files) are passed over silently; whether a candidate really decodes is found when
 * it is read.
 */
public final class AudioFolder {

  private AudioFolder() {}

  public static List<Path> audioFiles(Path dir) throws DataException {
    String name = dir.toString();
    if (!Files.exists(dir)) {
      throw new DataException(name + ": folder not found");
    }
    if (!Files.isDirectory(dir)) {
      throw new DataException(name + ": is a file; give the folder that holds the recordings");
    }
    List<Path> files;
    try (Stream<Path> walk = Files.walk(dir)) {
      files =
          walk.filter(Files::isRegularFile)
              .filter(f -> Container.fromPath(f).isPresent())
              .sorted()
              .toList();
    } catch (IOException | java.io.UncheckedIOException e) {
      throw new DataException(name + ": cannot list the folder (" + e.getMessage() + ")");
    }
    if (files.isEmpty()) {
      throw new DataException(
          name + ": no audio files found (WAV, AIFF, FLAC, MP3 or Ogg Vorbis, in any subfolder)");
    }
    return files;
  }
}
