package dev.declip.desktop.settings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.declip.desktop.settings.StudioSettings.WindowSize;
import dev.declip.model.DeviceChoice;
import dev.declip.restore.AlgorithmChoice;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsStoreTest {
  @TempDir Path dir;

  private final List<String> warnings = new ArrayList<>();

  private Path config() {
    return dir.resolve("config");
  }

  private SettingsStore store() {
    return new SettingsStore(config());
  }

  private Path file(String name) throws IOException {
    return Files.writeString(dir.resolve(name), "x");
  }

  @Test
  void roundTripsEverySetting() throws IOException {
    Path music = Files.createDirectory(dir.resolve("Müller – Aufnahmen"));
    Path model = file("model.onnx");
    StudioSettings saved =
        StudioSettings.defaults()
            .withLastFolder(music)
            .withModelPath(model)
            .withDevice(DeviceChoice.GPU)
            .withTau(0.8)
            .withAlgorithm(AlgorithmChoice.CUBIC)
            .withRecentFiles(new RecentFiles(List.of(file("b.wav"), file("a é.flac"))))
            .withWindow(new WindowSize(1400.5, 900))
            .withThreads(3)
            .withExport(
                new ExportPreference(
                    dev.declip.audio.SampleEncoding.PCM_24,
                    new dev.declip.restore.file.GainPolicy(
                        dev.declip.restore.file.GainPolicy.Mode.LIMIT, -1.5, 2.0)));

    store().save(saved);

    assertThat(store().load(warnings::add)).isEqualTo(saved);
    assertThat(warnings).isEmpty();
  }

  @Test
  void existsOnlyOnceSettingsWereSaved() throws IOException {
    SettingsStore store = store();
    assertThat(store.exists()).isFalse();
    store.load(warnings::add); // reading alone is no first start's end
    assertThat(store.exists()).isFalse();

    store.save(StudioSettings.defaults());

    assertThat(store.exists()).isTrue();
  }

  @Test
  void noFileGivesTheDefaultsWithoutWarning() {
    assertThat(store().load(warnings::add)).isEqualTo(StudioSettings.defaults());
    assertThat(warnings).isEmpty();
  }

  @Test
  void fileThatIsNotUtf8FallsBackToDefaultsWithAWarning() throws IOException {
    Files.createDirectories(config());
    Files.write(config().resolve(SettingsStore.FILE_NAME), new byte[] {'t', '=', (byte) 0xFF, 0});

    assertThat(store().load(warnings::add)).isEqualTo(StudioSettings.defaults());
    assertThat(warnings).singleElement().asString().contains("unreadable");
  }

  @Test
  void malformedEscapeFallsBackToDefaultsWithAWarning() throws IOException {
    Files.createDirectories(config());
    Files.writeString(config().resolve(SettingsStore.FILE_NAME), "device=GPU\ntau=\\uZZ\n");

    assertThat(store().load(warnings::add)).isEqualTo(StudioSettings.defaults());
    assertThat(warnings).singleElement().asString().contains("using default settings");
  }

  @Test
  void unusableValuesFallBackOneByOneAndTheRestIsKept() throws IOException {
    Files.createDirectories(config());
    Files.writeString(
        config().resolve(SettingsStore.FILE_NAME),
        "device=TPU\ntau=1.5\nalgorithm=CUBIC\nwindow.width=wide\nwindow.height=800\n",
        StandardCharsets.UTF_8);

    StudioSettings loaded = store().load(warnings::add);

    assertThat(loaded).isEqualTo(StudioSettings.defaults().withAlgorithm(AlgorithmChoice.CUBIC));
    assertThat(warnings).hasSize(3);
    assertThat(warnings.get(0)).contains("device: unknown value TPU; using CPU");
  }

  @Test
  void recentFilesThatNoLongerExistAreDroppedOnRead() throws IOException {
    Path kept = file("kept.wav");
    Path gone = file("gone.wav");
    store().save(StudioSettings.defaults().withRecentFiles(new RecentFiles(List.of(gone, kept))));
    Files.delete(gone);

    assertThat(store().load(warnings::add).recentFiles().paths()).containsExactly(kept);
  }

  @Test
  void aModelThatIsGoneIsForgottenWithAWarning() throws IOException {
    Path model = file("mine.onnx");
    store().save(StudioSettings.defaults().withModelPath(model));
    Files.delete(model);

    assertThat(store().load(warnings::add).modelPathIfAny()).isEmpty();
    assertThat(warnings).singleElement().asString().contains("bundled model");
  }

  @Test
  void aLastFolderThatIsGoneIsForgotten() throws IOException {
    Path folder = Files.createDirectory(dir.resolve("session"));
    store().save(StudioSettings.defaults().withLastFolder(folder));
    Files.delete(folder);

    assertThat(store().load(warnings::add).lastFolderIfAny()).isEmpty();
  }

  @Test
  void savingAgainReplacesTheFileAndLeavesNoTemporaryFiles() throws IOException {
    store().save(StudioSettings.defaults().withTau(0.5));

    store().save(StudioSettings.defaults().withTau(0.6));

    try (Stream<Path> files = Files.list(config())) {
      assertThat(files).containsExactly(config().resolve(SettingsStore.FILE_NAME));
    }
    assertThat(store().load().tau()).isEqualTo(0.6);
  }
}
