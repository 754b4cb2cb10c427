package dev.declip.desktop.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RecentFilesTest {
  private static Path p(String name) {
    return Path.of("/music", name);
  }

  @Test
  void theFileOpenedLastComesFirst() {
    RecentFiles recent = RecentFiles.none().opened(p("a.wav")).opened(p("b.wav"));

    assertThat(recent.paths()).containsExactly(p("b.wav"), p("a.wav"));
  }

  @Test
  void reopeningAFileMovesItToTheFrontInsteadOfListingItTwice() {
    RecentFiles recent =
        RecentFiles.none()
            .opened(p("a.wav"))
            .opened(p("b.wav"))
            .opened(Path.of("/music/x/../a.wav"));

    assertThat(recent.paths()).containsExactly(p("a.wav"), p("b.wav"));
  }

  @Test
  void keepsTheTenMostRecentAndDropsTheOldest() {
    RecentFiles recent = RecentFiles.none();
    for (int i = 0; i < 12; i++) {
      recent = recent.opened(p(i + ".wav"));
    }

    assertThat(recent.paths())
        .hasSize(RecentFiles.MAX)
        .containsExactlyElementsOf(
            IntStream.iterate(11, i -> i - 1).limit(10).mapToObj(i -> p(i + ".wav")).toList());
  }

  @Test
  void aFileCanBeRemovedAfterItFailedToOpen() {
    RecentFiles recent = new RecentFiles(List.of(p("a.wav"), p("b.wav")));

    assertThat(recent.without(p("a.wav")).paths()).containsExactly(p("b.wav"));
  }

  @Test
  void existingDropsFilesThatAreGone() {
    RecentFiles recent =
        new RecentFiles(List.of(p("surely-not-here-" + System.nanoTime() + ".wav")));

    assertThat(recent.existing().paths()).isEmpty();
  }
}
