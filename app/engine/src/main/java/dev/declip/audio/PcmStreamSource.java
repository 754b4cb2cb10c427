package dev.declip.audio;

import java.io.IOException;
import java.io.InputStream;

/**
 * Turns a stream of interleaved PCM bytes (a WAV data chunk, or what a javax.sound decoder
 * produces) into planar float blocks. Holds one byte block at a time, never the whole file.
 *
 * <p>Third-party decoders sit behind {@code in}: any RuntimeException or Error they throw becomes
 * an {@link AudioFileException} naming the file.
 */
final class PcmStreamSource implements AudioSource {

  private final String name;
  private final InputStream in;
  private final PcmLayout layout;
  private final AudioInfo info;
  private final int frameBytes;
  private final long expectedFrames;
  private long framesRead;
  private byte[] block = new byte[0];
  private boolean ended;

  /**
   * @param expectedFrames frames the file promises, or -1; a stream that ends earlier is reported
   *     as truncated
   */
  PcmStreamSource(
      String name, InputStream in, PcmLayout layout, AudioInfo info, long expectedFrames) {
    this.name = name;
    this.in = in;
    this.layout = layout;
    this.info = info;
    this.frameBytes = info.channels() * layout.bytesPerSample();
    this.expectedFrames = expectedFrames;
  }

  @Override
  public AudioInfo info() {
    return info;
  }

  @Override
  public int read(float[][] buffer, int frames) throws IOException {
    if (ended) {
      return -1;
    }
    long wanted = frames;
    if (expectedFrames >= 0) {
      wanted = Math.min(wanted, expectedFrames - framesRead);
    }
    if (wanted <= 0) {
      ended = true;
      return -1;
    }
    int bytes = (int) wanted * frameBytes;
    if (block.length < bytes) {
      block = new byte[bytes];
    }
    int got = readBytes(bytes);
    int whole = got / frameBytes;
    if (got < bytes && expectedFrames >= 0) {
      throw truncated(framesRead + whole);
    }
    if (whole == 0) {
      ended = true;
      return -1;
    }
    layout.toPlanar(block, whole, buffer, 0);
    framesRead += whole;
    return whole;
  }

  private int readBytes(int bytes) throws IOException {
    try {
      return in.readNBytes(block, 0, bytes);
    } catch (AudioFileException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      throw corrupt(e);
    } catch (VirtualMachineError e) {
      throw e;
    } catch (Error e) {
      throw corrupt(e);
    }
  }

  private AudioFileException truncated(long frames) {
    return DecodeFailures.truncated(name, frames, expectedFrames, info.sampleRate());
  }

  private AudioFileException corrupt(Throwable e) {
    return DecodeFailures.damaged(name, framesRead, info.sampleRate(), e);
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
