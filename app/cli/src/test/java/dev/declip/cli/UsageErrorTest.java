package dev.declip.cli;

import static dev.declip.cli.CliRun.declip;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A wrong command line exits 2 with a one-line reason (and a pointer to --help), never a trace. */
class UsageErrorTest {

  @TempDir Path dir;

  @ParameterizedTest(name = "declip {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "''                                         | Missing command",
        "frobnicate                                 | frobnicate",
        "restore IN -o OUT --frobnicate             | --frobnicate",
        "restore IN                                 | --out-dir",
        "restore IN -o OUT --bits 12                | '12' is not a bit depth",
        "restore IN -o OUT --levels 300dB           | 300dB",
        "restore IN -o OUT --levels loud            | loud",
        "restore IN -o OUT --gain loud              | 'loud' is not a gain",
        "restore IN -o OUT --gain +30dB             | between -96 and +24 dB",
        "restore IN -o OUT --algorithm magic        | magic",
        "restore IN -o OUT --from 1:75              | '1:75' is not a time",
        "restore IN -o OUT --from 2 --to 1          | --to must come after --from",
        "restore IN -o OUT --ceiling +1             | --ceiling",
        "restore IN -o OUT --gain -3 --makeup 2     | fixed gain already",
        "restore IN -o OUT --tau 1.5                | tau",
        "restore IN -o OUT --threads 0              | --threads",
        "detect IN --levels -1dB/-2dB/-3dB          | -2dB/-3dB",
      })
  void exitsWithTwoAndAOneLineReason(String arguments, String reason) throws Exception {
    Path in = TestRecordings.clipped(dir.resolve("in.wav"));
    List<String> args = new ArrayList<>();
    for (String a : arguments.split("\\s+")) {
      if (!a.isEmpty()) {
        args.add(
            a.equals("IN")
                ? in.toString()
                : a.equals("OUT") ? dir.resolve("out.wav").toString() : a);
      }
    }

    CliRun run = declip(args.toArray());

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
    assertThat(run.errLines().get(0)).startsWith("declip: ").contains(reason);
    assertThat(run.err()).doesNotContain("Exception", "\tat ");
    assertThat(run.out()).isEmpty();
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(in);
    }
  }
}
