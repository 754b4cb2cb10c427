package dev.declip.desktop.playback;

/**
 * Hears about playback, on the player's own background thread: implementations hand the values over
 * to their thread (the UI with {@code Platform.runLater}) and return quickly.
 */
public interface PlaybackListener {

  /** The frame now coming out of the speakers and the version it is from. */
  void playhead(long frame, Side heard);

  /** Playback reached the end of what it was asked to play (never while looping). */
  default void finished() {}

  /** The output failed while playing; playback has stopped. */
  default void failed(Exception e) {}
}
