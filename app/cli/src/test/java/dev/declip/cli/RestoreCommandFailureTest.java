package dev.declip.cli;

import static dev.declip.cli.CliRun.declip;
import static dev.declip.cli.Consistency.assertRestoredConsistently;
import static org.assertj.core.api.Assertions.assertThat;

import dev.declip.model.TestModels;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** How {@code declip restore} refuses or fails: exit code, message, and nothing left behind. */
class RestoreCommandFailureTest {

  @TempDir Path dir;
  private Path outDir;

  @BeforeEach
  void makeOutputFolder() throws IOException {
    outDir = Files.createDirectory(dir.resolve("out"));
  }

  @Test
  void exitsWithThreeAndWritesNothingWhenNothingClipped() throws Exception {
    Path in = TestRecordings.quietSine(dir.resolve("quiet.wav"));

    CliRun run = declip("restore", in, "-o", outDir.resolve("out.wav"), "--algorithm", "cubic");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(3);
    assertThat(run.err()).contains("quiet.wav: no clipping found");
    assertThat(run.out()).isEmpty();
    assertThat(filesIn(outDir)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "truncated-data.wav",
        "truncated.flac",
        "truncated.mp3",
        "truncated.ogg",
        "text-renamed.wav",
        "empty.wav",
        "zero-channels.wav"
      })
  void exitsWithOneNamingABrokenInputAndLeavesNothing(String name) throws Exception {
    Path in = TestRecordings.copyResource("/audio/bad/" + name, dir);

    CliRun run = declip("restore", in, "-o", outDir.resolve("out.wav"), "--algorithm", "cubic");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
    assertThat(run.errLines()).singleElement().asString().startsWith("declip: " + name + ": ");
    assertThat(run.err()).doesNotContain("\tat ");
    assertThat(filesIn(outDir)).isEmpty();
  }

  @Test
  void leavesNothingWhenTheModelFailsHalfWayThrough() throws Exception {
    // Loads, but its graph only runs windows of 1000 samples: it fails while temporary files exist.
    Path model = TestModels.writeFixedLengthInside(dir);
    Path in = TestRecordings.clipped(dir.resolve("in.wav"));

    CliRun run =
        declip("restore", in, "-o", outDir.resolve("out.wav"), "--model", model, "--threads", "1");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
    assertThat(run.err())
        .contains("declip: fixed-length.onnx: inference failed")
        .doesNotContain("\tat ");
    assertThat(filesIn(outDir)).isEmpty();
  }

  @Test
  void neverOverwritesTheInputEvenWhenToldToOverwrite() throws Exception {
    Path in = TestRecordings.clipped(dir.resolve("in.wav"));
    byte[] before = Files.readAllBytes(in);
    Files.createDirectory(dir.resolve("sub"));
    Path sameFile = dir.resolve("sub/../in.wav");

    CliRun run = declip("restore", in, "-o", sameFile, "--overwrite", "--algorithm", "cubic");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
    assertThat(run.err()).contains("output is the input file");
    assertThat(Files.readAllBytes(in)).isEqualTo(before);
    assertThat(filesIn(dir)).containsExactlyInAnyOrder(in, outDir, dir.resolve("sub"));
  }

  @Test
  void keepsAnExistingOutputWithoutOverwrite() throws Exception {
    Path in = TestRecordings.clipped(dir.resolve("in.wav"));
    Path out = Files.writeString(outDir.resolve("out.wav"), "precious");

    CliRun run = declip("restore", in, "-o", out, "--algorithm", "cubic");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
    assertThat(run.err()).contains("already exists", "--overwrite");
    assertThat(out).hasContent("precious");
    assertThat(filesIn(outDir)).containsExactly(out);
  }

  @Test
  void replacesAnExistingOutputWithOverwrite() throws Exception {
    Path in = TestRecordings.clipped(dir.resolve("in.wav"));
    Path out = Files.writeString(outDir.resolve("out.wav"), "stale");

    CliRun run = declip("restore", in, "-o", out, "--overwrite", "--algorithm", "cubic");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertRestoredConsistently(in, out);
    assertThat(filesIn(outDir)).containsExactly(out);
  }

  @Test
  void exitsWithOneSayingWhatIsWrongWithAModelOfTheWrongInputs() throws Exception {
    Path model = TestModels.writeWrongInput(dir);
    Path in = TestRecordings.clipped(dir.resolve("in.wav"));

    CliRun run = declip("restore", in, "-o", outDir.resolve("out.wav"), "--model", model);

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
    assertThat(run.errLines())
        .singleElement()
        .asString()
        .startsWith("declip: wrong-input.onnx: ")
        .contains("[N, 2, T]", "[N, 3, T]");
    assertThat(filesIn(outDir)).isEmpty();
  }

  @Test
  void exitsWithOneExplainingThatMp3CannotBeWritten() throws Exception {
    Path in = TestRecordings.clipped(dir.resolve("in.wav"));

    CliRun run = declip("restore", in, "-o", outDir.resolve("out.mp3"), "--algorithm", "cubic");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
    assertThat(run.errLines())
        .singleElement()
        .asString()
        .startsWith("declip: out.mp3: ")
        .contains("only WAV and FLAC");
    assertThat(filesIn(outDir)).isEmpty();
  }

  @Test
  void exitsWithOneWhenTheOutputFolderDoesNotExist() throws Exception {
    Path in = TestRecordings.clipped(dir.resolve("in.wav"));

    CliRun run =
        declip("restore", in, "-o", dir.resolve("missing/out.wav"), "--algorithm", "cubic");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
    assertThat(run.errLines()).singleElement().asString().contains("folder does not exist");
  }

  @Test
  void exitsWithOneWhenTheInputDoesNotExist() throws Exception {
    CliRun run = declip("restore", dir.resolve("missing.wav"), "-o", outDir.resolve("out.wav"));

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
    assertThat(run.errLines()).last().asString().isEqualTo("declip: missing.wav: file not found");
    assertThat(filesIn(outDir)).isEmpty();
  }

  @Test
  void exitsWithOneSayingSoWhenTheOutDirIsAFile() throws Exception {
    Path in = TestRecordings.clipped(dir.resolve("in.wav"));
    Path file = Files.writeString(dir.resolve("not-a-folder"), "x");

    CliRun run = declip("restore", in, "--out-dir", file, "--algorithm", "cubic");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
    assertThat(run.errLines())
        .singleElement()
        .asString()
        .contains("not-a-folder", "needs a folder");
    assertThat(file).hasContent("x");
  }

  private static List<Path> filesIn(Path folder) throws IOException {
    try (var files = Files.list(folder)) {
      return files.toList();
    }
  }
}
