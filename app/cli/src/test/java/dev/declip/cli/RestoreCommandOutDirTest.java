package dev.declip.cli;

import static dev.declip.cli.CliRun.declip;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --out-dir} restores several inputs, each into IN-declipped.EXT. */
class RestoreCommandOutDirTest {

  @TempDir Path dir;

  @Test
  void namesEachOutputAfterItsInputInTheFolderItCreates() throws Exception {
    Path a = TestRecordings.clipped(dir.resolve("take one.wav"));
    Path b = TestRecordings.clipped(dir.resolve("take.two.flac"));
    Path out = dir.resolve("restored/today");

    CliRun run = declip("restore", a, b, "--out-dir", out, "--algorithm", "cubic");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(out.resolve("take one-declipped.wav")).isRegularFile();
    assertThat(out.resolve("take.two-declipped.flac")).isRegularFile();
    try (var files = Files.list(out)) {
      assertThat(files).hasSize(2);
    }
  }

  @Test
  void writesWavForAnInputThatCannotBeWritten() throws Exception {
    Path mp3 = TestRecordings.clippedMp3(dir);
    Path out = dir.resolve("out");

    CliRun run =
        declip("restore", mp3, "--out-dir", out, "--algorithm", "cubic", "--levels", "-7dB");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(out.resolve("clipped-half-scale-declipped.wav")).isRegularFile();
  }

  @Test
  void writesTheFormatAskedFor() throws Exception {
    Path in = TestRecordings.clipped(dir.resolve("in.wav"));
    Path out = dir.resolve("out");

    CliRun run =
        declip("restore", in, "--out-dir", out, "--format", "flac", "--algorithm", "cubic");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(out.resolve("in-declipped.flac")).isRegularFile();
  }

  @Test
  void refusesOneOutputFileForTwoInputsAsAUsageError() throws Exception {
    Path a = TestRecordings.clipped(dir.resolve("a.wav"));
    Path b = TestRecordings.clipped(dir.resolve("b.wav"));

    CliRun run = declip("restore", a, b, "-o", dir.resolve("out.wav"), "--algorithm", "cubic");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines())
        .singleElement()
        .asString()
        .startsWith("declip: ")
        .contains("--out-dir");
    assertThat(dir.resolve("out.wav")).doesNotExist();
  }

  @Test
  void neverWritesOverAnotherInputOfTheSameRunEvenWithOverwrite() throws Exception {
    Path c = TestRecordings.clipped(dir.resolve("c.wav"));
    Path second = TestRecordings.clipped(dir.resolve("c-declipped.wav"));
    byte[] before = Files.readAllBytes(second);

    CliRun run =
        declip("restore", c, second, "--out-dir", dir, "--overwrite", "--algorithm", "cubic");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
    assertThat(run.errLines())
        .singleElement()
        .asString()
        .startsWith("declip: ")
        .contains(second.toString(), "is an input of this run");
    assertThat(Files.readAllBytes(second)).isEqualTo(before);
    assertThat(dir.resolve("c-declipped-declipped.wav")).doesNotExist();
  }

  @Test
  void refusesTwoInputsWhoseOutputsWouldShareANameBeforeWritingAnything() throws Exception {
    Path a = TestRecordings.clipped(Files.createDirectories(dir.resolve("a")).resolve("x.wav"));
    Path b = TestRecordings.clipped(Files.createDirectories(dir.resolve("b")).resolve("x.wav"));
    Path out = dir.resolve("out");

    CliRun run = declip("restore", a, b, "--out-dir", out, "--overwrite", "--algorithm", "cubic");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
    assertThat(run.errLines())
        .singleElement()
        .asString()
        .contains(a.toString(), b.toString(), out.resolve("x-declipped.wav").toString());
    assertThat(out.resolve("x-declipped.wav")).doesNotExist();
  }

  @Test
  void refusesAFormatItCannotWriteAsAUsageError() throws Exception {
    Path in = TestRecordings.clipped(dir.resolve("in.wav"));

    CliRun run =
        declip("restore", in, "--out-dir", dir.resolve("out"), "--format", "mp3", "-a", "cubic");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
    assertThat(run.errLines()).singleElement().asString().contains("--format", "wav", "flac");
  }

  @Test
  void refusesAFormatThatContradictsTheOutputFile() throws Exception {
    Path in = TestRecordings.clipped(dir.resolve("in.wav"));

    CliRun run =
        declip("restore", in, "-o", dir.resolve("out.wav"), "--format", "flac", "-a", "cubic");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
    assertThat(run.errLines()).singleElement().asString().contains("--format flac", "out.wav");
    assertThat(dir.resolve("out.wav")).doesNotExist();
  }

  @Test
  void acceptsAFormatThatAgreesWithTheOutputFile() throws Exception {
    Path in = TestRecordings.clipped(dir.resolve("in.wav"));

    CliRun run =
        declip("restore", in, "-o", dir.resolve("out.flac"), "--format", "flac", "-a", "cubic");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(dir.resolve("out.flac")).isRegularFile();
  }
}
