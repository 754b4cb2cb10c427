package dev.declip.desktop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class StudioArgumentsTest {
  @Test
  void noArgumentsOpenNothing() {
    assertThat(StudioArguments.parse(List.of()).file()).isEmpty();
  }

  @Test
  void aFileArgumentIsOpened() {
    assertThat(StudioArguments.parse(List.of("take.flac")).file()).contains(Path.of("take.flac"));
  }

  @Test
  void screenshotTakesItsOutputAndAnOptionalFile() {
    StudioArguments args = StudioArguments.parse(List.of("--screenshot", "shot.png", "take.flac"));
    assertThat(args.screenshot()).contains(Path.of("shot.png"));
    assertThat(args.file()).contains(Path.of("take.flac"));
  }

  @Test
  void anUnknownOptionIsRefusedWithTheUsage() {
    assertThatThrownBy(() -> StudioArguments.parse(List.of("--fast")))
        .hasMessageContaining("usage: declip-studio");
  }

  @Test
  void welcomeAsksForAScreenshotOfTheFirstStart() {
    StudioArguments args = StudioArguments.parse(List.of("--screenshot", "shot.png", "--welcome"));
    assertThat(args.welcome()).isTrue();
    assertThat(args.file()).isEmpty();
  }

  @Test
  void welcomeWithoutAScreenshotIsRefused() {
    assertThatThrownBy(() -> StudioArguments.parse(List.of("--welcome")))
        .hasMessageContaining("--welcome goes with --screenshot");
  }

  @Test
  void historyAsksForAScreenshotOfTwoRestoresCompared() {
    StudioArguments args =
        StudioArguments.parse(List.of("--screenshot", "shot.png", "--history", "take.flac"));
    assertThat(args.history()).isTrue();
    assertThat(args.file()).contains(java.nio.file.Path.of("take.flac"));
  }

  @Test
  void historyWithoutAScreenshotIsRefused() {
    assertThatThrownBy(() -> StudioArguments.parse(List.of("--history")))
        .hasMessageContaining("--history goes with --screenshot");
  }

  @Test
  void exportAsksForAScreenshotOfTheExportDialog() {
    StudioArguments args =
        StudioArguments.parse(List.of("--screenshot", "shot.png", "--export", "take.wav"));
    assertThat(args.export()).isTrue();
    assertThatThrownBy(() -> StudioArguments.parse(List.of("--export", "take.wav")))
        .hasMessageContaining("--export goes with --screenshot");
  }
}
