package dev.declip.training.data;

/**
 * One window at the model's rate, in units of the clip level (clipped samples at +-1).
 *
 * @param clipped the network's input {@code y / mu}
 * @param mask 1 on unclipped samples, 0 on clipped ones
 * @param clean the clean signal in the same units, or null when only clipped audio exists
 * @param source the file it comes from, relative to the data folder; the split goes by this
 * @param channel the file's channel, from 0
 * @param start the first sample, at the model's rate, within the channel
 */
public record TrainingWindow(
    float[] clipped, float[] mask, float[] clean, String source, int channel, long start) {

  public TrainingWindow {
    if (mask.length != clipped.length || (clean != null && clean.length != clipped.length)) {
      throw new IllegalArgumentException("clipped, mask and clean must have one length");
    }
  }

  public int length() {
    return clipped.length;
  }

  public boolean hasClean() {
    return clean != null;
  }

  public int clippedSamples() {
    int n = 0;
    for (float m : mask) {
      n += m == 0f ? 1 : 0;
    }
    return n;
  }

  /** Bytes of sample memory held. */
  long bytes() {
    return 4L * length() * (hasClean() ? 3 : 2);
  }
}
