package dev.declip.model;

/**
 * An independent forward pass of the UNet in plain loops, written from {@link UNetLayout}'s
 * documentation, to check the ONNX writer against.
 */
public final class UNetReference {

  private final UNetSpec spec;
  private final UNetWeights weights;

  public UNetReference(UNetWeights weights) {
    this.spec = weights.spec();
    this.weights = weights;
  }

  /** One window: channels [signal, mask] of length T to the restored signal of length T. */
  public float[] forward(float[] signal, float[] mask) {
    int t = signal.length;
    int m = 1 << spec.depth();
    int padded = (t + m - 1) / m * m;
    float[][] x = spec.maskInput() ? new float[2][padded] : new float[1][padded];
    for (int i = 0; i < t; i++) {
      if (spec.maskInput()) {
        x[0][i] = signal[i] * mask[i];
        x[1][i] = signal[i] * (1 - mask[i]);
      } else {
        x[0][i] = signal[i];
      }
    }
    float[][][] skips = new float[spec.depth()][][];
    for (int l = 0; l < spec.depth(); l++) {
      x = relu(conv(relu(conv(x, UNetLayout.downConv(l, 1))), UNetLayout.downConv(l, 2)));
      skips[l] = x;
      x = maxPool(x);
    }
    x = relu(conv(relu(conv(x, UNetLayout.bottleneckConv(1))), UNetLayout.bottleneckConv(2)));
    for (int l = spec.depth() - 1; l >= 0; l--) {
      x = concat(upsample(x, UNetLayout.upSample(l)), skips[l]);
      x = relu(conv(relu(conv(x, UNetLayout.upConv(l, 1))), UNetLayout.upConv(l, 2)));
    }
    float[] head = conv(x, UNetLayout.HEAD)[0];
    float[] out = new float[t];
    for (int i = 0; i < t; i++) {
      out[i] = head[i] + (spec.residual() ? signal[i] : 0f);
    }
    return out;
  }

  /** Convolution with weights [Cout, Cin, k], zero "same" padding (k-1)/2 on the left. */
  private float[][] conv(float[][] x, String name) {
    float[] w = weights.get(name);
    int cin = x.length;
    int len = x[0].length;
    int k = name.equals(UNetLayout.HEAD) ? 1 : spec.kernelSize();
    int cout = w.length / (cin * k);
    int left = (k - 1) / 2;
    float[][] y = new float[cout][len];
    for (int o = 0; o < cout; o++) {
      for (int i = 0; i < len; i++) {
        double sum = 0;
        for (int c = 0; c < cin; c++) {
          for (int j = 0; j < k; j++) {
            int src = i + j - left;
            if (src >= 0 && src < len) {
              sum += w[(o * cin + c) * k + j] * x[c][src];
            }
          }
        }
        y[o][i] = (float) sum;
      }
    }
    return y;
  }

  /** Transposed convolution, kernel 2, stride 2, weights [Cin, Cout, 2]: out[co][2i+r]. */
  private float[][] upsample(float[][] x, String name) {
    float[] w = weights.get(name);
    int cin = x.length;
    int len = x[0].length;
    int cout = w.length / (cin * 2);
    float[][] y = new float[cout][2 * len];
    for (int co = 0; co < cout; co++) {
      for (int i = 0; i < len; i++) {
        for (int r = 0; r < 2; r++) {
          double sum = 0;
          for (int ci = 0; ci < cin; ci++) {
            sum += w[(ci * cout + co) * 2 + r] * x[ci][i];
          }
          y[co][2 * i + r] = (float) sum;
        }
      }
    }
    return y;
  }

  private static float[][] relu(float[][] x) {
    for (float[] row : x) {
      for (int i = 0; i < row.length; i++) {
        row[i] = Math.max(0f, row[i]);
      }
    }
    return x;
  }

  private static float[][] maxPool(float[][] x) {
    float[][] y = new float[x.length][x[0].length / 2];
    for (int c = 0; c < x.length; c++) {
      for (int i = 0; i < y[c].length; i++) {
        y[c][i] = Math.max(x[c][2 * i], x[c][2 * i + 1]);
      }
    }
    return y;
  }

  private static float[][] concat(float[][] a, float[][] b) {
    float[][] y = new float[a.length + b.length][];
    System.arraycopy(a, 0, y, 0, a.length);
    System.arraycopy(b, 0, y, a.length, b.length);
    return y;
  }
}
