package dev.declip.model;

import static dev.declip.io.MessageText.oneLine;

import ai.onnx.proto.OnnxMl.ModelProto;
import ai.onnx.proto.OnnxMl.NodeProto;
import ai.onnx.proto.OnnxMl.StringStringEntryProto;
import ai.onnx.proto.OnnxMl.TensorProto;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a bias-free UNet written by {@link UNetOnnxWriter} back into {@link UNetWeights} (whose
 * {@link UNetWeights#spec()} is the architecture), so a trainer can fine-tune an existing model.
 * The spec comes from the {@value ModelContract#ARCHITECTURE} metadata, the weights from the
 * initializers named as {@link UNetLayout} says. Any other network is refused: fine-tuning must
 * start from exactly the network the trainer builds.
 */
public final class UNetOnnxReader {

  private static final Set<String> WEIGHTED_OPS = Set.of("Conv", "ConvTranspose");

  private UNetOnnxReader() {}

  /**
   * Reads the spec and weights of a model file.
   *
   * @throws ModelFormatException when the file is not an ONNX model of the contract, or not a
   *     bias-free UNet of {@link UNetLayout}; the message names the file and says what is wrong
   */
  public static UNetWeights read(Path path) throws ModelFormatException {
    ModelInspector.inspect(path);
    String file = String.valueOf(path.getFileName());
    ModelProto model;
    try {
      model = ModelProto.parseFrom(Files.readAllBytes(path));
    } catch (IOException e) {
      throw new ModelFormatException(file + ": cannot be read (" + e.getMessage() + ")", e);
    }
    UNetSpec spec = spec(model, file);
    Map<String, TensorProto> initializers = new HashMap<>();
    model.getGraph().getInitializerList().forEach(t -> initializers.put(t.getName(), t));
    Map<String, float[]> named = new LinkedHashMap<>();
    for (UNetLayout.Entry entry : UNetLayout.of(spec)) {
      named.put(entry.name(), values(initializers.get(entry.name()), entry, file));
    }
    checkWeightsAreUsedWithoutBias(model, named.keySet(), file);
    return UNetWeights.of(spec, named);
  }

  private static UNetSpec spec(ModelProto model, String file) throws ModelFormatException {
    String json =
        model.getMetadataPropsList().stream()
            .filter(p -> p.getKey().equals(ModelContract.ARCHITECTURE))
            .map(StringStringEntryProto::getValue)
            .findFirst()
            .orElseThrow(
                () -> notUNet(file, "it has no " + ModelContract.ARCHITECTURE + " metadata", null));
    try {
      return UNetSpecJson.read(json)
          .orElseThrow(() -> notUNet(file, "its architecture is " + oneLine(json), null));
    } catch (JsonProcessingException | IllegalArgumentException e) {
      throw notUNet(file, "its architecture metadata cannot be read: " + oneLine(json), e);
    }
  }

  private static float[] values(TensorProto tensor, UNetLayout.Entry entry, String file)
      throws ModelFormatException {
    String wanted = entry.name() + " " + Arrays.toString(entry.shape());
    if (tensor == null) {
      throw notUNet(file, "weight " + wanted + " is missing", null);
    }
    long[] dims = tensor.getDimsList().stream().mapToLong(Long::longValue).toArray();
    if (tensor.getDataType() != TensorProto.DataType.FLOAT.getNumber()
        || !Arrays.equals(dims, Arrays.stream(entry.shape()).asLongStream().toArray())) {
      throw notUNet(
          file, "weight " + wanted + " float32 expected; found " + Arrays.toString(dims), null);
    }
    // The count the shape promises is checked against the values the file holds before
    // allocating: a lying architecture and shape must not make us allocate gigabytes.
    long count = Arrays.stream(dims).reduce(1, (a, b) -> a < 0 || b < 0 ? -1 : saturated(a, b));
    boolean raw = tensor.getRawData().size() == 4 * count;
    if (count < 0 || !(raw || tensor.getFloatDataCount() == count)) {
      throw notUNet(file, "weight " + wanted + " holds the wrong number of values", null);
    }
    float[] values = new float[(int) count];
    if (raw) {
      ByteBuffer.wrap(tensor.getRawData().toByteArray())
          .order(ByteOrder.LITTLE_ENDIAN)
          .asFloatBuffer()
          .get(values);
    } else {
      for (int i = 0; i < values.length; i++) {
        values[i] = tensor.getFloatData(i);
      }
    }
    return values;
  }

  /** {@code a * b}, or Long.MAX_VALUE when that overflows. */
  private static long saturated(long a, long b) {
    return a != 0 && b > Long.MAX_VALUE / a ? Long.MAX_VALUE : a * b;
  }

  /** Every Conv and ConvTranspose reads one of the layout's weights and has no bias input. */
  private static void checkWeightsAreUsedWithoutBias(
      ModelProto model, Set<String> weights, String file) throws ModelFormatException {
    Set<String> used = new HashSet<>();
    for (NodeProto node : model.getGraph().getNodeList()) {
      if (!WEIGHTED_OPS.contains(node.getOpType())) {
        continue;
      }
      List<String> inputs = node.getInputList();
      if (inputs.size() != 2 || !weights.contains(inputs.get(1))) {
        throw notUNet(
            file,
            "its "
                + node.getOpType()
                + " node "
                + node.getName()
                + " reads "
                + inputs
                + " (a bias, or a weight not in the layout)",
            null);
      }
      used.add(inputs.get(1));
    }
    if (!used.equals(weights)) {
      Set<String> unused = new HashSet<>(weights);
      unused.removeAll(used);
      throw notUNet(file, "weights " + unused + " are not used by any convolution", null);
    }
  }

  private static ModelFormatException notUNet(String file, String why, Throwable cause) {
    return new ModelFormatException(
        file + ": not a bias-free UNet written by Declip Studio (" + why + ")", cause);
  }
}
