package dev.declip.cli;

import static dev.declip.cli.CliRun.declip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.declip.bundle.BundledFiles;
import java.nio.file.Path;
import java.util.Locale;
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
  void saysOnStderrThatItFallsBackToCubicWithoutAModel() throws Exception {
    assumeTrue(BundledFiles.defaultModel().isEmpty(), "a default model is installed");
    Path in = TestRecordings.clipped(dir.resolve("in.wav"));

    CliRun run = declip("restore", in, "-o", dir.resolve("out.wav"));

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.err()).contains("using cubic interpolation");
    assertThat(run.outLines())
        .singleElement()
        .asString()
        .startsWith(in + " -> ")
        .doesNotContain("interpolation");
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
