package dev.declip.training.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class SyntheticCommandTest {

  @TempDir Path dir;

  @Test
  void runsAOneCellGridAndSaysWhereItWroteTheFiles() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(new SyntheticCommand());
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));

    int exit =
        cli.execute(
            "--dims",
            "1",
            "--fractions",
            "0.2",
            "--no-sweep",
            "--steps",
            "3",
            "-o",
            dir.toString());

    assertThat(exit).isZero();
    assertThat(out.toString()).contains(dir.resolve("synthetic.csv").toString());
    assertThat(err.toString()).contains("[1/1] grid mc+ei d=1 v=0.20");
  }

  @Test
  void refusesAGainBoundBelowTheLowerOne() {
    CommandLine cli = new CommandLine(new SyntheticCommand());
    cli.setErr(new PrintWriter(new StringWriter()));
    assertThat(cli.execute("--g-max", "0.4", "-o", dir.toString())).isEqualTo(2);
  }
}
