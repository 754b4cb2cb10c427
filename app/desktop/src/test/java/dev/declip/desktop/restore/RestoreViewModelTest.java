package dev.declip.desktop.restore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.declip.model.DeviceChoice;
import dev.declip.model.ModelInspector;
import dev.declip.model.TestModels;
import dev.declip.restore.AlgorithmChoice;
import dev.declip.restore.file.RestoreStats;
import dev.declip.samples.FrameRange;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RestoreViewModelTest {
  private static final FrameRange RANGE = new FrameRange(0, 100);
  private final RestoreViewModel model = new RestoreViewModel();

  @Test
  void withoutAModelItSaysSoAndOffersInterpolation() {
    assertThat(model.modelTextProperty().get()).contains("No default model is bundled");
    assertThat(model.request(RANGE).algorithm()).isEqualTo(AlgorithmChoice.CUBIC);
  }

  @Test
  void theNetworkWithoutAModelIsRefusedNotQuietlyReplaced() {
    model.algorithmProperty().set(AlgorithmChoice.NEURAL);
    assertThatThrownBy(() -> model.request(RANGE))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("no model is loaded");
    assertThat(model.planText().get()).startsWith("No model to run");
  }

  @Test
  void withABundledModelNotLoadedItOffersItInsteadOfSayingNoneIsBundled() {
    model.bundledModel(Path.of("declip-default.onnx"));
    assertThat(model.modelTextProperty().get()).doesNotContain("No default model is bundled");
    model.modelRefused("x.onnx: not an ONNX model");
    assertThat(model.modelTextProperty().get()).contains("use the bundled model");
  }

  @Test
  void thePlanSaysTheFileIsResampledOnlyWhenItsRateDiffers(@TempDir Path dir) throws Exception {
    Path file = TestModels.writeRandomUNet(dir);
    model.useModel(ModelInspector.inspect(file));
    model.algorithmProperty().set(AlgorithmChoice.BEST);
    model.fileRateProperty().set(48000);
    assertThat(model.planText().get())
        .isEqualTo(
            "Runs "
                + file.getFileName()
                + " with the sparse refinement at 22,050 Hz; this file (48,000 Hz) is resampled"
                + " to 22,050 Hz for it and back.");
    model.fileRateProperty().set(22050);
    assertThat(model.planText().get()).endsWith("this file is at that rate, no resampling.");
  }

  @Test
  void theSparseDeclipperNeedsNoModel() {
    model.algorithmProperty().set(AlgorithmChoice.ASPADE);
    assertThat(model.request(RANGE).algorithm()).isEqualTo(AlgorithmChoice.ASPADE);
    assertThat(model.request(RANGE).model()).isEmpty();
  }

  @Test
  void aModelHonouringTheContractIsChosenAndDescribed(@TempDir Path dir) throws Exception {
    Path file = TestModels.writeRandomUNet(dir);
    model.useModel(ModelInspector.inspect(file));
    RestoreRequest request = model.request(RANGE);
    assertThat(request.algorithm()).isEqualTo(AlgorithmChoice.NEURAL);
    assertThat(request.model()).contains(file);
    assertThat(model.modelTextProperty().get())
        .contains(file.getFileName().toString(), "22050 Hz", "window 8192");
  }

  @Test
  void aRefusedModelSaysWhyAndKeepsInterpolation() {
    model.modelRefused("x.onnx: not an ONNX model");
    assertThat(model.modelTextProperty().get()).startsWith("x.onnx: not an ONNX model");
    assertThat(model.request(RANGE).algorithm()).isEqualTo(AlgorithmChoice.CUBIC);
  }

  @Test
  void theGpuIsOfferedOnlyWhenPresent() {
    model.gpuAvailable(false);
    assertThat(model.devices()).containsExactly(DeviceChoice.CPU);
    model.gpuAvailable(true);
    assertThat(model.devices()).containsExactly(DeviceChoice.CPU, DeviceChoice.GPU);
  }

  @Test
  void tauGoesIntoTheRequest() {
    model.tauProperty().set(0.9);
    assertThat(model.request(RANGE).tau()).isEqualTo(0.9);
  }

  @Test
  void threadsGoIntoTheRequestAsTheCommandLinesThreadsDo() {
    model.threadsProperty().set(3);
    assertThat(model.request(RANGE).inference().threads()).isEqualTo(3);
  }

  @Test
  void statsReadAsThreeLinesAfterARestore() {
    model.showStats(new RestoreStats(1234, 3.5, 1.5f, -3.52));
    assertThat(model.statsText().get().lines())
        .containsExactly(
            "1,234 samples modified",
            "peaks 3.50 dB above the clip level (3.52 dBFS)",
            "16/24-bit export applies -3.52 dB gain (true peak -0.3 dBTP); 32-bit float keeps it");
  }
}
