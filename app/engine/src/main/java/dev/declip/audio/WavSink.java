package dev.declip.audio;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Streams samples into a WAV file. The header is written with zero sizes first and patched on
 * {@link #close()}. Refuses to grow past the 4 GiB RIFF limit.
 */
final class WavSink implements AudioSink {

  static final long RIFF_LIMIT = 0xFFFFFFFFL;

  private final String name;
  private final FileChannel out;
  private final WavHeaderWriter header;
  private final PcmLayout layout;
  private final int channels;
  private final int frameBytes;
  private long dataBytes;
  private byte[] block = new byte[0];
  private boolean closed;

  WavSink(Path file, SampleEncoding encoding, int sampleRate, int channels) throws IOException {
    this.name = AudioFiles.nameOf(file);
    this.header = new WavHeaderWriter(encoding, sampleRate, channels);
    this.layout = new PcmLayout(encoding.bits() / 8, encoding.floatingPoint(), true, false);
    this.channels = channels;
    this.frameBytes = channels * layout.bytesPerSample();
    this.out =
        FileChannel.open(
            file,
            StandardOpenOption.CREATE,
            StandardOpenOption.WRITE,
            StandardOpenOption.TRUNCATE_EXISTING);
    try {
      writeFully(header.header(0, 0));
    } catch (IOException e) {
      out.close();
      throw new AudioFileException(name + ": cannot write (" + e.getMessage() + ")", e);
    }
  }

  @Override
  public void write(float[][] buffer, int frames) throws IOException {
    SinkChecks.requireWritable(name, closed, channels, buffer);
    long bytes = (long) frames * frameBytes;
    if (header.length() - 8 + dataBytes + bytes + 1 > RIFF_LIMIT) {
      throw new AudioFileException(
          name + ": too long for a WAV file (over 4 GB); write FLAC instead");
    }
    if (block.length < bytes) {
      block = new byte[(int) bytes];
    }
    layout.fromPlanar(buffer, frames, block);
    writeFully(ByteBuffer.wrap(block, 0, (int) bytes));
    dataBytes += bytes;
  }

  @Override
  public void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    try (out) {
      if ((dataBytes & 1) == 1) {
        writeFully(ByteBuffer.wrap(new byte[1]));
      }
      out.position(0);
      writeFully(header.header(dataBytes, dataBytes / frameBytes));
    }
  }

  private void writeFully(ByteBuffer bytes) throws IOException {
    while (bytes.hasRemaining()) {
      out.write(bytes);
    }
  }
}
