package dev.declip.cli;

import static dev.declip.cli.CliRun.declip;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HelpAndVersionTest {

  @TempDir Path dir;

  @Test
  void rootHelpListsTheSubcommandsExamplesAndExitCodes() {
    CliRun run = declip("--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .containsPattern("(?m)^\\s+detect\\s")
        .containsPattern("(?m)^\\s+restore\\s")
        .containsPattern("(?m)^\\s+info\\s")
        .containsPattern("(?m)^\\s+benchmark\\s")
        .contains("Examples:", "declip restore song.wav -o song-restored.wav", "Exit codes:")
        .containsPattern("(?m)^\\s+0\\s+success")
        .containsPattern("(?m)^\\s+1\\s+an input could not be read")
        .containsPattern("(?m)^\\s+2\\s+invalid command line")
        .containsPattern("(?m)^\\s+3\\s+no clipping found")
        .containsPattern("(?m)^\\s+130\\s+cancelled");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void restoreHelpListsItsOptionsAndExitCodes() {
    CliRun run = declip("restore", "--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("-o, --output=OUT", "--out-dir=DIR", "--format=FMT", "--bits=BITS", "--gain=GAIN")
        .contains(
            "--tau=TAU",
            "--no-consistency",
            "--overwrite",
            "-a, --algorithm=NAME",
            "-m, --model=MODEL.onnx")
        .contains("--device=DEVICE", "--threads=N", "-l, --levels=LEVELS", "--no-progress")
        .contains("Examples:", "Exit codes:")
        .containsPattern("(?m)^\\s+130\\s+cancelled")
        .containsPattern("(?m)^\\s+3\\s+no clipping found");
  }

  @Test
  void detectHelpListsOnlyTheExitCodesDetectReturns() throws Exception {
    CliRun run = declip("detect", "--help");

    assertThat(run.out()).contains("Exit codes:").doesNotContainPattern("(?m)^\\s+3\\s+");
    Path silence = TestRecordings.quietSine(dir.resolve("quiet.wav"));
    assertThat(declip("detect", silence, "--no-progress").exitCode()).isZero();
  }

  @Test
  void helpSubcommandShowsTheSameHelpAsTheOption() {
    assertThat(declip("help", "restore").out()).isEqualTo(declip("restore", "--help").out());
  }

  @Test
  void printsTheVersionMavenWroteIntoTheBuild() throws Exception {
    Properties built = new Properties();
    try (InputStream in = getClass().getResourceAsStream("/declip-version.properties")) {
      built.load(in);
    }
    String version = built.getProperty("version");
    assertThat(version).matches("\\d+\\.\\d+\\.\\d+.*");

    CliRun run = declip("--version");

    assertThat(run.exitCode()).isZero();
    assertThat(run.outLines().get(0)).isEqualTo("declip " + version);
    assertThat(run.out()).doesNotContain("unknown");
  }
}
