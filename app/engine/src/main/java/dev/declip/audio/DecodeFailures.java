package dev.declip.audio;

import java.io.IOException;
import java.util.Locale;

/** The one-line messages for streams that end early or break while decoding. */
final class DecodeFailures {

  private DecodeFailures() {}

  static AudioFileException truncated(String name, long framesRead, long promised, int rate) {
    return new AudioFileException(
        String.format(
            Locale.ROOT,
            "%s: truncated after %.2f s (the header promises %.2f s)",
            name,
            framesRead / (double) rate,
            promised / (double) rate));
  }

  /** Wraps whatever a third-party decoder threw, keeping only the first line of its message. */
  static AudioFileException damaged(String name, long framesRead, int rate, Throwable cause) {
    return new AudioFileException(
        String.format(
            Locale.ROOT,
            "%s: damaged after %.2f s (%s)",
            name,
            framesRead / (double) rate,
            reason(cause)),
        cause);
  }

  /**
   * What a decoder said, in one line. Codecs meet damaged data with runtime exceptions (an index
   * out of bounds, a null) whose words mean nothing to a user, so only an I/O error's own message
   * is passed on.
   */
  static String reason(Throwable cause) {
    String message = cause.getMessage();
    if (!(cause instanceof IOException) || message == null || message.isBlank()) {
      return "the decoder could not read it";
    }
    return message.lines().findFirst().orElse("").strip();
  }
}
