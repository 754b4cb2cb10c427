package dev.declip.training.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.declip.model.TestModels;
import dev.declip.training.data.Recordings;
import dev.declip.training.quality.ModelRoster;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QualityCommandTest {
  private static final int RATE = 22050;

  @TempDir static Path data;
  @TempDir static Path models;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  /** The layout bench/prepare-bench.sh writes, with two short synthetic "tracks" per set. */
  @BeforeAll
  static void benchData() throws Exception {
    for (int i = 0; i < 2; i++) {
      Recordings.write(
          data.resolve("wesnoth/test/track" + i + ".flac"),
          RATE,
          Recordings.music(2 * RATE, RATE, 0.6, i));
      Recordings.write(
          data.resolve("genre/track" + i + ".flac"),
          RATE,
          Recordings.music(2 * RATE, RATE, 0.9, 9 + i));
    }
    Path model = TestModels.writeRandomUNet(models);
    Files.move(model, models.resolve(ModelRoster.MCEI));
  }

  private int run(String... args) {
    return TrainCommand.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
  }

  @Test
  void printsTableTwoWithTheBaselinesAndEveryModelPresent(@TempDir Path work) throws Exception {
    Path md = work.resolve("tables.md");
    int code =
        run(
            "quality",
            "--data",
            data.toString(),
            "--models",
            models.toString(),
            "--sets",
            "table2",
            "--threads",
            "1",
            "--markdown",
            md.toString());

    assertThat(code).as(err.toString()).isZero();
    String table = out.toString();
    assertThat(table)
        .contains("Table II", "4 segments", "clipped input", "cubic interpolation", "A-SPADE")
        .contains("MC+EI, with mask", "tau 0.8", "tau 0.99", "no consistency");
    assertThat(gain(table, "clipped input")).isEqualTo(0.0);
    assertThat(gain(table, "cubic interpolation")).isPositive();
    assertThat(gain(table, "A-SPADE")).isGreaterThan(gain(table, "cubic interpolation"));
    assertThat(err.toString()).contains(ModelRoster.SUPERVISED, "train-models.sh");
    assertThat(Files.readString(md)).contains("| cubic interpolation |", "ΔSDR");
  }

  @Test
  void tableThreeClipsTheOtherAudioToTheAskedInputSdr() {
    int code =
        run(
            "quality",
            "--data",
            data.toString(),
            "--models",
            models.toString(),
            "--sets",
            "table3",
            "--table3-input-sdr",
            "10",
            "--threads",
            "1");

    assertThat(code).as(err.toString()).isZero();
    assertThat(out.toString()).contains("Table III", "MC+EI on music");
    // Each file is clipped to 10 dB; its 1-second segments scatter around it.
    assertThat(sdr(out.toString(), "clipped input")).isBetween(7.0, 13.0);
  }

  @Test
  void anUnknownSetIsAUsageErrorNamingTheChoices() {
    int code = run("quality", "--data", data.toString(), "--sets", "table9");

    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains("table9", "table2, sdr22050, sdr44100, table3");
  }

  @Test
  void aMissingDataFolderSaysToPrepareIt(@TempDir Path work) {
    int code = run("quality", "--data", work.resolve("none").toString(), "--sets", "table2");

    assertThat(code).isEqualTo(1);
    assertThat(err.toString()).contains("none").contains("folder not found");
  }

  private static double gain(String table, String row) {
    return column(table, row, 2);
  }

  private static double sdr(String table, String row) {
    return column(table, row, 1);
  }

  /** Columns of a row: 1 = mean SDR, 2 = gain. */
  private static double column(String table, String row, int which) {
    Matcher m =
        Pattern.compile(Pattern.quote(row) + "\\s+(-?[0-9.]+) \\+- +[0-9.]+ +([+-][0-9.]+)")
            .matcher(table);
    assertThat(m.find()).as(table).isTrue();
    return Double.parseDouble(m.group(which));
  }
}
