package dev.declip.training.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.declip.training.data.Batch;
import dev.declip.training.data.BatchSource;
import dev.declip.training.data.DataException;
import dev.declip.training.data.DataOptions;
import dev.declip.training.data.Dataset;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusTest {
  @TempDir static Path dir;
  private static Path manifest;
  private static final DataOptions OPTIONS = DataOptions.of(TestCorpus.RATE, 1024);

  @BeforeAll
  static void corpus() throws IOException {
    manifest = TestCorpus.write(dir);
  }

  @Test
  void validatesOnTheValidationSplitGenreByGenreAndNeverReadsTheTestSplit() throws Exception {
    Dataset data = Corpus.load(manifest, OPTIONS);

    assertThat(data.validationGroups()).containsOnlyKeys("music", "speech");
    assertThat(data.validationGroups().get("music"))
        .hasSize(Corpus.VALIDATION_WINDOWS_PER_GENRE)
        .allSatisfy(w -> assertThat(w.source()).startsWith("music/music-validation"));
    assertThat(data.validation()).hasSize(2 * Corpus.VALIDATION_WINDOWS_PER_GENRE);
    assertThat(data.train()).isEmpty();
    assertThat(data.hasClean()).isTrue();
    assertThat(data.summary().filesUsed()).isEqualTo(4);
  }

  @Test
  void streamsCleanBatchesOfTheCropLengthTheSameForTheSameSeedAndEpoch() throws Exception {
    BatchSource source = Corpus.load(manifest, OPTIONS).batches(3, 7, 256);
    Batch first = source.epoch(2).next();
    Batch again = Corpus.load(manifest, OPTIONS).batches(3, 7, 256).epoch(2).next();
    Batch other = source.epoch(3).next();

    assertThat(first.size()).isEqualTo(3);
    assertThat(first.length()).isEqualTo(256);
    assertThat(first.hasClean()).isTrue();
    assertThat(again.clean()).isDeepEqualTo(first.clean());
    assertThat(again.clipped()).isDeepEqualTo(first.clipped());
    assertThat(other.clean()[0]).isNotEqualTo(first.clean()[0]);
    // Four training tracks of 2 s at 8 kHz: one nominal epoch covers them once.
    assertThat(source.batchesPerEpoch()).isEqualTo(4 * 16000 / 256 / 3);
  }

  @Test
  void aRateTheCorpusDoesNotHaveIsNamed() {
    assertThatThrownBy(() -> Corpus.load(manifest, DataOptions.of(44100, 1024)))
        .isInstanceOf(DataException.class)
        .hasMessageContaining("no training tracks at 44100 Hz");
  }

  @Test
  void aFileThatIsNotAManifestIsRefused() throws IOException {
    Path notes = Files.writeString(dir.resolve("notes.tsv"), "hello\n");

    assertThatThrownBy(() -> Corpus.load(notes, OPTIONS))
        .isInstanceOf(DataException.class)
        .hasMessageContaining("not a corpus manifest");
  }
}
