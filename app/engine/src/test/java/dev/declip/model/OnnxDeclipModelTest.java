package dev.declip.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OnnxDeclipModelTest {

  @TempDir static Path dir;
  private static OnnxDeclipModel model;

  @BeforeAll
  static void loadSmallUNet() throws IOException {
    model =
        OnnxDeclipModel.load(
            TestModels.writeRandomUNet(dir), new InferenceOptions(DeviceChoice.CPU, 2));
  }

  @AfterAll
  static void close() {
    model.close();
  }

  @Test
  void scalingTheSignalScalesTheOutput() {
    // Eq. 15: bias-free ReLU networks are positively homogeneous; the mask stays as it is.
    float[][] signal = Signals.clipped(2, 3000, 11);
    float[][] mask = Signals.maskOf(signal);

    float[][] scaledOutput = model.predict(Signals.scaled(signal, 2.5f), mask);

    assertThat(
            Signals.relativeError(scaledOutput, Signals.scaled(model.predict(signal, mask), 2.5f)))
        .isLessThan(1e-4);
  }

  @Test
  void runsBatchesOfDifferentSizesAndLengthsOnOneModel() {
    for (int[] nt : new int[][] {{1, 8192}, {3, 1000}, {2, 17}, {1, 4097}}) {
      float[][] signal = Signals.clipped(nt[0], nt[1], nt[1]);

      float[][] restored = model.predict(signal, Signals.maskOf(signal));

      assertThat(restored).hasDimensions(nt[0], nt[1]);
    }
  }

  @Test
  void restoresEachWindowIndependentlyOfItsBatch() {
    float[][] signal = Signals.clipped(3, 2048, 4);
    float[][] mask = Signals.maskOf(signal);

    float[][] batch = model.predict(signal, mask);
    float[][] alone = model.predict(new float[][] {signal[2]}, new float[][] {mask[2]});

    assertThat(Signals.relativeError(new float[][] {batch[2]}, alone)).isLessThan(1e-5);
  }

  @Test
  void readsSampleRateAndWindowFromTheModel() {
    assertThat(model.sampleRate()).isEqualTo(TestModels.SAMPLE_RATE);
    assertThat(model.windowLength()).isEqualTo(TestModels.WINDOW);
    assertThat(model.warnings()).isEmpty();
  }

  @Test
  void loadsAModelWithoutMetadataWithAWarningAndTheDefaultWindow() throws IOException {
    try (OnnxDeclipModel bare =
        OnnxDeclipModel.load(TestModels.writeWithoutMetadata(dir), InferenceOptions.defaults())) {
      assertThat(bare.sampleRate()).isZero();
      assertThat(bare.windowLength()).isEqualTo(ModelContract.DEFAULT_WINDOW_LENGTH);
      assertThat(bare.warnings()).anySatisfy(w -> assertThat(w).contains("own sample rate"));
    }
  }

  @Test
  void fallsBackToCpuWithAWarningWhenNoGpuIsPresent() throws IOException {
    try (OnnxDeclipModel onGpu =
        OnnxDeclipModel.load(
            TestModels.writeRandomUNet(dir), new InferenceOptions(DeviceChoice.GPU, 1))) {
      float[][] signal = Signals.clipped(1, 512, 1);

      assertThat(onGpu.predict(signal, Signals.maskOf(signal))[0]).hasSize(512);
      assertThat(onGpu.deviceUsed()).isEqualTo("cpu()");
      assertThat(onGpu.warnings())
          .containsExactly("GPU requested but no CUDA device found; running on CPU");
    }
  }

  @Test
  void refusesAModelThatBreaksTheContractBeforeLoadingIt() throws IOException {
    Path wrong = TestModels.writeWrongInput(dir);

    assertThatThrownBy(() -> OnnxDeclipModel.load(wrong, InferenceOptions.defaults()))
        .isInstanceOf(ModelFormatException.class)
        .hasMessageStartingWith("wrong-input.onnx: input must be [N, 2, T] float32");
  }

  @Test
  void reportsAFailureAtRunTimeInOneLineNamingTheFile() throws IOException {
    try (OnnxDeclipModel fixed =
        OnnxDeclipModel.load(TestModels.writeFixedLengthInside(dir), InferenceOptions.defaults())) {
      float[][] signal = Signals.clipped(1, 999, 1);

      assertThatThrownBy(() -> fixed.predict(signal, Signals.maskOf(signal)))
          .isInstanceOf(ModelInferenceException.class)
          .hasMessageStartingWith(
              "fixed-length.onnx: inference failed on 1 windows of 999 samples (")
          .hasMessageNotContaining("\n");
    }
  }

  @Test
  void padsWindowsToTheDeclaredLengthMultipleAndCropsTheOutput() throws IOException {
    // depth 3 pads to 8 inside; declaring 16 makes the caller pad 1000 to 1008 first.
    UNetWeights weights = UNetWeights.random(TestModels.SMALL, 8);
    Path path = dir.resolve("multiple.onnx");
    UNetOnnxWriter.write(
        path,
        weights,
        new ModelMetadata(22050, 8192, "", Map.of(ModelContract.LENGTH_MULTIPLE, "16")));
    float[][] signal = Signals.clipped(1, 1000, 2);
    float[][] mask = Signals.maskOf(signal);
    float[] expected =
        new UNetReference(weights)
            .forward(Arrays.copyOf(signal[0], 1008), Arrays.copyOf(mask[0], 1008));

    try (OnnxDeclipModel padded = OnnxDeclipModel.load(path, InferenceOptions.defaults())) {
      float[][] restored = padded.predict(signal, mask);

      assertThat(restored[0]).hasSize(1000);
      assertThat(Signals.relativeError(restored, new float[][] {Arrays.copyOf(expected, 1000)}))
          .isLessThan(1e-4);
    }
  }

  @Test
  void refusesAModelOnnxRuntimeCannotLoadWithAPlainMessage() throws IOException {
    OnnxGraphBuilder g = new OnnxGraphBuilder("unknown-op");
    g.input("input", "N", 2, "T");
    g.output("output", "N", 1, "T");
    g.namedNode("NoSuchOperator", "output", new String[] {"input"});
    Path path = TestModels.save(g.model("", Map.of()), dir.resolve("unknown-op.onnx"));

    assertThatThrownBy(() -> OnnxDeclipModel.load(path, InferenceOptions.defaults()))
        .isInstanceOf(ModelFormatException.class)
        .hasMessageStartingWith("unknown-op.onnx: ONNX Runtime cannot load it (")
        .hasMessageNotContaining("\n");
  }
}
