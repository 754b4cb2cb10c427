package dev.declip.model;

import static dev.declip.fuzz.FuzzChecks.readsOrRefuses;

import ai.onnx.proto.OnnxMl.ModelProto;
import ai.onnx.proto.OnnxMl.StringStringEntryProto;
import ai.onnx.proto.OnnxMl.TensorShapeProto;
import ai.onnx.proto.OnnxMl.TypeProto;
import ai.onnx.proto.OnnxMl.ValueInfoProto;
import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.declip.fuzz.FuzzChecks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Fuzz targets for the model loader's checks, which run before ONNX Runtime sees a file
 * (docs/fuzzing.md): a file that is not a usable model must be refused with a {@link
 * ModelFormatException} whose message is one line.
 */
class ModelFuzzTest {

  private static final Path FILE = FuzzChecks.scratchFile("model.onnx");
  private static final List<String> KEYS =
      List.of(
          ModelContract.SAMPLE_RATE,
          ModelContract.WINDOW,
          ModelContract.LENGTH_MULTIPLE,
          ModelContract.TRAINING,
          ModelContract.ARCHITECTURE,
          "producer.note");

  /** Any bytes as a model file: what {@code declip info} and the model chooser read. */
  @DictionaryFile(resourcePath = "onnx.dict")
  @FuzzTest(maxDuration = FuzzChecks.MAX_DURATION)
  void inspectsModelFiles(byte[] bytes) throws Exception {
    Files.write(FILE, bytes);
    readsOrRefuses(ModelFormatException.class, () -> ModelInspector.inspect(FILE).toText());
  }

  /**
   * A well-formed ONNX file whose signature and metadata are fuzzed: the contract checks and the
   * metadata parsing, which byte mutations of a protobuf rarely reach.
   */
  @FuzzTest(maxDuration = FuzzChecks.MAX_DURATION)
  void checksTheModelContract(FuzzedDataProvider data) throws Exception {
    OnnxGraphBuilder graph = new OnnxGraphBuilder("fuzzed");
    graph.namedNode("Identity", "output", new String[] {"input"});
    ModelProto.Builder model = graph.model("fuzzed", java.util.Map.of()).toBuilder();
    model.getGraphBuilder().clearInput().clearOutput();
    for (int i = data.consumeInt(0, 2); i > 0; i--) {
      model.getGraphBuilder().addInput(valueInfo("input", data));
    }
    for (int i = data.consumeInt(0, 2); i > 0; i--) {
      model.getGraphBuilder().addOutput(valueInfo("output", data));
    }
    for (int i = data.consumeInt(0, 6); i > 0; i--) {
      String key = data.consumeBoolean() ? data.pickValue(KEYS) : data.consumeString(20);
      model.addMetadataProps(
          StringStringEntryProto.newBuilder().setKey(key).setValue(data.consumeString(80)));
    }
    Files.write(FILE, model.build().toByteArray());
    readsOrRefuses(ModelFormatException.class, () -> ModelInspector.inspect(FILE).toText());
    readsOrRefuses(ModelFormatException.class, () -> UNetOnnxReader.read(FILE));
  }

  /** Model files for fine-tuning: the architecture JSON and the weights it promises. */
  @DictionaryFile(resourcePath = "onnx.dict")
  @FuzzTest(maxDuration = FuzzChecks.MAX_DURATION)
  void readsUNetModels(byte[] bytes) throws Exception {
    Files.write(FILE, bytes);
    readsOrRefuses(ModelFormatException.class, () -> UNetOnnxReader.read(FILE));
  }

  private static ValueInfoProto valueInfo(String name, FuzzedDataProvider data) {
    TypeProto.Tensor.Builder tensor = TypeProto.Tensor.newBuilder();
    tensor.setElemType(data.consumeBoolean() ? 1 : data.consumeInt(0, 20));
    if (data.consumeBoolean()) {
      TensorShapeProto.Builder shape = TensorShapeProto.newBuilder();
      for (int d = data.consumeInt(0, 4); d > 0; d--) {
        TensorShapeProto.Dimension.Builder dim = TensorShapeProto.Dimension.newBuilder();
        switch (data.consumeInt(0, 2)) {
          case 0 -> dim.setDimValue(data.consumeLong());
          case 1 -> dim.setDimParam(data.consumeString(24));
          default -> {}
        }
        shape.addDim(dim);
      }
      tensor.setShape(shape);
    }
    return ValueInfoProto.newBuilder()
        .setName(name)
        .setType(TypeProto.newBuilder().setTensorType(tensor))
        .build();
  }
}
