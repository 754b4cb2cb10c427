package dev.declip.restore;

import be.tarsos.dsp.resample.Resampler;

/**
 * Offline band-limited resampling of a whole block (TarsosDSP's port of libresample, high-quality
 * filter). The output is time-aligned with the input: output sample {@code m} is the signal at
 * input time {@code m * from / to}; the block edges see zeros beyond them.
 */
final class Resampling {

  private Resampling() {}

  /** Output length for {@code frames} input frames: {@code round(frames * to / from)}. */
  static int outputLength(int frames, int from, int to) {
    return (int) Math.round(frames * (double) to / from);
  }

  static float[] resample(float[] x, int from, int to) {
    if (from == to) {
      return x.clone();
    }
    double factor = to / (double) from;
    int outLength = outputLength(x.length, from, to);
    // Room for the resampler's rounding; the extra samples are dropped.
    float[] out = new float[outLength + 16];
    Resampler resampler = new Resampler(true, factor, factor);
    Resampler.Result r = resampler.process(factor, x, 0, x.length, true, out, 0, out.length);
    if (r.outputSamplesGenerated < outLength) {
      // Rare: the tail was not flushed; those samples stay 0 like the zeros beyond the block.
      java.util.Arrays.fill(out, r.outputSamplesGenerated, outLength, 0f);
    }
    return java.util.Arrays.copyOf(out, outLength);
  }
}
