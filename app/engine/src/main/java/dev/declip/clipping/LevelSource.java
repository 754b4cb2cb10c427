package dev.declip.clipping;

/** How a channel's clip levels were found. */
public enum LevelSource {
  /** Detected from the signal. */
  AUTOMATIC,
  /** Given by the user. */
  MANUAL,
  /** Nothing detected and nothing given: the channel is treated as unclipped. */
  NONE
}
