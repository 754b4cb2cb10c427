package dev.declip.audio;

import java.io.IOException;

/**
 * A decoded audio stream, read block by block so that long files never sit in the heap whole.
 * Samples are planar floats on the [-1, 1] full-scale range.
 */
public interface AudioSource extends AutoCloseable {

  AudioInfo info();

  /**
   * Reads up to {@code frames} frames into {@code buffer[channel][0..frames)}.
   *
   * @return frames read (at least 1 when {@code frames > 0}), or -1 at the end of the stream
   * @throws AudioFileException when the stream is truncated or corrupt
   */
  int read(float[][] buffer, int frames) throws IOException;

  @Override
  void close() throws IOException;
}
