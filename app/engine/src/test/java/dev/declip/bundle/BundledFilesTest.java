package dev.declip.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;

@ResourceLock(Resources.SYSTEM_PROPERTIES)
class BundledFilesTest {
  @TempDir Path models;

  @Test
  void aFileTakesTheInstalledDefaultModelNearestItsRate() throws IOException {
    install(BundledFiles.DEFAULT_MODEL);
    install("declip-22k-supervised.onnx");
    withModels(
        () -> {
          assertThat(BundledFiles.defaultModel(22_050))
              .contains(models.resolve("declip-22k-supervised.onnx"));
          assertThat(BundledFiles.defaultModel(16_000))
              .contains(models.resolve("declip-22k-supervised.onnx"));
          assertThat(BundledFiles.defaultModel(32_000))
              .contains(models.resolve(BundledFiles.DEFAULT_MODEL));
          assertThat(BundledFiles.defaultModel(48_000))
              .contains(models.resolve(BundledFiles.DEFAULT_MODEL));
          assertThat(BundledFiles.defaultModel(96_000))
              .contains(models.resolve(BundledFiles.DEFAULT_MODEL));
          return null;
        });
  }

  @Test
  void withOneModelInstalledEveryRateTakesIt() throws IOException {
    install(BundledFiles.DEFAULT_MODEL);
    withModels(
        () -> {
          assertThat(BundledFiles.defaultModel(22_050))
              .contains(models.resolve(BundledFiles.DEFAULT_MODEL));
          return null;
        });
  }

  @Test
  void aModelSetByTheLauncherServesEveryRate() throws IOException {
    install(BundledFiles.DEFAULT_MODEL);
    install("declip-22k-supervised.onnx");
    Path mine = install("mine.onnx");
    System.setProperty(BundledFiles.MODEL_PROPERTY, mine.toString());
    try {
      withModels(
          () -> {
            assertThat(BundledFiles.defaultModel(22_050)).contains(mine);
            return null;
          });
    } finally {
      System.clearProperty(BundledFiles.MODEL_PROPERTY);
    }
  }

  private Path install(String name) throws IOException {
    return Files.writeString(models.resolve(name), "stand-in: only the name is chosen here");
  }

  private void withModels(Supplier<Void> check) {
    String before = System.getProperty(BundledFiles.MODELS_PROPERTY);
    System.setProperty(BundledFiles.MODELS_PROPERTY, models.toString());
    try {
      check.get();
    } finally {
      if (before == null) {
        System.clearProperty(BundledFiles.MODELS_PROPERTY);
      } else {
        System.setProperty(BundledFiles.MODELS_PROPERTY, before);
      }
    }
  }
}
