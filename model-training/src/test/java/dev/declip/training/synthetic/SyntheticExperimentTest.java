package dev.declip.training.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.declip.progress.Cancellation;
import dev.declip.progress.ProgressListener;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticExperimentTest {

  @TempDir static Path dir;
  static SyntheticResults results;

  @BeforeAll
  static void runATinyExperiment() throws IOException {
    SyntheticConfig config =
        new SyntheticConfig(
            List.of(1, 5),
            List.of(0.1, 0.3),
            List.of(1.0, 2.0),
            5,
            0.3,
            0.5,
            1.5,
            true,
            new TrainingSettings(100, 20, 5, 20, 1e-3, 16, 1, true),
            7,
            dir);
    results = SyntheticExperiment.run(config, ProgressListener.NONE, Cancellation.NEVER);
  }

  @Test
  void writesOneCsvRowPerCell() throws IOException {
    // 2 x 2 grid for each of two losses, then two g_max values.
    List<String> lines = Files.readAllLines(results.csv());
    assertThat(lines).hasSize(1 + 2 * 4 + 2);
    assertThat(lines.get(0)).isEqualTo(ResultsCsv.HEADER);
    assertThat(lines).filteredOn(l -> l.startsWith("gmax,")).hasSize(2);
  }

  @Test
  void writesAHeatMapPerLossAndTheGainPlotAsPngs() throws IOException {
    assertThat(results.charts()).hasSize(3);
    for (Path chart : results.charts()) {
      BufferedImage image = ImageIO.read(chart.toFile());
      assertThat(image).as(chart.toString()).isNotNull();
      assertThat(image.getWidth()).isGreaterThan(300);
    }
  }
}
