package dev.declip.cli;

import static dev.declip.cli.CliRun.declip;
import static org.assertj.core.api.Assertions.assertThat;

import dev.declip.model.TestModels;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InfoCommandTest {

  @TempDir Path dir;

  @Test
  void printsTheSampleRateAndWindowOfAModel() throws Exception {
    Path model = TestModels.writeRandomUNet(dir);

    CliRun run = declip("info", model);

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out())
        .containsPattern("(?m)^model +" + model.getFileName())
        .containsPattern("(?m)^sample rate +" + TestModels.SAMPLE_RATE + " Hz")
        .containsPattern("(?m)^window +" + TestModels.WINDOW + " samples")
        .containsPattern("(?m)^training +random weights, untrained");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void warnsOnStderrWhenTheModelStatesNoMetadata() throws Exception {
    Path model = TestModels.writeWithoutMetadata(dir);

    CliRun run = declip("info", model);

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.errLines())
        .isNotEmpty()
        .allSatisfy(line -> assertThat(line).startsWith("declip: warning: "));
  }

  @Test
  void exitsWithOneOnAFileThatIsNotAModel() throws Exception {
    Path model =
        Files.write(dir.resolve("model.onnx"), new byte[] {0x7f, 'E', 'L', 'F', 1, 2, 3, 4, 5});

    CliRun run = declip("info", model);

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
    assertThat(run.errLines())
        .singleElement()
        .asString()
        .startsWith("declip: ")
        .contains("model.onnx");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void exitsWithOneSayingWhichContractAModelBreaks() throws Exception {
    Path model = TestModels.writeWrongInput(dir);

    CliRun run = declip("info", model);

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
    assertThat(run.errLines())
        .singleElement()
        .asString()
        .startsWith("declip: wrong-input.onnx: ")
        .contains("[N, 3, T]");
  }
}
