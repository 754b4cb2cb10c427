package dev.declip.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.onnx.proto.OnnxMl.ModelProto;
import ai.onnx.proto.OnnxMl.NodeProto;
import ai.onnx.proto.OnnxMl.StringStringEntryProto;
import ai.onnx.proto.OnnxMl.TensorProto;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UNetOnnxReaderTest {

  @TempDir Path dir;

  @ParameterizedTest(name = "depth {0}, base {1}, kernel {2}, mask {3}, residual {4}")
  @CsvSource({"2, 4, 9, true, true", "1, 3, 4, false, false", "0, 2, 1, true, false"})
  void readsBackTheSpecAndWeightsItWasWrittenWith(
      int depth, int base, int kernel, boolean mask, boolean residual) throws IOException {
    UNetSpec spec = new UNetSpec(depth, base, kernel, mask, residual);
    UNetWeights written = UNetWeights.random(spec, 11);
    Path path = dir.resolve("model.onnx");
    UNetOnnxWriter.write(path, written, new ModelMetadata(22050, 4096, "test"));

    UNetWeights read = UNetOnnxReader.read(path);

    assertThat(read.spec()).isEqualTo(spec);
    for (UNetLayout.Entry entry : UNetLayout.of(spec)) {
      assertThat(read.get(entry.name())).as(entry.name()).isEqualTo(written.get(entry.name()));
    }
  }

  @Test
  void readsBackAChannelCap() throws IOException {
    UNetSpec spec = new UNetSpec(4, 4, 3, true, true, 8);
    Path path = dir.resolve("capped.onnx");
    UNetOnnxWriter.write(path, UNetWeights.random(spec, 5), new ModelMetadata(44100, 4096, "test"));

    assertThat(UNetOnnxReader.read(path).spec()).isEqualTo(spec);
  }

  @Test
  void refusesAModelWithoutArchitectureMetadata() throws IOException {
    Path path = TestModels.writeWithoutMetadata(dir);

    assertThatThrownBy(() -> UNetOnnxReader.read(path))
        .isInstanceOf(ModelFormatException.class)
        .hasMessageStartingWith("no-metadata.onnx: not a bias-free UNet")
        .hasMessageContaining(ModelContract.ARCHITECTURE);
  }

  @Test
  void refusesAModelWhoseArchitectureIsAnotherNetwork() throws IOException {
    Path path = withArchitecture("{\"type\":\"transformer\",\"depth\":2}");

    assertThatThrownBy(() -> UNetOnnxReader.read(path))
        .isInstanceOf(ModelFormatException.class)
        .hasMessageContaining("transformer");
  }

  @Test
  void refusesAModelWhoseWeightsDoNotMatchItsArchitecture() throws IOException {
    Path path = withArchitecture(new UNetSpec(3, 8, 9, true, true).toJson().replace("8", "6"));

    assertThatThrownBy(() -> UNetOnnxReader.read(path))
        .isInstanceOf(ModelFormatException.class)
        .hasMessageContaining("weight down.0.conv1.weight [6, 2, 9] float32 expected")
        .hasMessageContaining("[8, 2, 9]");
  }

  @Test
  void refusesAModelWithABias() throws IOException {
    ModelProto model = ModelProto.parseFrom(Files.readAllBytes(TestModels.writeRandomUNet(dir)));
    ModelProto.Builder builder = model.toBuilder();
    builder
        .getGraphBuilder()
        .addInitializer(
            TensorProto.newBuilder()
                .setName("head.bias")
                .setDataType(TensorProto.DataType.FLOAT.getNumber())
                .addDims(1)
                .addFloatData(0.5f));
    for (NodeProto.Builder node : builder.getGraphBuilder().getNodeBuilderList()) {
      if (node.getInputList().contains(UNetLayout.HEAD)) {
        node.addInput("head.bias");
      }
    }
    Path path = TestModels.save(builder.build(), dir.resolve("biased.onnx"));

    assertThatThrownBy(() -> UNetOnnxReader.read(path))
        .isInstanceOf(ModelFormatException.class)
        .hasMessageStartingWith("biased.onnx: not a bias-free UNet")
        .hasMessageContaining("head.bias");
  }

  /** The small test UNet with its architecture metadata replaced. */
  private Path withArchitecture(String json) throws IOException {
    ModelProto model = ModelProto.parseFrom(Files.readAllBytes(TestModels.writeRandomUNet(dir)));
    ModelProto.Builder builder = model.toBuilder().clearMetadataProps();
    for (StringStringEntryProto p : model.getMetadataPropsList()) {
      String value = p.getKey().equals(ModelContract.ARCHITECTURE) ? json : p.getValue();
      builder.addMetadataProps(p.toBuilder().setValue(value));
    }
    return TestModels.save(builder.build(), dir.resolve("altered.onnx"));
  }
}
