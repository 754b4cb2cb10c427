package dev.declip.restore.file;

import dev.declip.audio.AudioFileException;

/** The input has no clipped sample: there is nothing to restore, and nothing is written. */
public final class NoClippingException extends AudioFileException {
  private static final long serialVersionUID = 1L;

  public NoClippingException(String message) {
    super(message);
  }
}
