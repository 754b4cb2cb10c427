package dev.declip.training.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.declip.model.UNetOnnxReader;
import dev.declip.model.UNetSpec;
import dev.declip.training.corpus.TestCorpus;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusFitTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @Test
  void fitOnACorpusLogsTheValidationSdrOfEveryGenreAndResumes(@TempDir Path work) throws Exception {
    Path manifest = TestCorpus.write(work.resolve("corpus"));
    Path model = work.resolve("model.onnx");
    String[] first =
        TinyFit.args(
            "--corpus",
            manifest,
            model,
            "--loss",
            "supervised",
            "--crop",
            "256",
            "--max-channels",
            "2",
            "--steps-per-epoch",
            "2",
            "--epochs",
            "1");

    int exit = run(first);
    String[] resumed = java.util.Arrays.copyOf(first, first.length + 1);
    resumed[first.length - 3] = "2";
    resumed[first.length] = "--resume";
    int again = run(resumed);

    assertThat(exit).as(err.toString()).isZero();
    assertThat(again).as(err.toString()).isZero();
    assertThat(UNetOnnxReader.read(model).spec()).isEqualTo(new UNetSpec(1, 2, 3, true, true, 2));
    List<String> genres = Files.readAllLines(work.resolve("model.run/validation-genres.csv"));
    assertThat(genres).hasSize(1 + 2 * 2);
    assertThat(genres.get(0)).startsWith("epoch,steps,group,windows");
    assertThat(genres.get(1)).startsWith("1,2,music,24,");
    assertThat(genres.get(4)).startsWith("2,4,speech,24,");
    assertThat(Files.readAllLines(work.resolve("model.run/training-log.csv"))).hasSize(3);
  }

  private int run(String... args) {
    return TrainCommand.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
  }
}
