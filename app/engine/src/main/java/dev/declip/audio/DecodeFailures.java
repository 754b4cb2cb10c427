package dev.declip.audio;

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
    String reason =
        cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    return new AudioFileException(
        String.format(
            Locale.ROOT,
            "%s: damaged after %.2f s (%s)",
            name,
            framesRead / (double) rate,
            reason.lines().findFirst().orElse("")),
        cause);
  }
}
