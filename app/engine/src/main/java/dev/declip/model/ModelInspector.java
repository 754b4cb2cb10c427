package dev.declip.model;

import static dev.declip.io.MessageText.oneLine;

import ai.onnx.proto.OnnxMl.GraphProto;
import ai.onnx.proto.OnnxMl.ModelProto;
import ai.onnx.proto.OnnxMl.OperatorSetIdProto;
import ai.onnx.proto.OnnxMl.StringStringEntryProto;
import ai.onnx.proto.OnnxMl.TensorProto;
import ai.onnx.proto.OnnxMl.ValueInfoProto;
import com.google.protobuf.InvalidProtocolBufferException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads an ONNX file's header (graph signature, metadata) without starting ONNX Runtime, and checks
 * that it honours {@link ModelContract}.
 */
public final class ModelInspector {

  private ModelInspector() {}

  /**
   * Inspects a model file.
   *
   * @throws ModelFormatException when the file is missing, is not ONNX, or breaks the contract; the
   *     message names the file and says what is wrong
   */
  public static ModelInfo inspect(Path path) throws ModelFormatException {
    String file = String.valueOf(path.getFileName());
    ModelProto model = parse(path, file);
    GraphProto graph = model.getGraph();
    TensorSignature input =
        single(realInputs(graph), file, "input", "[N, 2, T] float32 (signal, mask)");
    TensorSignature output =
        single(
            graph.getOutputList().stream().map(TensorSignature::of).toList(),
            file,
            "output",
            "[N, 1, T] float32 (restored signal)");
    if (!input.isFloat() || !input.hasRank(3) || !input.allows(1, ModelContract.INPUT_CHANNELS)) {
      throw new ModelFormatException(
          file + ": input must be [N, 2, T] float32 (signal, mask); found " + input);
    }
    if (!output.isFloat()
        || !output.hasRank(3)
        || !output.allows(1, ModelContract.OUTPUT_CHANNELS)) {
      throw new ModelFormatException(
          file + ": output must be [N, 1, T] float32 (restored signal); found " + output);
    }
    Map<String, String> metadata = new LinkedHashMap<>();
    for (StringStringEntryProto entry : model.getMetadataPropsList()) {
      metadata.put(entry.getKey(), entry.getValue());
    }
    List<String> warnings = new ArrayList<>();
    int sampleRate = whole(metadata, ModelContract.SAMPLE_RATES, 0, file);
    if (sampleRate == 0) {
      warnings.add(
          "no "
              + ModelContract.SAMPLE_RATE
              + " in the model: it runs at each file's own sample rate");
    }
    int window = whole(metadata, ModelContract.WINDOWS, 0, file);
    if (window == 0) {
      warnings.add(
          "no "
              + ModelContract.WINDOW
              + " in the model: windows of "
              + ModelContract.DEFAULT_WINDOW_LENGTH
              + " samples are used");
    }
    if (input.isFixed(2)) {
      warnings.add("the input length is fixed at " + input.dims().get(2) + " samples");
    }
    ModelInfo.Facts facts =
        new ModelInfo.Facts(
            input.toString(),
            output.toString(),
            model.getIrVersion(),
            opset(model),
            producer(model),
            size(path),
            parameterCount(graph));
    return new ModelInfo(
        path,
        input.name(),
        output.name(),
        sampleRate,
        window,
        whole(metadata, ModelContract.LENGTH_MULTIPLES, 1, file),
        metadata.getOrDefault(ModelContract.TRAINING, ""),
        metadata,
        warnings,
        facts);
  }

  private static ModelProto parse(Path path, String file) throws ModelFormatException {
    if (Files.isDirectory(path)) {
      throw new ModelFormatException(file + ": is a folder, not an ONNX model file");
    }
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(path);
    } catch (NoSuchFileException e) {
      throw new ModelFormatException(file + ": no such file", e);
    } catch (IOException e) {
      throw new ModelFormatException(file + ": cannot be read (" + e.getMessage() + ")", e);
    }
    if (bytes.length == 0) {
      throw new ModelFormatException(file + ": not an ONNX model (the file is empty)");
    }
    ModelProto model;
    try {
      model = ModelProto.parseFrom(bytes);
    } catch (InvalidProtocolBufferException e) {
      String why =
          String.valueOf(e.getMessage()).contains("ended unexpectedly")
              ? "the file is truncated"
              : "the file is damaged or of another kind";
      throw new ModelFormatException(file + ": not an ONNX model (" + why + ")", e);
    }
    // Protobuf accepts many byte strings; a real model always has these.
    if (model.getIrVersion() <= 0
        || !model.hasGraph()
        || model.getOpsetImportCount() == 0
        || model.getGraph().getNodeCount() == 0) {
      throw new ModelFormatException(
          file
              + ": not an ONNX model (no graph, IR version or opset;"
              + " the file is truncated, damaged or of another kind)");
    }
    return model;
  }

  /** Graph inputs minus initializers (old exporters list weights as inputs). */
  private static List<TensorSignature> realInputs(GraphProto graph) {
    Set<String> weights = new HashSet<>();
    graph.getInitializerList().forEach(t -> weights.add(t.getName()));
    List<TensorSignature> inputs = new ArrayList<>();
    for (ValueInfoProto value : graph.getInputList()) {
      if (!weights.contains(value.getName())) {
        inputs.add(TensorSignature.of(value));
      }
    }
    return inputs;
  }

  private static TensorSignature single(
      List<TensorSignature> found, String file, String what, String wanted)
      throws ModelFormatException {
    if (found.size() != 1) {
      throw new ModelFormatException(
          file
              + ": must have one "
              + what
              + " "
              + wanted
              + "; found "
              + found.size()
              + (found.isEmpty() ? "" : ": " + found));
    }
    return found.get(0);
  }

  /** The property as a whole number in its range, {@code absent} when the model does not set it. */
  private static int whole(
      Map<String, String> metadata, ModelContract.Range range, int absent, String file)
      throws ModelFormatException {
    String value = metadata.get(range.key());
    if (value == null) {
      return absent;
    }
    try {
      long number = Long.parseLong(value.trim());
      if (range.contains(number)) {
        return (int) number;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new ModelFormatException(
        String.format(
            Locale.ROOT,
            "%s: metadata %s must be a whole number from %,d to %,d; found '%s'",
            file,
            range.key(),
            range.min(),
            range.max(),
            oneLine(value)));
  }

  private static long opset(ModelProto model) {
    return model.getOpsetImportList().stream()
        .filter(o -> o.getDomain().isEmpty() || o.getDomain().equals("ai.onnx"))
        .mapToLong(OperatorSetIdProto::getVersion)
        .findFirst()
        .orElse(0);
  }

  private static String producer(ModelProto model) {
    return (model.getProducerName() + " " + model.getProducerVersion()).trim();
  }

  private static long size(Path path) {
    try {
      return Files.size(path);
    } catch (IOException e) {
      return 0;
    }
  }

  private static long parameterCount(GraphProto graph) {
    long count = 0;
    for (TensorProto tensor : graph.getInitializerList()) {
      if (tensor.getDataType() == TensorProto.DataType.FLOAT.getNumber()) {
        count +=
            tensor.getDimsList().stream().mapToLong(Long::longValue).reduce(1, (a, b) -> a * b);
      }
    }
    return count;
  }
}
