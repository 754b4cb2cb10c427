package dev.declip.audio;

import java.io.IOException;

/** Encodes planar float blocks into a file. {@link #close()} finishes the file. */
public interface AudioSink extends AutoCloseable {

  void write(float[][] buffer, int frames) throws IOException;

  @Override
  void close() throws IOException;
}
