package dev.declip.training.bench;

import dev.declip.model.UNetSpec;

/**
 * Floating-point operations of the bias-free UNet, counted from its shape: each convolution costs
 * {@code 2 * Cout * Cin * k} per output sample (a multiply and an add); pooling, ReLU and the mask
 * gating are negligible beside it and not counted. A training step's backward pass is counted as
 * twice its forward pass (gradients for the inputs and for the weights), the usual convention.
 */
public final class UNetFlops {

  private UNetFlops() {}

  /** One forward pass over {@code length} samples (padded as the network pads). */
  public static double forward(UNetSpec spec, int length) {
    int multiple = spec.lengthMultiple();
    long padded = (length + multiple - 1L) / multiple * multiple;
    int k = spec.kernelSize();
    double flops = 0;
    int in = spec.inputChannels();
    for (int l = 0; l < spec.depth(); l++) {
      long at = padded >> l;
      int c = spec.channels(l);
      flops += conv(c, in, k, at) + conv(c, c, k, at);
      in = c;
    }
    int bottom = spec.channels(spec.depth());
    long atBottom = padded >> spec.depth();
    flops += conv(bottom, in, k, atBottom) + conv(bottom, bottom, k, atBottom);
    for (int l = spec.depth() - 1; l >= 0; l--) {
      int c = spec.channels(l);
      long at = padded >> l;
      flops += conv(2 * c, spec.channels(l + 1), 1, at / 2); // transposed conv, kernel 2 stride 2
      flops += conv(c, 2 * c, k, at) + conv(c, c, k, at);
    }
    return flops + conv(1, spec.channels(0), 1, padded);
  }

  /**
   * One training step on {@code batch} windows with {@code forwardPasses} passes through the
   * network (2 for the MC + EI loss: f(y), then f(clip(g f(y)))), each with its backward pass.
   */
  public static double trainingStep(UNetSpec spec, int length, int batch, int forwardPasses) {
    return 3.0 * forwardPasses * batch * forward(spec, length);
  }

  private static double conv(int out, int in, int kernel, long length) {
    return 2.0 * out * in * kernel * length;
  }
}
