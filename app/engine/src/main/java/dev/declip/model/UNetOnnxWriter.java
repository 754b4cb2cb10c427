package dev.declip.model;

import static dev.declip.model.OnnxGraphBuilder.integer;
import static dev.declip.model.OnnxGraphBuilder.ints;

import ai.onnx.proto.OnnxMl.ModelProto;
import dev.declip.io.SafeOutputFile;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Writes a bias-free UNet ({@link UNetLayout}) as an ONNX file honouring {@link ModelContract}. The
 * graph pads {@code T} with zeros to a multiple of {@code 2^depth} and crops the output back, so
 * any window length runs. Without biases the network is positively homogeneous: {@code f(a y, mask)
 * = a f(y, mask)} for {@code a > 0} (eq. 15), which is why windows can be fed in units of the clip
 * level.
 */
public final class UNetOnnxWriter {

  /** Name of the graph input {@code [N, 2, T]}. */
  public static final String INPUT = "input";

  /** Name of the graph output {@code [N, 1, T]}. */
  public static final String OUTPUT = "output";

  private UNetOnnxWriter() {}

  /**
   * Writes the network to {@code target} through a temporary file in the same directory, so the
   * target is either the old file or the complete new one, with the user's usual permissions.
   */
  public static void write(Path target, UNetWeights weights, ModelMetadata metadata)
      throws IOException {
    ModelProto model =
        build(weights).model("Bias-free UNet for declipping", properties(weights, metadata));
    try (SafeOutputFile out = SafeOutputFile.beside(target, true)) {
      try (OutputStream stream = Files.newOutputStream(out.temporary())) {
        model.writeTo(stream);
      }
      out.commit();
    }
  }

  private static Map<String, String> properties(UNetWeights weights, ModelMetadata metadata) {
    Map<String, String> properties = new HashMap<>(metadata.extra());
    properties.put(ModelContract.SAMPLE_RATE, Integer.toString(metadata.sampleRate()));
    properties.put(ModelContract.WINDOW, Integer.toString(metadata.windowLength()));
    properties.put(ModelContract.TRAINING, metadata.training());
    properties.put(ModelContract.ARCHITECTURE, weights.spec().toJson());
    return properties;
  }

  private static OnnxGraphBuilder build(UNetWeights weights) {
    UNetSpec spec = weights.spec();
    OnnxGraphBuilder g = new OnnxGraphBuilder("declip-unet");
    g.input(INPUT, "N", ModelContract.INPUT_CHANNELS, "T");
    g.output(OUTPUT, "N", ModelContract.OUTPUT_CHANNELS, "T");
    for (UNetLayout.Entry entry : UNetLayout.of(spec)) {
      g.floats(entry.name(), entry.shape(), weights.get(entry.name()));
    }
    // T as a 1-D tensor, and the zeros that make it a multiple of 2^depth: (m - T mod m) mod m.
    String length =
        g.node(
            "Slice",
            new String[] {
              g.node("Shape", new String[] {INPUT}), g.longs(2), g.longs(3), g.longs(0)
            });
    String multiple = g.longs(spec.lengthMultiple());
    String rest = g.node("Mod", new String[] {length, multiple});
    String missing =
        g.node("Mod", new String[] {g.node("Sub", new String[] {multiple, rest}), multiple});
    String pads =
        g.node("Concat", new String[] {g.longs(0, 0, 0, 0, 0), missing}, integer("axis", 0));
    String padded = g.node("Pad", new String[] {INPUT, pads});
    String x = spec.maskInput() ? gatedByMask(g, padded) : signalChannel(g, padded);

    String[] skips = new String[spec.depth()];
    for (int l = 0; l < spec.depth(); l++) {
      x =
          convRelu(
              g, spec, convRelu(g, spec, x, UNetLayout.downConv(l, 1)), UNetLayout.downConv(l, 2));
      skips[l] = x;
      x = g.node("MaxPool", new String[] {x}, ints("kernel_shape", 2), ints("strides", 2));
    }
    x = convRelu(g, spec, x, UNetLayout.bottleneckConv(1));
    x = convRelu(g, spec, x, UNetLayout.bottleneckConv(2));
    for (int l = spec.depth() - 1; l >= 0; l--) {
      String up =
          g.node(
              "ConvTranspose",
              new String[] {x, UNetLayout.upSample(l)},
              ints("kernel_shape", 2),
              ints("strides", 2));
      x = g.node("Concat", new String[] {up, skips[l]}, integer("axis", 1));
      x = convRelu(g, spec, convRelu(g, spec, x, UNetLayout.upConv(l, 1)), UNetLayout.upConv(l, 2));
    }
    String head = g.node("Conv", new String[] {x, UNetLayout.HEAD}, ints("kernel_shape", 1));

    String[] crop = {head, g.longs(0), length, g.longs(2)};
    if (spec.residual()) {
      g.namedNode("Add", OUTPUT, new String[] {signalChannel(g, INPUT), g.node("Slice", crop)});
    } else {
      g.namedNode("Slice", OUTPUT, crop);
    }
    return g;
  }

  private static String convRelu(OnnxGraphBuilder g, UNetSpec spec, String x, String weight) {
    int left = spec.padLeft();
    int right = spec.kernelSize() - 1 - left;
    String conv =
        g.node(
            "Conv",
            new String[] {x, weight},
            ints("kernel_shape", spec.kernelSize()),
            ints("pads", left, right));
    return g.node("Relu", new String[] {conv});
  }

  /**
   * {@code [y * mask, y * (1 - mask)]}: the mask reaches the network as a gate on the signal, not
   * as a channel of its own, so the network stays homogeneous in y with the mask fixed (eq. 15). A
   * plain mask channel would enter the first convolution like a bias and break that.
   */
  private static String gatedByMask(OnnxGraphBuilder g, String x) {
    String signal = signalChannel(g, x);
    String mask = g.node("Slice", new String[] {x, g.longs(1), g.longs(2), g.longs(1)});
    String reliable = g.node("Mul", new String[] {signal, mask});
    String clipped = g.node("Sub", new String[] {signal, reliable});
    return g.node("Concat", new String[] {reliable, clipped}, integer("axis", 1));
  }

  /** Channel 0 ({@code y / mu}) of an {@code [N, 2, T]} tensor, as {@code [N, 1, T]}. */
  private static String signalChannel(OnnxGraphBuilder g, String x) {
    return g.node("Slice", new String[] {x, g.longs(0), g.longs(1), g.longs(1)});
  }
}
