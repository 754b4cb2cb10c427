package dev.declip.desktop.playback;

/** No audio output can play the recording: no device at all, or none taking its format. */
public final class AudioOutputUnavailableException extends Exception {
  private static final long serialVersionUID = 1L;

  public AudioOutputUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
