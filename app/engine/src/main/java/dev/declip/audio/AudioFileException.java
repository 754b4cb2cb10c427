package dev.declip.audio;

import java.io.IOException;

/**
 * An audio file that cannot be read or written as asked, with a one-line message meant for the user
 * ("x.wav: truncated after 1.20 s", "x.wma: unsupported format").
 */
public class AudioFileException extends IOException {
  private static final long serialVersionUID = 1L;

  public AudioFileException(String message) {
    super(message);
  }

  public AudioFileException(String message, Throwable cause) {
    super(message, cause);
  }
}
