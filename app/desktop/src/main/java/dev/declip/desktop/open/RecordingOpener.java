package dev.declip.desktop.open;

import dev.declip.audio.AudioFiles;
import dev.declip.audio.AudioInfo;
import dev.declip.audio.AudioSource;
import dev.declip.desktop.detect.ClippingScan;
import dev.declip.desktop.samples.DiskSampleStore;
import dev.declip.desktop.waveform.MinMaxPyramid;
import dev.declip.desktop.waveform.PyramidBuilder;
import dev.declip.progress.Cancellation;
import dev.declip.progress.ProgressListener;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Opening a file: decode it to a temporary float file (summarising it for the waveform on the way),
 * then find its clipping. Blocking; the window runs it in a Task.
 */
public final class RecordingOpener {
  private RecordingOpener() {}

  public static OpenedRecording open(
      Path file, ProgressListener progress, Cancellation cancellation) throws IOException {
    AudioInfo header;
    try (AudioSource source = AudioFiles.open(file)) {
      header = source.info();
    }
    PyramidBuilder summary = MinMaxPyramid.builder(header.channels());
    DiskSampleStore samples = DiskSampleStore.decode(file, summary, progress, cancellation);
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
      return new OpenedRecording(
          file, info, samples, summary.build(samples), scan.report(), scan.peak());
    } catch (IOException | RuntimeException e) {
      samples.close();
      throw e;
    }
  }
}
