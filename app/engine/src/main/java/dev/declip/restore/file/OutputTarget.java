package dev.declip.restore.file;

import dev.declip.audio.AudioFileException;
import dev.declip.audio.AudioInfo;
import dev.declip.audio.Container;
import dev.declip.audio.OutputFormat;
import dev.declip.audio.SampleEncoding;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Decisions about the output file: its format, its ceiling, and the refusals that protect the
 * input. Public so that every writer of restored audio (the file restorer, the desktop's export)
 * protects the input and words failures the same way.
 */
public final class OutputTarget {
  /** What the CLI tells a user whose output already exists. */
  static final String OVERWRITE_HINT = "use --overwrite to replace it";

  private OutputTarget() {}

  /**
   * Refuses an output that is the input itself: the same path, a link to it, a hard link, or a path
   * through a linked folder (also when the output does not exist yet).
   *
   * @throws AudioFileException naming the output
   */
  public static void checkDistinct(Path input, Path output) throws IOException {
    Path in = input.toAbsolutePath().normalize();
    Path out = output.toAbsolutePath().normalize();
    boolean same =
        resolved(in).equals(resolved(out))
            || (Files.exists(out) && Files.exists(in) && Files.isSameFile(in, out));
    if (same) {
      throw new AudioFileException(
          output
              + ": output is the input file; choose another name (the input is never overwritten)");
    }
  }

  /** The path with every link followed, as far as the path exists (else through its folder). */
  private static Path resolved(Path absolute) {
    try {
      if (Files.exists(absolute)) {
        return absolute.toRealPath();
      }
      Path parent = absolute.getParent();
      if (parent != null && Files.exists(parent)) {
        return parent.toRealPath().resolve(absolute.getFileName());
      }
    } catch (IOException e) {
      // Unreadable: the plain path is all there is to compare.
    }
    return absolute;
  }

  /**
   * The output format: the container from the output's extension, the encoding as asked or else the
   * input's own bit depth as near as the container holds it (float input to FLAC becomes 24-bit).
   * Refuses a file the format cannot hold.
   */
  static OutputFormat formatFor(Path output, Optional<SampleEncoding> asked, AudioInfo input)
      throws IOException {
    // The container only picks the default encoding here; forPath refuses unknown extensions.
    Container container = Container.fromPath(output).orElse(Container.WAV);
    SampleEncoding encoding = asked.orElseGet(() -> nativeEncoding(input, container));
    OutputFormat format;
    try {
      format = OutputFormat.forPath(output, encoding);
    } catch (IllegalArgumentException e) {
      String message = e.getMessage();
      String name = output.getFileName().toString();
      throw new AudioFileException(message.startsWith(name) ? message : name + ": " + message);
    }
    if (input.frames() > format.maxFrames(input.channels())) {
      throw new AudioFileException(
          output.getFileName() + ": too long for a WAV file (over 4 GB); write FLAC instead");
    }
    return format;
  }

  /**
   * The input's own bit depth as near as the container holds it: float input stays float in WAV and
   * becomes 24-bit in FLAC, which holds integers only. The default of both shells.
   */
  public static SampleEncoding nativeEncoding(AudioInfo info, Container container) {
    if (info.floatingPoint() || info.bitsPerSample() > 24) {
      return container == Container.FLAC ? SampleEncoding.PCM_24 : SampleEncoding.FLOAT_32;
    }
    return info.bitsPerSample() > 16 ? SampleEncoding.PCM_24 : SampleEncoding.PCM_16;
  }

  /** The largest magnitude an encoding holds without clipping. */
  public static double ceiling(SampleEncoding encoding) {
    return encoding.canExceedFullScale()
        ? Double.POSITIVE_INFINITY
        : (Math.pow(2, encoding.bits() - 1) - 1) / Math.pow(2, encoding.bits() - 1);
  }

  /**
   * Turns low-level write failures into one line a user can act on; an existing output is explained
   * with the CLI's {@code --overwrite}.
   */
  static IOException explainWriteFailure(Path output, IOException e) {
    return explainWriteFailure(output, e, OVERWRITE_HINT);
  }

  /**
   * Turns low-level write failures into one line a user can act on: disk full, missing folder,
   * permission denied, already exists. An {@link AudioFileException} passes through as it is.
   *
   * @param replaceHint how the user can replace an existing output, e.g. the CLI's flag; added in
   *     brackets to the already-exists message, or nothing when empty
   */
  public static IOException explainWriteFailure(Path output, IOException e, String replaceHint) {
    if (e instanceof AudioFileException) {
      return e;
    }
    String message = String.valueOf(e.getMessage());
    if (message.contains("No space left")) {
      return new AudioFileException(output + ": the disk is full; nothing was written", e);
    }
    if (e instanceof FileAlreadyExistsException) {
      String hint = replaceHint.isEmpty() ? "" : " (" + replaceHint + ")";
      return new AudioFileException(output + ": already exists; nothing was written" + hint, e);
    }
    if (e instanceof NoSuchFileException) {
      return new AudioFileException(output + ": the output folder does not exist", e);
    }
    if (e instanceof AccessDeniedException) {
      return new AudioFileException(output + ": permission denied; nothing was written", e);
    }
    return new AudioFileException(
        output + ": could not write (" + message + "); nothing was written", e);
  }
}
