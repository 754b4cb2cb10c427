package dev.declip.samples;

import dev.declip.audio.AudioInfo;
import dev.declip.levels.BlockPeaks;

/**
 * A file decoded once into a sample store.
 *
 * @param info the file's format, with its length as decoded (some MP3 and Ogg headers do not say)
 * @param samples the decoded samples; the caller closes them
 * @param peaks the sample and true peaks of each block, measured as it was decoded
 */
public record DecodedAudio(AudioInfo info, DiskSampleStore samples, BlockPeaks peaks)
    implements AutoCloseable {

  /** The largest magnitude decoded. */
  public float peak() {
    return peaks.samplePeak();
  }

  /** Deletes the samples' temporary file. */
  @Override
  public void close() {
    samples.close();
  }
}
