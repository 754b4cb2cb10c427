package dev.declip.restore;

/**
 * Moves a block between the file's sample rate and the network's. A network rate of 0 (the model
 * does not say) or equal to the file's means the network sees the file's samples as they are.
 * Public so that training resamples and masks its windows exactly as inference does.
 */
public record NetworkRate(int fileRate, int networkRate) {

  /** Below this, in units of the clip level, a resampled sample counts as clipped. */
  static final float CLIP_TOLERANCE = 0.01f;

  /** Extra file samples of context for the resampler's filter, per unit of rate ratio. */
  private static final int RESAMPLER_MARGIN = 64;

  public boolean resamples() {
    return networkRate != 0 && networkRate != fileRate;
  }

  public float[] toNetwork(float[] u) {
    return resamples() ? Resampling.resample(u, fileRate, networkRate) : u;
  }

  /** Back to the file's rate, exactly {@code frames} long. */
  public float[] fromNetwork(float[] v, int frames) {
    return resamples()
        ? java.util.Arrays.copyOf(Resampling.resample(v, networkRate, fileRate), frames)
        : v;
  }

  /** The network-rate position of a file frame, on the network's global grid. */
  public long networkPosition(long fileFrame) {
    return resamples() ? Math.round(fileFrame * (double) networkRate / fileRate) : fileFrame;
  }

  public int nearestNetworkSample(int fileSample, int networkLength) {
    if (!resamples()) {
      return fileSample;
    }
    long m = Math.round(fileSample * (double) networkRate / fileRate);
    return (int) Math.min(networkLength - 1, m);
  }

  /**
   * The clipped samples at the network's rate. Resampling rings around a clipped plateau, so a test
   * against 1 alone would call some plateau samples unclipped and tell the network the plateau is
   * the truth there. A network sample is therefore clipped when either file sample beside it is, or
   * when it reaches the level (minus a tolerance for the ripple); calling a few unclipped samples
   * unknown costs much less than the opposite.
   */
  public boolean[] clippedAtNetworkRate(float[] uNet, boolean[] clipped) {
    if (!resamples()) {
      return clipped;
    }
    boolean[] out = new boolean[uNet.length];
    double step = fileRate / (double) networkRate;
    for (int m = 0; m < uNet.length; m++) {
      double t = m * step;
      int lo = Math.min(clipped.length - 1, (int) Math.floor(t));
      int hi = Math.min(clipped.length - 1, (int) Math.ceil(t));
      out[m] = clipped[lo] || clipped[hi] || Math.abs(uNet[m]) >= 1 - CLIP_TOLERANCE;
    }
    return out;
  }

  /** File samples needed on each side for {@code networkSamples} of context at the network rate. */
  public int contextSamples(int networkSamples) {
    if (!resamples()) {
      return networkSamples;
    }
    double ratio = fileRate / (double) networkRate;
    return (int) Math.ceil(networkSamples * ratio) + RESAMPLER_MARGIN * (int) Math.ceil(ratio);
  }
}
