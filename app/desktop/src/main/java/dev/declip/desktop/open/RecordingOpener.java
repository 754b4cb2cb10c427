package dev.declip.desktop.open;

import dev.declip.audio.AudioFiles;
import dev.declip.audio.AudioInfo;
import dev.declip.audio.AudioSource;
import dev.declip.desktop.detect.ClippingScan;
import dev.declip.desktop.samples.SampleStore;
import dev.declip.progress.Cancellation;
import dev.declip.progress.ProgressListener;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/** Opening a file: decode it, then find its clipping. Blocking; the window runs it in a Task. */
public final class RecordingOpener {
  private RecordingOpener() {}

  public static OpenedRecording open(
      Path file, ProgressListener progress, Cancellation cancellation) throws IOException {
    AudioInfo header;
    try (AudioSource source = AudioFiles.open(file)) {
      header = source.info();
    }
    SampleStore samples = RecordingDecoder.decode(file, progress, cancellation);
    try {
      AudioInfo info =
          new AudioInfo(
              header.container(),
              header.sampleRate(),
              header.channels(),
              header.bitsPerSample(),
              header.floatingPoint(),
              samples.frames());
      ClippingScan.Result scan =
          ClippingScan.run(samples, info, Optional.empty(), progress, cancellation);
      return new OpenedRecording(file, info, samples, scan.report(), scan.peak());
    } catch (IOException | RuntimeException e) {
      samples.close();
      throw e;
    }
  }
}
