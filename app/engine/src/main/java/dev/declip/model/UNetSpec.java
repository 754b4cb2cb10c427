package dev.declip.model;

/**
 * Shape of the bias-free ReLU UNet: {@code depth} 2x poolings, {@code baseChannels} at the top
 * level doubling per level (base 16, depth 3: 16-32-64 and a 128-channel bottleneck), convolutions
 * of {@code kernelSize} taps. {@code maskInput}: whether the network reads the mask (it always
 * receives it, by contract); it reads it as a gate on the signal, see {@link UNetLayout}. {@code
 * residual}: output = y + UNet(y, mask).
 */
public record UNetSpec(
    int depth, int baseChannels, int kernelSize, boolean maskInput, boolean residual) {

  public UNetSpec {
    if (depth < 0 || depth > 12) {
      throw new IllegalArgumentException("depth must be in [0, 12]: " + depth);
    }
    if (baseChannels < 1 || kernelSize < 1) {
      throw new IllegalArgumentException(
          "baseChannels and kernelSize must be positive: " + baseChannels + ", " + kernelSize);
    }
  }

  /** Depth 4, base 16, kernel 9, reads the mask, residual. */
  public static UNetSpec defaults() {
    return new UNetSpec(4, 16, 9, true, true);
  }

  /** Channels at a level: 0 is the top, {@code depth} is the bottleneck. */
  public int channels(int level) {
    return baseChannels << level;
  }

  /** Channels the first convolution reads: the signal gated by the mask (two), or the signal. */
  public int inputChannels() {
    return maskInput ? 2 : 1;
  }

  /** The window length must be a multiple of this inside the network (the graph pads to it). */
  public int lengthMultiple() {
    return 1 << depth;
  }

  /** Left "same" padding of a convolution; the right one is {@code kernelSize - 1 - left}. */
  public int padLeft() {
    return (kernelSize - 1) / 2;
  }

  /** Stored as {@link ModelContract#ARCHITECTURE}. */
  public String toJson() {
    return UNetSpecJson.write(this);
  }
}
