package dev.declip.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TerminalProgressTest {

  /** Every line the bar drew: the frames between carriage returns, without the erasing blanks. */
  private static List<String> frames(int width, String label) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    try (TerminalProgress bar = new TerminalProgress(out, true, label, width)) {
      for (long done = 0; done <= 2_646_000; done += 529_200) {
        bar.progress("counting clipped samples", done, 2_646_000);
        Thread.sleep(120); // the library redraws every 100 ms
      }
    }
    return Arrays.stream(bytes.toString(StandardCharsets.UTF_8).split("[\r\n]"))
        .filter(line -> !line.isBlank())
        .toList();
  }

  @ParameterizedTest
  @ValueSource(ints = {40, 60, 80, 200})
  void aLineNeverOutgrowsTheTerminalAndAlwaysShowsThePercentage(int width) throws Exception {
    List<String> frames = frames(width, "battle-epic-clipped-and-long-named.flac");
    assertThat(frames).isNotEmpty();
    for (String frame : frames) {
      assertThat(frame.length()).as(frame).isLessThanOrEqualTo(width);
      assertThat(frame).as(frame).containsPattern("\\d+% \\[");
    }
  }

  @Test
  void aWideTerminalShowsTheFileNameAndTheTimeLeft() throws Exception {
    String last = frames(200, "take.flac").get(frames(200, "take.flac").size() - 1);
    assertThat(last).startsWith("take.flac  counting clipped samples").contains("100%", " / ");
  }

  @Test
  void aNarrowTerminalKeepsTheStageAndDropsTheFileName() throws Exception {
    List<String> frames = frames(40, "take.flac");
    assertThat(frames).allSatisfy(f -> assertThat(f).doesNotContain("take.flac"));
  }

  @Test
  void aBarTurnedOffWritesNothing() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (TerminalProgress bar =
        new TerminalProgress(
            new PrintStream(bytes, true, StandardCharsets.UTF_8), false, "x", 80)) {
      bar.progress("restoring", 1, 2);
    }
    assertThat(bytes.size()).isZero();
  }
}
