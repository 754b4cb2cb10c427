package dev.declip.training.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.declip.model.ModelInspector;
import dev.declip.model.UNetOnnxReader;
import dev.declip.training.data.Recordings;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainCommandTest {
  @TempDir static Path data;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @BeforeAll
  static void recordings() throws Exception {
    for (int i = 0; i < 2; i++) {
      Recordings.clippedStereo(data.resolve("songs/take" + i + ".wav"), 8000, 1.2, i);
    }
  }

  private int run(String... args) {
    return TrainCommand.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
  }

  @Test
  void helpListsTheCommandsWithExamples() {
    assertThat(run("--help")).isZero();
    assertThat(out.toString())
        .contains("fit", "benchmark", "Examples:", "--data my-clipped-songs/");
  }

  @Test
  void versionNamesTheProgram() {
    assertThat(run("--version")).isZero();
    assertThat(out.toString()).startsWith("declip-train ");
  }

  @Test
  void fitWithTheSimplestCallWritesAModel(@TempDir Path work) throws Exception {
    Path model = work.resolve("model.onnx");
    int exit =
        run(
            TinyFit.args(
                "--data", data.resolve("songs"), model, "--epochs", "1", "--steps-per-epoch", "1"));

    assertThat(exit).as(err.toString()).isZero();
    assertThat(out.toString()).contains("wrote " + model);
    assertThat(err.toString()).contains("epoch 1:", "2 files", "validation windows");
    assertThat(ModelInspector.inspect(model).metadata().get("declip.command_line"))
        .contains("fit --data");
  }

  @Test
  void exportWritesTheCheckpointAndEvaluateScoresItAgainstTheBaselines(@TempDir Path work)
      throws Exception {
    Path clean = work.resolve("clean");
    for (int i = 0; i < 2; i++) {
      Recordings.write(
          clean.resolve("c" + i + ".wav"), 8000, Recordings.music(12_000, 8000, 0.8, 30 + i));
    }
    Path model = work.resolve("sup.onnx");
    assertThat(
            run(
                TinyFit.args(
                    "--clean",
                    clean,
                    model,
                    "--clip-level",
                    "0.4",
                    "--loss",
                    "supervised",
                    "--epochs",
                    "1",
                    "--steps-per-epoch",
                    "2")))
        .as(err.toString())
        .isZero();
    Path exported = work.resolve("again.onnx");
    assertThat(
            run(
                "export",
                "--run-dir",
                work.resolve("sup.run").toString(),
                "-o",
                exported.toString()))
        .as(err.toString())
        .isZero();
    assertThat(UNetOnnxReader.read(exported).get("head.weight"))
        .containsExactly(UNetOnnxReader.read(model).get("head.weight"));

    assertThat(
            run(
                "evaluate",
                "--model",
                model.toString(),
                "--clean",
                clean.toString(),
                "--clip-level",
                "0.4",
                "--segment",
                "0.25",
                "--threads",
                "1"))
        .as(err.toString())
        .isZero();
    assertThat(out.toString())
        .contains("clipped input", "cubic", "neural:sup.onnx", "segments at 8000 Hz:");
  }

  @Test
  void evaluateOnClippedRecordingsAsksForCleanAudio(@TempDir Path work) {
    int exit =
        run(
            "evaluate",
            "--model",
            work.resolve("m.onnx").toString(),
            "--data",
            data.resolve("songs").toString());
    assertThat(exit).isEqualTo(2);
    assertThat(err.toString()).contains("scoring needs the clean audio");
  }

  @Test
  void fitWithoutDataIsAUsageError() {
    assertThat(run("fit", "--epochs", "1")).isEqualTo(2);
    assertThat(err.toString()).contains("give either --data DIR, --clean DIR or --corpus FILE");
  }

  @Test
  void fitOnAMissingFolderSaysWhichFolder(@TempDir Path work) {
    Path missing = work.resolve("nowhere");
    assertThat(run("fit", "--data", missing.toString(), "-o", work.resolve("m.onnx").toString()))
        .isEqualTo(1);
    assertThat(err.toString()).contains("nowhere");
  }

  @Test
  void supervisedLossOnClippedRecordingsIsRefused(@TempDir Path work) {
    int exit =
        run(
            "fit",
            "--data",
            data.resolve("songs").toString(),
            "--loss",
            "supervised",
            "--sample-rate",
            "8000",
            "--window",
            "512",
            "-o",
            work.resolve("m.onnx").toString());
    assertThat(exit).isEqualTo(2);
    assertThat(err.toString()).contains("needs clean audio");
  }
}
