package dev.declip.desktop.waveform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.declip.progress.Cancellation;
import dev.declip.progress.ProgressListener;
import dev.declip.samples.ArraySampleStore;
import dev.declip.samples.FrameRange;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MinMaxPyramidTest {

  private final Random random = new Random(42);

  @Test
  void queryEqualsBruteForceMinMaxForRandomRangesAndColumnCounts() {
    float[][] samples = noise(2, 300_001);
    ArraySampleStore store = new ArraySampleStore(samples, 48_000);
    MinMaxPyramid pyramid = MinMaxPyramid.of(store, ProgressListener.NONE, Cancellation.NEVER);
    for (int trial = 0; trial < 300; trial++) {
      long start = random.nextInt(samples[0].length);
      long end = start + 1 + random.nextInt((int) (samples[0].length - start));
      int columns = 1 + random.nextInt(trial % 3 == 0 ? 3000 : trial % 3 == 1 ? 20 : 800);
      int channel = trial % 2;
      FrameRange range = new FrameRange(start, end);
      Envelope envelope = pyramid.query(channel, range, columns);
      for (int i = 0; i < columns; i++) {
        float[] expected = bruteForce(samples[channel], range, columns, i);
        assertThat(envelope.min()[i]).as("trial %d column %d min", trial, i).isEqualTo(expected[0]);
        assertThat(envelope.max()[i]).as("trial %d column %d max", trial, i).isEqualTo(expected[1]);
      }
    }
  }

  @Test
  void wholeFileInOneColumnIsTheGlobalExtremes() {
    float[][] samples = noise(1, 1_000_000);
    samples[0][777_777] = 3f;
    samples[0][12] = -2.5f;
    MinMaxPyramid pyramid =
        MinMaxPyramid.of(
            new ArraySampleStore(samples, 48_000), ProgressListener.NONE, Cancellation.NEVER);
    Envelope envelope = pyramid.query(0, new FrameRange(0, 1_000_000), 1);
    assertThat(envelope.min()[0]).isEqualTo(-2.5f);
    assertThat(envelope.max()[0]).isEqualTo(3f);
  }

  @Test
  void builderFedInOddBlocksMatchesOneBuiltFromTheStore() {
    float[][] samples = noise(2, 100_003);
    ArraySampleStore store = new ArraySampleStore(samples, 48_000);
    PyramidBuilder builder = MinMaxPyramid.builder(2);
    int from = 0;
    while (from < samples[0].length) {
      int n = Math.min(1 + random.nextInt(5000), samples[0].length - from);
      float[][] block = {new float[n], new float[n]};
      System.arraycopy(samples[0], from, block[0], 0, n);
      System.arraycopy(samples[1], from, block[1], 0, n);
      builder.accept(block, n);
      from += n;
    }
    MinMaxPyramid streamed = builder.build(store);
    MinMaxPyramid whole = MinMaxPyramid.of(store, ProgressListener.NONE, Cancellation.NEVER);
    FrameRange all = new FrameRange(0, samples[0].length);
    assertThat(streamed.query(1, all, 997))
        .usingRecursiveComparison()
        .isEqualTo(whole.query(1, all, 997));
  }

  @Test
  void anUpdateOverARangeMatchesAPyramidBuiltAgainFromTheChangedAudio() {
    float[][] samples = noise(2, 300_001);
    MinMaxPyramid before =
        MinMaxPyramid.of(
            new ArraySampleStore(samples, 48_000), ProgressListener.NONE, Cancellation.NEVER);
    float[][] changed = {samples[0].clone(), samples[1].clone()};
    FrameRange range = new FrameRange(1_000, 70_123);
    for (float[] channel : changed) {
      for (long f = range.start(); f < range.end(); f++) {
        channel[(int) f] *= 3;
      }
    }
    ArraySampleStore changedStore = new ArraySampleStore(changed, 48_000);
    MinMaxPyramid updated = before.updated(changedStore, range, Cancellation.NEVER);
    MinMaxPyramid rebuilt =
        MinMaxPyramid.of(changedStore, ProgressListener.NONE, Cancellation.NEVER);
    FrameRange all = new FrameRange(0, changed[0].length);
    for (int columns : new int[] {1, 5, 997, 20_000}) {
      for (int c = 0; c < 2; c++) {
        assertThat(updated.query(c, all, columns))
            .as("channel %d, %d columns", c, columns)
            .usingRecursiveComparison()
            .isEqualTo(rebuilt.query(c, all, columns));
      }
    }
    assertThat(before.query(0, all, 1).max()[0]).isLessThan(updated.query(0, all, 1).max()[0]);
  }

  private static float[] bruteForce(float[] channel, FrameRange range, int columns, int i) {
    // each column is the i-th equal slice, widened to one frame when the range is narrower;
    // slices of 64 blocks of 256 frames or more have their edges rounded to whole blocks
    long a = range.start() + Math.min(range.length() - 1, i * range.length() / columns);
    long b = Math.max(range.start() + (i + 1) * range.length() / columns, a + 1);
    if (range.length() / columns >= 64 * 256) {
      a =
          Math.min(
              range.end(),
              Math.round((range.start() + i * range.length() / columns) / 256.0) * 256);
      b =
          Math.min(
              range.end(),
              Math.round((range.start() + (i + 1) * range.length() / columns) / 256.0) * 256);
    }
    float lo = Float.POSITIVE_INFINITY;
    float hi = Float.NEGATIVE_INFINITY;
    for (long f = a; f < b; f++) {
      lo = Math.min(lo, channel[(int) f]);
      hi = Math.max(hi, channel[(int) f]);
    }
    return new float[] {lo, hi};
  }

  private float[][] noise(int channels, int frames) {
    float[][] samples = new float[channels][frames];
    for (float[] channel : samples) {
      for (int i = 0; i < frames; i++) {
        channel[i] = (float) random.nextGaussian() * 0.3f;
      }
    }
    return samples;
  }
}
