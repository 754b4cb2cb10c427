package dev.declip.cli;

import static dev.declip.cli.CliRun.declip;
import static org.assertj.core.api.Assertions.assertThat;

import dev.declip.bundle.BundledFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code declip restore} prints where: results on stdout, everything else on stderr. */
class RestoreCommandOutputTest {

  @TempDir Path dir;

  @Test
  void printsOneResultLinePerFileOnStdout() throws Exception {
    Path a = TestRecordings.clipped(dir.resolve("a.wav"));
    Path b = TestRecordings.clipped(dir.resolve("b.flac"));
    Path out = dir.resolve("out");

    CliRun run = declip("restore", a, b, "--out-dir", out, "--algorithm", "cubic");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.outLines()).hasSize(2);
    assertThat(run.outLines().get(0))
        .startsWith(a + " -> " + out.resolve("a-declipped.wav") + ": cubic, ");
    assertThat(run.outLines().get(1))
        .startsWith(b + " -> " + out.resolve("b-declipped.flac") + ": cubic, ");
  }

  @Test
  void saysOnStderrThatItFallsBackToCubicWhenTheModelsFolderHoldsNoModel() throws Exception {
    Path in = TestRecordings.clipped(dir.resolve("in.wav"));
    Path emptyModels = Files.createDirectory(dir.resolve("models"));
    Path stdout = dir.resolve("stdout.txt");
    Path stderr = dir.resolve("stderr.txt");

    // As an installation without a model: the launcher points declip.models at an empty folder.
    Process declip =
        ChildDeclip.start(
            List.of("-D" + BundledFiles.MODELS_PROPERTY + "=" + emptyModels),
            stdout,
            stderr,
            "restore",
            in.toString(),
            "-o",
            dir.resolve("out.wav").toString());

    assertThat(declip.waitFor(120, TimeUnit.SECONDS)).as("finished").isTrue();
    assertThat(declip.exitValue()).as(Files.readString(stderr)).isZero();
    assertThat(Files.readString(stderr)).contains("using cubic interpolation");
    assertThat(Files.readAllLines(stdout))
        .singleElement()
        .asString()
        .startsWith(in + " -> ")
        .contains(": cubic, ");
  }

  @Test
  void warnsOnStderrWhenTheGainIsLoweredToFitRestoredPeaks() throws Exception {
    Path in = TestRecordings.clipped(dir.resolve("in.wav"), 1.0f);

    CliRun run = declip("restore", in, "-o", dir.resolve("out.wav"), "--algorithm", "cubic");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.errLines())
        .anySatisfy(line -> assertThat(line).startsWith("declip: in.wav: gain reduced by"));
    assertThat(run.outLines())
        .singleElement()
        .asString()
        .contains("gain -")
        .doesNotContain("reduced");
  }

  @Test
  void printsTheResultLineWithDotDecimalsWhateverTheLocale() throws Exception {
    Path in = TestRecordings.clipped(dir.resolve("in.wav"));
    Locale before = Locale.getDefault();
    CliRun run;
    try {
      Locale.setDefault(Locale.GERMANY);
      run = declip("restore", in, "-o", dir.resolve("out.wav"), "--algorithm", "cubic");
    } finally {
      Locale.setDefault(before);
    }

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out())
        .containsPattern("gain [+-]\\d+\\.\\d\\d dB")
        .containsPattern("real-time factor \\d+\\.\\d{3}");
  }
}
