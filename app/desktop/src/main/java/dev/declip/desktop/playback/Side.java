package dev.declip.desktop.playback;

/** Which version of the recording is heard: A, the original, or B, the restored audio. */
public enum Side {
  ORIGINAL,
  RESTORED;

  public Side other() {
    return this == ORIGINAL ? RESTORED : ORIGINAL;
  }
}
