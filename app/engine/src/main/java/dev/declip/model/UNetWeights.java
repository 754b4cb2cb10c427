package dev.declip.model;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The parameters of a {@link UNetSpec}, named and ordered as {@link UNetLayout} documents; data is
 * row-major in the layout's shape. Immutable: arrays are copied in and out.
 */
public final class UNetWeights {

  private final UNetSpec spec;
  private final Map<String, float[]> data;

  private UNetWeights(UNetSpec spec, Map<String, float[]> data) {
    this.spec = spec;
    this.data = data;
  }

  /**
   * Weights for {@code spec} from named arrays (e.g. a trainer's parameters).
   *
   * @throws IllegalArgumentException when a name is missing or unknown or a size does not match
   */
  public static UNetWeights of(UNetSpec spec, Map<String, float[]> named) {
    Map<String, float[]> copy = new LinkedHashMap<>();
    List<UNetLayout.Entry> layout = UNetLayout.of(spec);
    for (UNetLayout.Entry entry : layout) {
      float[] values = named.get(entry.name());
      if (values == null || values.length != entry.size()) {
        throw new IllegalArgumentException(
            entry.name()
                + " must hold "
                + entry.size()
                + " values "
                + Arrays.toString(entry.shape())
                + (values == null ? "; missing" : "; found " + values.length));
      }
      copy.put(entry.name(), values.clone());
    }
    if (named.size() != layout.size()) {
      throw new IllegalArgumentException(
          "unknown parameters besides " + copy.keySet() + ": " + named.keySet());
    }
    return new UNetWeights(spec, copy);
  }

  /**
   * He-normal weights (standard deviation {@code sqrt(2 / fan_in)}, fan_in = input channels times
   * taps; Cin for the transposed convolution, whose taps do not overlap), drawn in layout order
   * from {@code new Random(seed)}: the same seed gives the same weights on every JVM.
   */
  public static UNetWeights random(UNetSpec spec, long seed) {
    Random random = new Random(seed);
    Map<String, float[]> named = new LinkedHashMap<>();
    for (UNetLayout.Entry entry : UNetLayout.of(spec)) {
      int[] shape = entry.shape();
      boolean transposed = entry.name().endsWith(".upsample.weight");
      int fanIn = transposed ? shape[0] : shape[1] * shape[2];
      double std = Math.sqrt(2.0 / fanIn);
      float[] values = new float[entry.size()];
      for (int i = 0; i < values.length; i++) {
        values[i] = (float) (random.nextGaussian() * std);
      }
      named.put(entry.name(), values);
    }
    return new UNetWeights(spec, named);
  }

  public UNetSpec spec() {
    return spec;
  }

  /** A copy of the named parameter's values, row-major in its layout shape. */
  public float[] get(String name) {
    float[] values = data.get(name);
    if (values == null) {
      throw new IllegalArgumentException("no parameter " + name);
    }
    return values.clone();
  }

  /** The total number of weights. */
  public long parameterCount() {
    return data.values().stream().mapToLong(v -> v.length).sum();
  }
}
