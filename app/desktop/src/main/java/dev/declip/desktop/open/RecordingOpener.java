package dev.declip.desktop.open;

import dev.declip.audio.AudioFiles;
import dev.declip.audio.AudioSource;
import dev.declip.desktop.waveform.MinMaxPyramid;
import dev.declip.desktop.waveform.PyramidBuilder;
import dev.declip.progress.Cancellation;
import dev.declip.progress.ProgressListener;
import dev.declip.restore.file.ClippingScan;
import dev.declip.samples.DecodedAudio;
import dev.declip.samples.DiskSampleStore;
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
    try (AudioSource source = AudioFiles.open(file)) {
      PyramidBuilder summary = MinMaxPyramid.builder(source.info().channels());
      DecodedAudio decoded = DiskSampleStore.decode(source, summary, progress, cancellation);
      try {
        ClippingScan.Result scan =
            ClippingScan.run(
                decoded.samples(), decoded.info(), Optional.empty(), progress, cancellation);
        return new OpenedRecording(
            file,
            decoded.info(),
            decoded.samples(),
            summary.build(decoded.samples()),
            scan.report(),
            decoded.peaks());
      } catch (IOException | RuntimeException e) {
        decoded.close();
        throw e;
      }
    }
  }
}
