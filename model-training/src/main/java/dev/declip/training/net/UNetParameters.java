package dev.declip.training.net;

import ai.djl.ndarray.types.Shape;
import dev.declip.model.UNetLayout;
import dev.declip.model.UNetSpec;
import dev.declip.model.UNetWeights;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Maps {@link UNetLayout}'s parameters to the arrays {@link BiasFreeUNet} holds. All are the same
 * except the transposed convolution: ONNX stores it as {@code W [Cin, Cout, 2]}, the DJL network as
 * the 1x1 convolution {@code Wz [2 Cout, Cin, 1]} it really computes, with {@code W[ci][co][r] =
 * Wz[r*Cout + co][ci][0]}.
 */
final class UNetParameters {

  /** Initial head weights relative to He: a residual network starts near the identity. */
  static final double RESIDUAL_HEAD_SCALE = 0.1;

  private UNetParameters() {}

  static boolean isUpsample(UNetLayout.Entry entry) {
    return entry.name().endsWith(".upsample.weight");
  }

  /** The shape of the DJL array that holds {@code entry}. */
  static Shape djlShape(UNetLayout.Entry entry) {
    int[] s = entry.shape();
    return isUpsample(entry) ? new Shape(2L * s[1], s[0], 1) : new Shape(s[0], s[1], s[2]);
  }

  /** Row-major values in the layout's (ONNX) shape to the DJL array's. */
  static float[] toDjl(UNetLayout.Entry entry, float[] onnx) {
    if (!isUpsample(entry)) {
      return onnx.clone();
    }
    int cin = entry.shape()[0];
    int cout = entry.shape()[1];
    float[] z = new float[onnx.length];
    for (int ci = 0; ci < cin; ci++) {
      for (int co = 0; co < cout; co++) {
        for (int r = 0; r < 2; r++) {
          z[(r * cout + co) * cin + ci] = onnx[(ci * cout + co) * 2 + r];
        }
      }
    }
    return z;
  }

  /** The inverse of {@link #toDjl}. */
  static float[] toOnnx(UNetLayout.Entry entry, float[] djl) {
    if (!isUpsample(entry)) {
      return djl.clone();
    }
    int cin = entry.shape()[0];
    int cout = entry.shape()[1];
    float[] w = new float[djl.length];
    for (int ci = 0; ci < cin; ci++) {
      for (int co = 0; co < cout; co++) {
        for (int r = 0; r < 2; r++) {
          w[(ci * cout + co) * 2 + r] = djl[(r * cout + co) * cin + ci];
        }
      }
    }
    return w;
  }

  /**
   * He-normal weights ({@link UNetWeights#random}), with the head scaled by {@value
   * #RESIDUAL_HEAD_SCALE} when the network is residual, so training starts from about {@code x =
   * y}.
   */
  static UNetWeights initial(UNetSpec spec, long seed) {
    UNetWeights he = UNetWeights.random(spec, seed);
    if (!spec.residual()) {
      return he;
    }
    Map<String, float[]> named = new LinkedHashMap<>();
    for (UNetLayout.Entry entry : UNetLayout.of(spec)) {
      named.put(entry.name(), he.get(entry.name()));
    }
    float[] head = named.get(UNetLayout.HEAD);
    for (int i = 0; i < head.length; i++) {
      head[i] *= (float) RESIDUAL_HEAD_SCALE;
    }
    return UNetWeights.of(spec, named);
  }
}
