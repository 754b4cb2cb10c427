package dev.declip.desktop.open;

import dev.declip.audio.AudioInfo;
import dev.declip.clipping.ClippingReport;
import dev.declip.desktop.waveform.MinMaxPyramid;
import dev.declip.levels.BlockPeaks;
import dev.declip.samples.SampleStore;
import java.nio.file.Path;

/**
 * A recording as the window holds it after opening: the file, its format, the decoded samples and
 * their min/max summary for drawing, its clipping and its peaks per block (measured while decoding,
 * so a restore and an export know the levels without another pass).
 */
public record OpenedRecording(
    Path file,
    AudioInfo info,
    SampleStore samples,
    MinMaxPyramid pyramid,
    ClippingReport clipping,
    BlockPeaks peaks)
    implements AutoCloseable {

  /** The largest magnitude of the recording. */
  public float peak() {
    return peaks.samplePeak();
  }

  /** Deletes the decoded samples' temporary file. */
  @Override
  public void close() {
    samples.close();
  }

  /** The same recording counted again with other clip levels (the samples are shared). */
  public OpenedRecording withClipping(ClippingReport report) {
    return new OpenedRecording(file, info, samples, pyramid, report, peaks);
  }
}
