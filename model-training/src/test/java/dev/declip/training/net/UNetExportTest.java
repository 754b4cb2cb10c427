package dev.declip.training.net;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.ndarray.NDManager;
import dev.declip.model.InferenceOptions;
import dev.declip.model.ModelMetadata;
import dev.declip.model.OnnxDeclipModel;
import dev.declip.model.Signals;
import dev.declip.model.UNetLayout;
import dev.declip.model.UNetOnnxReader;
import dev.declip.model.UNetOnnxWriter;
import dev.declip.model.UNetSpec;
import dev.declip.model.UNetWeights;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What is trained is what ships: DJL network, engine weights, ONNX file and checkpoints agree. */
class UNetExportTest {

  private static NDManager manager;

  @TempDir Path dir;

  @BeforeAll
  static void startPyTorch() throws IOException {
    manager = PyTorchRuntime.start(RuntimeOptions.defaults()).newManager();
  }

  @AfterAll
  static void close() {
    manager.close();
  }

  @ParameterizedTest(name = "mask {0}, residual {1}, T = {2}")
  @CsvSource({"true, true, 203", "false, false, 128"})
  void onnxRuntimeRunsTheExportedFileLikeTheDjlNetwork(boolean mask, boolean residual, int length)
      throws Exception {
    UNetSpec spec = new UNetSpec(2, 4, 9, mask, residual);
    float[][] y = Signals.clipped(3, length, 8);
    float[][] m = Signals.maskOf(y);
    try (NDManager step = manager.newSubManager()) {
      BiasFreeUNet net = BiasFreeUNet.random(spec, 8, step);
      float[][] djl = TestWindows.rows(BiasFreeUNetTest.restore(net, step, y, m));
      Path path = dir.resolve("model.onnx");
      UNetOnnxWriter.write(path, net.toWeights(), new ModelMetadata(22050, 8192, "test"));

      try (OnnxDeclipModel onnx = OnnxDeclipModel.load(path, InferenceOptions.defaults())) {
        assertThat(Signals.relativeError(onnx.predict(y, m), djl)).isLessThan(1e-4);
      }
    }
  }

  @Test
  void weightsReadBackFromAnExportedFileRebuildTheSameNetwork() throws IOException {
    try (NDManager step = manager.newSubManager()) {
      UNetWeights trained = BiasFreeUNet.random(BiasFreeUNetTest.TINY, 9, step).toWeights();
      Path path = dir.resolve("model.onnx");
      UNetOnnxWriter.write(path, trained, new ModelMetadata(22050, 8192, "test"));

      assertSameWeights(BiasFreeUNet.of(UNetOnnxReader.read(path), step).toWeights(), trained);
    }
  }

  @Test
  void convertsToEngineWeightsAndBackUnchanged() {
    UNetWeights weights = UNetWeights.random(BiasFreeUNetTest.TINY, 10);
    try (NDManager step = manager.newSubManager()) {
      assertSameWeights(BiasFreeUNet.of(weights, step).toWeights(), weights);
    }
  }

  @Test
  void djlParameterStreamsRestoreTheWeights() throws Exception {
    try (NDManager step = manager.newSubManager()) {
      BiasFreeUNet saved = BiasFreeUNet.random(BiasFreeUNetTest.TINY, 11, step);
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      saved.saveParameters(new DataOutputStream(bytes));
      BiasFreeUNet loaded = BiasFreeUNet.random(BiasFreeUNetTest.TINY, 12, step);

      loaded.loadParameters(
          step, new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));

      assertSameWeights(loaded.toWeights(), saved.toWeights());
    }
  }

  private static void assertSameWeights(UNetWeights actual, UNetWeights expected) {
    assertThat(actual.spec()).isEqualTo(expected.spec());
    for (UNetLayout.Entry entry : UNetLayout.of(expected.spec())) {
      assertThat(actual.get(entry.name())).as(entry.name()).isEqualTo(expected.get(entry.name()));
    }
  }
}
