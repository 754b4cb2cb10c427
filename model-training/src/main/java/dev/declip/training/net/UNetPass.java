package dev.declip.training.net;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Parameter;
import ai.djl.nn.convolutional.Conv1d;
import ai.djl.nn.pooling.Pool;
import ai.djl.training.ParameterStore;
import dev.declip.model.UNetLayout;
import dev.declip.model.UNetSpec;
import java.util.Map;

/**
 * One forward pass of {@link BiasFreeUNet}, step for step as {@link UNetLayout} documents and
 * {@code UNetOnnxWriter} writes it. Every array it makes belongs to the input's manager, so a
 * trainer that feeds a step's sub-manager frees the whole pass by closing it.
 */
final class UNetPass {

  private static final Shape TWO = new Shape(2);

  private final UNetSpec spec;
  private final ParameterStore store;
  private final Map<String, Parameter> weights;
  private final boolean training;
  private Device device;

  UNetPass(UNetSpec spec, ParameterStore store, Map<String, Parameter> weights, boolean training) {
    this.spec = spec;
    this.store = store;
    this.weights = weights;
    this.training = training;
  }

  /** {@code [y, mask]}, each {@code [N, T]}, to the estimate {@code [N, T]}. */
  NDArray run(NDList inputs) {
    NDArray y = inputs.get(0);
    device = y.getDevice();
    long n = y.getShape().get(0);
    long t = y.getShape().get(1);
    NDArray signal = y.reshape(n, 1, t);
    NDArray x = spec.maskInput() ? gated(signal, inputs.get(1).reshape(n, 1, t)) : signal;
    // Zero-padding after the gate equals gating the zero-padded input: both give zeros.
    x = padRight(x, Math.floorMod(-t, spec.lengthMultiple()));
    NDArray[] skips = new NDArray[spec.depth()];
    for (int l = 0; l < spec.depth(); l++) {
      x = convRelu(convRelu(x, UNetLayout.downConv(l, 1)), UNetLayout.downConv(l, 2));
      skips[l] = x;
      x = Pool.maxPool1d(x, TWO, TWO, new Shape(0), false);
    }
    x = convRelu(convRelu(x, UNetLayout.bottleneckConv(1)), UNetLayout.bottleneckConv(2));
    for (int l = spec.depth() - 1; l >= 0; l--) {
      x = upsample(x, l).concat(skips[l], 1);
      x = convRelu(convRelu(x, UNetLayout.upConv(l, 1)), UNetLayout.upConv(l, 2));
    }
    NDArray head = Conv1d.conv1d(x, weight(UNetLayout.HEAD)).singletonOrThrow();
    NDArray out = head.get(new NDIndex(":, 0, :{}", t));
    return spec.residual() ? out.add(y) : out;
  }

  /** {@code [y * mask, y * (1 - mask)]} (see {@link UNetLayout}): keeps eq. 15. */
  private static NDArray gated(NDArray signal, NDArray mask) {
    NDArray reliable = signal.mul(mask);
    return reliable.concat(signal.sub(reliable), 1);
  }

  /** Convolution with "same" zero padding, (k-1)/2 on the left and the rest on the right; ReLU. */
  private NDArray convRelu(NDArray x, String name) {
    int left = spec.padLeft();
    int extraRight = spec.kernelSize() - 1 - 2 * left;
    NDArray conv =
        Conv1d.conv1d(padRight(x, extraRight), weight(name), null, new Shape(1), new Shape(left))
            .singletonOrThrow();
    return Activation.relu(conv);
  }

  /**
   * ConvTranspose(kernel 2, stride 2) as a 1x1 convolution to {@code 2 Cout} channels, then {@code
   * out[co][2i + r] = z[r Cout + co][i]}.
   */
  private NDArray upsample(NDArray x, int level) {
    NDArray z = Conv1d.conv1d(x, weight(UNetLayout.upSample(level))).singletonOrThrow();
    long n = z.getShape().get(0);
    long cout = spec.channels(level);
    long length = z.getShape().get(2);
    return z.reshape(n, 2, cout, length).transpose(0, 2, 3, 1).reshape(n, cout, 2 * length);
  }

  private NDArray padRight(NDArray x, long zeros) {
    if (zeros == 0) {
      return x;
    }
    Shape shape = x.getShape();
    NDArray pad =
        x.getManager().zeros(new Shape(shape.get(0), shape.get(1), zeros), x.getDataType());
    return x.concat(pad, 2);
  }

  private NDArray weight(String name) {
    return store.getValue(weights.get(name), device, training);
  }
}
