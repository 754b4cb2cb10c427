package dev.declip.clipping;

/** Which side of zero a clipped run sits on. */
public enum Polarity {
  POSITIVE,
  NEGATIVE
}
