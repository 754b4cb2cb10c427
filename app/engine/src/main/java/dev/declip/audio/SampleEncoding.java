package dev.declip.audio;

/** How samples are stored in a file we write. */
public enum SampleEncoding {
  PCM_16(16, false),
  PCM_24(24, false),
  FLOAT_32(32, true);

  private final int bits;
  private final boolean floatingPoint;

  SampleEncoding(int bits, boolean floatingPoint) {
    this.bits = bits;
    this.floatingPoint = floatingPoint;
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
