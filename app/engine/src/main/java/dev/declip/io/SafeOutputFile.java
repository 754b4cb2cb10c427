package dev.declip.io;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;

/**
 * A file written under a temporary name beside its destination and moved into place only once it is
 * complete, so a failure, a full disk or a Ctrl-C never leaves a partial file and never touches an
 * existing one. Close without {@link #commit()} deletes the temporary file.
 */
public final class SafeOutputFile implements AutoCloseable {
  private static final SecureRandom RANDOM = new SecureRandom();

  private static final String PART = ".part";

  private final Path destination;
  private final Path temporary;
  private final boolean replace;
  private boolean committed;

  private SafeOutputFile(Path destination, Path temporary, boolean replace) {
    this.destination = destination;
    this.temporary = temporary;
    this.replace = replace;
  }

  /**
   * Reserves a temporary file beside {@code destination}.
   *
   * @param replace whether an existing destination may be replaced (the input never may)
   */
  public static SafeOutputFile beside(Path destination, boolean replace) throws IOException {
    Path target = destination.toAbsolutePath().normalize();
    Path dir = target.getParent();
    if (!Files.isDirectory(dir)) {
      throw new NoSuchFileException(dir.toString(), null, "output folder does not exist");
    }
    if (!replace && Files.exists(target)) {
      throw new FileAlreadyExistsException(
          target.toString(), null, "already exists (use --overwrite)");
    }
    // A part of this name left by a killed run is deleted; a running writer's is left alone.
    String prefix = "." + target.getFileName() + ".";
    StaleFiles.delete(dir, globEscaped(prefix) + "*" + PART, prefix);
    // Files.createFile, not createTempFile: the finished file gets the user's usual permissions
    // (from the umask), not createTempFile's owner-only ones.
    Path temp = null;
    while (temp == null) {
      Path candidate =
          dir.resolve(
              StaleFiles.ownedName(prefix) + Long.toUnsignedString(RANDOM.nextLong(), 36) + PART);
      try {
        temp = Files.createFile(candidate);
      } catch (FileAlreadyExistsException taken) {
        // Another writer's temporary name; draw again.
      }
    }
    return new SafeOutputFile(target, temp, replace);
  }

  /** A name as a glob pattern that matches only itself. */
  private static String globEscaped(String name) {
    return name.replaceAll("([\\\\*?\\[\\]{}])", "\\\\$1");
  }

  public Path temporary() {
    return temporary;
  }

  public Path destination() {
    return destination;
  }

  /** Moves the finished file into place, atomically where the file system allows it. */
  public void commit() throws IOException {
    if (!replace && Files.exists(destination)) {
      throw new FileAlreadyExistsException(destination.toString(), null, "appeared while writing");
    }
    try {
      Files.move(
          temporary,
          destination,
          StandardCopyOption.ATOMIC_MOVE,
          StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temporary, destination, StandardCopyOption.REPLACE_EXISTING);
    }
    committed = true;
  }

  @Override
  public void close() throws IOException {
    if (!committed) {
      Files.deleteIfExists(temporary);
    }
  }
}
