package dev.declip.restore;

import dev.declip.model.DeclipNetwork;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/** Small real networks with known answers, written per window as plain functions. */
final class TestNetworks {

  private TestNetworks() {}

  /**
   * A network applying {@code window} to each (signal, mask) window, recording what it was given.
   */
  static final class FunctionNetwork implements DeclipNetwork {
    private final int sampleRate;
    private final int windowLength;
    private final BiFunction<float[], float[], float[]> window;
    final List<Integer> batchSizes = new ArrayList<>();
    final List<Integer> windowLengths = new ArrayList<>();

    FunctionNetwork(
        int sampleRate, int windowLength, BiFunction<float[], float[], float[]> window) {
      this.sampleRate = sampleRate;
      this.windowLength = windowLength;
      this.window = window;
    }

    @Override
    public int sampleRate() {
      return sampleRate;
    }

    @Override
    public int windowLength() {
      return windowLength;
    }

    @Override
    public float[][] predict(float[][] signal, float[][] mask) {
      batchSizes.add(signal.length);
      float[][] out = new float[signal.length][];
      for (int w = 0; w < signal.length; w++) {
        windowLengths.add(signal[w].length);
        out[w] = window.apply(signal[w], mask[w]);
      }
      return out;
    }

    @Override
    public void close() {}
  }

  /** Multiplies masked (clipped) samples by 1.5, keeps the others. */
  static FunctionNetwork scaling(int rate, int length) {
    return new FunctionNetwork(
        rate,
        length,
        (s, m) -> {
          float[] out = new float[s.length];
          for (int n = 0; n < s.length; n++) {
            out[n] = m[n] == 0f ? 1.5f * s[n] : s[n];
          }
          return out;
        });
  }

  static FunctionNetwork constant(int rate, int length, float value) {
    return new FunctionNetwork(
        rate,
        length,
        (s, m) -> {
          float[] out = new float[s.length];
          java.util.Arrays.fill(out, value);
          return out;
        });
  }

  static FunctionNetwork identity(int rate, int length) {
    return new FunctionNetwork(rate, length, (s, m) -> s.clone());
  }

  /** Adds a ramp over each window, so the output depends on where the windows lie. */
  static FunctionNetwork ramp(int rate, int length) {
    return new FunctionNetwork(
        rate,
        length,
        (s, m) -> {
          float[] out = new float[s.length];
          for (int n = 0; n < s.length; n++) {
            out[n] = s[n] + n / (float) s.length;
          }
          return out;
        });
  }
}
