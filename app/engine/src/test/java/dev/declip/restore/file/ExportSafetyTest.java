package dev.declip.restore.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.declip.audio.AudioData;
import dev.declip.audio.AudioFileException;
import dev.declip.audio.AudioFiles;
import dev.declip.audio.AudioInfo;
import dev.declip.audio.Container;
import dev.declip.audio.OutputFormat;
import dev.declip.audio.SampleEncoding;
import dev.declip.progress.Cancellation;
import dev.declip.progress.OperationCancelledException;
import dev.declip.progress.ProgressListener;
import dev.declip.samples.ArraySampleStore;
import dev.declip.samples.SampleStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The input is never overwritten and a failed or cancelled export leaves no file behind. */
class ExportSafetyTest {
  private static final int RATE = 8000;

  /** Three blocks, so that an export can stop in the middle. */
  private static final int FRAMES = 2 * AudioExporter.BLOCK_FRAMES + 100;

  @TempDir Path dir;

  private final AudioExporter exporter = new AudioExporter();
  private final SampleStore audio =
      new ArraySampleStore(new float[][] {AudioExporterTest.sine(FRAMES, 0.5, 100)}, RATE);

  private Path writeSource(String name) throws IOException {
    Path source = dir.resolve(name);
    float[][] samples = {new float[] {0.1f, 0.2f, 0.3f}};
    AudioFiles.writeAll(
        source,
        new OutputFormat(Container.WAV, SampleEncoding.PCM_16),
        new AudioData(new AudioInfo(Container.WAV, RATE, 1, 16, false, 3), samples));
    return source;
  }

  private ExportResult export(Path source, Path destination, Cancellation cancellation)
      throws IOException {
    return exporter.export(
        ExportRequest.of(RestoredStore.over(audio), source, destination, SampleEncoding.PCM_16),
        ProgressListener.NONE,
        cancellation);
  }

  private String[] filesIn(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(p -> p.getFileName().toString()).sorted().toArray(String[]::new);
    }
  }

  @Test
  void refusesToOverwriteTheSourceFile() throws IOException {
    Path source = writeSource("song.wav");
    byte[] before = Files.readAllBytes(source);

    assertThatThrownBy(() -> export(source, dir.resolve("./song.wav"), Cancellation.NEVER))
        .isInstanceOf(AudioFileException.class)
        .hasMessageEndingWith(
            "song.wav: output is the input file; choose another name (the input is"
                + " never overwritten)");
    assertThat(Files.readAllBytes(source)).isEqualTo(before);
  }

  @Test
  void refusesALinkToTheSourceFile() throws IOException {
    Path source = writeSource("song.wav");
    Path link = Files.createSymbolicLink(dir.resolve("link.wav"), source);

    assertThatThrownBy(() -> export(source, link, Cancellation.NEVER))
        .isInstanceOf(AudioFileException.class)
        .hasMessageContaining("never overwritten");
  }

  @Test
  void refusesTheSourceReachedThroughALinkedFolder() throws IOException {
    Path source = writeSource("song.wav");
    Path linkedFolder = Files.createSymbolicLink(dir.resolve("alias"), dir);

    assertThatThrownBy(() -> export(source, linkedFolder.resolve("song.wav"), Cancellation.NEVER))
        .isInstanceOf(AudioFileException.class)
        .hasMessageContaining("never overwritten");
  }

  @Test
  void cancelledExportLeavesNoFile() throws IOException {
    Cancellation.Flag cancel = new Cancellation.Flag();
    ExportRequest request =
        ExportRequest.of(
            RestoredStore.over(audio), null, dir.resolve("out.wav"), SampleEncoding.PCM_16);
    ProgressListener cancelMidway =
        (stage, done, total) -> {
          if (stage.equals("encoding")) {
            cancel.cancel();
          }
        };

    assertThatThrownBy(() -> exporter.export(request, cancelMidway, cancel))
        .isInstanceOf(OperationCancelledException.class);
    assertThat(filesIn(dir)).isEmpty();
  }

  @Test
  void cancelledExportLeavesAnExistingDestinationAsItWas() throws IOException {
    Path existing = Files.writeString(dir.resolve("out.wav"), "earlier export");
    Cancellation.Flag cancel = new Cancellation.Flag();
    ExportRequest request =
        ExportRequest.of(RestoredStore.over(audio), null, existing, SampleEncoding.PCM_16);

    assertThatThrownBy(
            () -> exporter.export(request, (stage, done, total) -> cancel.cancel(), cancel))
        .isInstanceOf(OperationCancelledException.class);
    assertThat(Files.readString(existing)).isEqualTo("earlier export");
    assertThat(filesIn(dir)).containsExactly("out.wav");
  }

  @Test
  void failureWhileEncodingLeavesNoFile() throws IOException {
    SampleStore failing = new FailingStore(audio, 5);
    ExportRequest request =
        ExportRequest.of(
            RestoredStore.over(failing), null, dir.resolve("out.flac"), SampleEncoding.PCM_24);

    assertThatThrownBy(() -> exporter.export(request, ProgressListener.NONE, Cancellation.NEVER))
        .isInstanceOf(UncheckedIOException.class);
    assertThat(filesIn(dir)).isEmpty();
  }

  @Test
  void missingFolderIsNamedAndNothingIsWritten() {
    Path destination = dir.resolve("gone").resolve("out.wav");

    assertThatThrownBy(() -> export(null, destination, Cancellation.NEVER))
        .isInstanceOf(AudioFileException.class)
        .hasMessage(destination + ": the output folder does not exist");
  }

  @Test
  void existingDestinationIsKeptWhenReplacingWasNotAllowed() throws IOException {
    Path existing = Files.writeString(dir.resolve("out.wav"), "keep me");
    ExportRequest request =
        ExportRequest.of(RestoredStore.over(audio), null, existing, SampleEncoding.PCM_16)
            .withReplaceExisting(false);

    assertThatThrownBy(() -> exporter.export(request, ProgressListener.NONE, Cancellation.NEVER))
        .isInstanceOf(AudioFileException.class)
        .hasMessage(existing + ": already exists; nothing was written");
    assertThat(Files.readString(existing)).isEqualTo("keep me");
  }

  /** A store whose disk fails on its n-th read, as a disk-backed store's could. */
  private static final class FailingStore implements SampleStore {
    private final SampleStore inner;
    private int readsLeft;

    FailingStore(SampleStore inner, int failOnRead) {
      this.inner = inner;
      this.readsLeft = failOnRead;
    }

    @Override
    public int channels() {
      return inner.channels();
    }

    @Override
    public long frames() {
      return inner.frames();
    }

    @Override
    public int sampleRate() {
      return inner.sampleRate();
    }

    @Override
    public void read(int channel, long fromFrame, float[] dst, int offset, int length) {
      if (--readsLeft == 0) {
        throw new UncheckedIOException(new IOException("sample cache unreadable"));
      }
      inner.read(channel, fromFrame, dst, offset, length);
    }

    @Override
    public void close() {
      inner.close();
    }
  }
}
