package dev.declip.audio;

/** How samples are stored in a file we write. */
public enum SampleEncoding {
  PCM_16(16, false, "16-bit PCM"),
  PCM_24(24, false, "24-bit PCM"),
  FLOAT_32(32, true, "32-bit float");

  private final int bits;
  private final boolean floatingPoint;
  private final String label;

  SampleEncoding(int bits, boolean floatingPoint, String label) {
    this.bits = bits;
    this.floatingPoint = floatingPoint;
    this.label = label;
  }

  /** The encoding in words, as a user reads it: "16-bit PCM", "32-bit float". */
  public String label() {
    return label;
  }

  public int bits() {
    return bits;
  }

  public boolean floatingPoint() {
    return floatingPoint;
  }

  /** Integer encodings cannot hold samples beyond full scale; float can. */
  public boolean canExceedFullScale() {
    return floatingPoint;
  }
}
