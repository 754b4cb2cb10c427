package dev.declip.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.onnx.proto.OnnxMl.ModelProto;
import ai.onnx.proto.OnnxMl.StringStringEntryProto;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ModelInspectorTest {

  @TempDir Path dir;

  @Test
  void refusesRandomBytesAsNotAnOnnxModel() throws IOException {
    byte[] noise = new byte[4096];
    new Random(1).nextBytes(noise);
    Path path = Files.write(dir.resolve("model.onnx"), noise);

    assertThatThrownBy(() -> ModelInspector.inspect(path))
        .isInstanceOf(ModelFormatException.class)
        .hasMessageStartingWith("model.onnx: not an ONNX model (");
  }

  @Test
  void refusesATextFileAsNotAnOnnxModel() throws IOException {
    Path path = Files.writeString(dir.resolve("model.onnx"), "this is not a model\n");

    assertThatThrownBy(() -> ModelInspector.inspect(path))
        .hasMessageStartingWith("model.onnx: not an ONNX model (");
  }

  @Test
  void refusesATruncatedModelAsNotAnOnnxModel() throws IOException {
    byte[] bytes = Files.readAllBytes(TestModels.writeRandomUNet(dir));
    Path path = Files.write(dir.resolve("model.onnx"), Arrays.copyOf(bytes, bytes.length / 2));

    assertThatThrownBy(() -> ModelInspector.inspect(path))
        .hasMessage("model.onnx: not an ONNX model (the file is truncated)");
  }

  @Test
  void refusesAMissingFile() {
    assertThatThrownBy(() -> ModelInspector.inspect(dir.resolve("model.onnx")))
        .isInstanceOf(ModelFormatException.class)
        .hasMessage("model.onnx: no such file");
  }

  @Test
  void refusesAnInputThatIsNotSignalAndMask() throws IOException {
    Path path = TestModels.writeWrongInput(dir);

    assertThatThrownBy(() -> ModelInspector.inspect(path))
        .hasMessage(
            "wrong-input.onnx: input must be [N, 2, T] float32 (signal, mask);"
                + " found 'input' [N, 3, T] float32");
  }

  @Test
  void refusesAnImageClassifierNamingItsInput() throws IOException {
    OnnxGraphBuilder g = new OnnxGraphBuilder("classifier");
    g.input("images", 1, 3, 224, 224);
    g.output("logits", 1, 1000);
    g.namedNode("Flatten", "logits", new String[] {"images"});
    Path path = TestModels.save(g.model("", Map.of()), dir.resolve("model.onnx"));

    assertThatThrownBy(() -> ModelInspector.inspect(path))
        .hasMessage(
            "model.onnx: input must be [N, 2, T] float32 (signal, mask);"
                + " found 'images' [1, 3, 224, 224] float32");
  }

  @Test
  void refusesAnOutputWithMoreThanOneChannel() throws IOException {
    OnnxGraphBuilder g = new OnnxGraphBuilder("identity");
    g.input("input", "N", 2, "T");
    g.output("output", "N", 2, "T");
    g.namedNode("Identity", "output", new String[] {"input"});
    Path path = TestModels.save(g.model("", Map.of()), dir.resolve("model.onnx"));

    assertThatThrownBy(() -> ModelInspector.inspect(path))
        .hasMessage(
            "model.onnx: output must be [N, 1, T] float32 (restored signal);"
                + " found 'output' [N, 2, T] float32");
  }

  @Test
  void acceptsAModelWithoutMetadataWithWarnings() throws IOException {
    ModelInfo info = ModelInspector.inspect(TestModels.writeWithoutMetadata(dir));

    assertThat(info.sampleRate()).isZero();
    assertThat(info.windowLength()).isZero();
    assertThat(info.warnings()).anySatisfy(w -> assertThat(w).contains(ModelContract.SAMPLE_RATE));
  }

  @Test
  void refusesASampleRateThatIsNotANumber() throws IOException {
    Path path = dir.resolve("model.onnx");
    UNetOnnxWriter.write(
        path,
        UNetWeights.random(TestModels.SMALL, 1),
        new ModelMetadata(22050, 8192, "", Map.of(ModelContract.LENGTH_MULTIPLE, "eight")));

    assertThatThrownBy(() -> ModelInspector.inspect(path))
        .hasMessage(
            "model.onnx: metadata declip.length_multiple must be a whole number from 1 to 65,536;"
                + " found 'eight'");
  }

  @ParameterizedTest
  @CsvSource({
    "declip.length_multiple, 1000000007, '1 to 65,536'",
    "declip.length_multiple, 0, '1 to 65,536'",
    "declip.window, 2000000000, '16 to 1,048,576'",
    "declip.window, 99999999999, '16 to 1,048,576'",
    "declip.window, -8192, '16 to 1,048,576'",
    "declip.sample_rate, 1, '4,000 to 768,000'",
    "declip.sample_rate, 44100.5, '4,000 to 768,000'",
  })
  void refusesMetadataOutOfRangeNamingTheProperty(String key, String value, String range)
      throws IOException {
    ModelProto model =
        ModelProto.parseFrom(Files.readAllBytes(TestModels.writeWithoutMetadata(dir))).toBuilder()
            .addMetadataProps(StringStringEntryProto.newBuilder().setKey(key).setValue(value))
            .build();
    Path path = TestModels.save(model, dir.resolve("model.onnx"));

    assertThatThrownBy(() -> ModelInspector.inspect(path))
        .isInstanceOf(ModelFormatException.class)
        .hasMessage(
            "model.onnx: metadata "
                + key
                + " must be a whole number from "
                + range
                + "; found '"
                + value
                + "'");
  }

  @Test
  void summarisesShapesRateWindowAndSize() throws IOException {
    ModelInfo info = ModelInspector.inspect(TestModels.writeRandomUNet(dir));

    assertThat(info.toText())
        .contains(
            "'input' [N, 2, T] float32",
            "'output' [N, 1, T] float32",
            "22050 Hz",
            "8192 samples (0.37 s)",
            "opset 17",
            "bias-free-unet")
        .contains(
            String.format(
                "%,d parameters", UNetWeights.random(TestModels.SMALL, 0).parameterCount()));
  }
}
