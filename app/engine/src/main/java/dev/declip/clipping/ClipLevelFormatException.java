package dev.declip.clipping;

/** A clip level the user typed that cannot be understood or makes no sense. */
public final class ClipLevelFormatException extends Exception {
  private static final long serialVersionUID = 1L;

  public ClipLevelFormatException(String message) {
    super(message);
  }
}
