package dev.declip.samples;

import dev.declip.audio.AudioInfo;

/**
 * A file decoded once into a sample store.
 *
 * @param info the file's format, with its length as decoded (some MP3 and Ogg headers do not say)
 * @param samples the decoded samples; the caller closes them
 * @param peak the largest magnitude decoded
 */
public record DecodedAudio(AudioInfo info, DiskSampleStore samples, float peak)
    implements AutoCloseable {

  /** Deletes the samples' temporary file. */
  @Override
  public void close() {
    samples.close();
  }
}
