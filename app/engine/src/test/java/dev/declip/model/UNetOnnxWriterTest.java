package dev.declip.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UNetOnnxWriterTest {

  @TempDir Path dir;

  @ParameterizedTest(name = "N = {0}, T = {1}")
  @CsvSource({"1, 1000", "3, 4097"})
  void onnxRuntimeMatchesThePlainJavaForwardPass(int count, int length) throws IOException {
    assertMatchesReference(TestModels.SMALL, count, length);
  }

  @Test
  void onnxRuntimeMatchesThePlainJavaForwardPassWithoutMaskOrResidual() throws IOException {
    assertMatchesReference(new UNetSpec(2, 4, 4, false, false), 2, 1001);
  }

  @Test
  void onnxRuntimeMatchesThePlainJavaForwardPassWithAChannelCap() throws IOException {
    assertMatchesReference(new UNetSpec(4, 4, 3, true, true, 8), 2, 1000);
  }

  @Test
  void writesTheMetadataOfTheContract() throws IOException {
    Path path = TestModels.writeRandomUNet(dir, TestModels.SMALL, 16000, 4096, 7);

    ModelInfo info = ModelInspector.inspect(path);

    assertThat(info.sampleRate()).isEqualTo(16000);
    assertThat(info.windowLength()).isEqualTo(4096);
    assertThat(info.training()).contains("untrained");
    assertThat(info.metadata())
        .containsEntry(ModelContract.ARCHITECTURE, TestModels.SMALL.toJson());
    assertThat(info.warnings()).isEmpty();
  }

  @Test
  void writesTheModelWithThePermissionsOfAnyNewFileOfTheUser() throws IOException {
    Path model = TestModels.writeRandomUNet(dir);
    Path plain = Files.createFile(dir.resolve("plain"));

    assertThat(Files.getPosixFilePermissions(model))
        .isEqualTo(Files.getPosixFilePermissions(plain));
  }

  @Test
  void replacesAnExistingFileAndLeavesNoTemporaryFile() throws IOException {
    Path path = dir.resolve("model.onnx");
    Files.writeString(path, "old");

    UNetOnnxWriter.write(
        path, UNetWeights.random(TestModels.SMALL, 1), new ModelMetadata(22050, 8192, ""));

    assertThat(ModelInspector.inspect(path).facts().parameterCount())
        .isEqualTo(UNetWeights.random(TestModels.SMALL, 1).parameterCount());
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).containsExactly(path);
    }
  }

  private void assertMatchesReference(UNetSpec spec, int count, int length) throws IOException {
    UNetWeights weights = UNetWeights.random(spec, 3);
    Path path = dir.resolve("reference.onnx");
    UNetOnnxWriter.write(path, weights, new ModelMetadata(22050, 8192, "test"));
    float[][] signal = Signals.clipped(count, length, 5);
    float[][] mask = Signals.maskOf(signal);
    UNetReference reference = new UNetReference(weights);
    float[][] expected = new float[count][];
    for (int n = 0; n < count; n++) {
      expected[n] = reference.forward(signal[n], mask[n]);
    }

    try (OnnxDeclipModel model = OnnxDeclipModel.load(path, InferenceOptions.defaults())) {
      assertThat(Signals.relativeError(model.predict(signal, mask), expected)).isLessThan(1e-4);
    }
  }
}
