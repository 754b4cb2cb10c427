package dev.declip.samples;

import dev.declip.audio.AudioFiles;
import dev.declip.audio.AudioInfo;
import dev.declip.audio.AudioSource;
import dev.declip.levels.BlockPeaks;
import dev.declip.progress.Cancellation;
import dev.declip.progress.ProgressListener;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Samples in a temporary float file (see {@link TempFiles} for where), so that an hour of stereo
 * audio (1.4 GB of floats) never sits in the heap. The file is read and written with positional
 * I/O, not mapped into memory, so the process's resident memory stays bounded by the blocks it
 * works on, not by the file. The file is deleted on {@link #close()}.
 *
 * <p>The file is block-planar: blocks of {@link #BLOCK_FRAMES} frames, each holding channel 0's
 * samples, then channel 1's, and so on. A channel's range is then read with few bulk copies, and a
 * decoder can append blocks without knowing the length in advance (some MP3 and Ogg files do not
 * say it).
 */
public final class DiskSampleStore implements SampleStore {

  static final int BLOCK_FRAMES = 1 << 16;

  /** One block of one channel as bytes, per thread: readers (playback, drawing) run in parallel. */
  private static final ThreadLocal<ByteBuffer> TRANSFER =
      ThreadLocal.withInitial(
          () ->
              ByteBuffer.allocateDirect(BLOCK_FRAMES * Float.BYTES).order(ByteOrder.nativeOrder()));

  private final Path file;
  private final int channels;
  private final long frames;
  private final int sampleRate;
  private final FileChannel io;
  private volatile boolean closed;

  private DiskSampleStore(Path file, int channels, long frames, int sampleRate) throws IOException {
    this.file = file;
    this.channels = channels;
    this.frames = frames;
    this.sampleRate = sampleRate;
    this.io = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
  }

  /**
   * Decodes a file with the engine into a temporary float file: the file is opened and decoded
   * once, and every later pass (detection, restoration, drawing) reads the floats.
   *
   * @throws dev.declip.progress.OperationCancelledException when cancelled between blocks; the
   *     temporary file is deleted
   */
  public static DecodedAudio decode(
      Path audioFile, ProgressListener progress, Cancellation cancellation) throws IOException {
    return decode(audioFile, SampleBlockConsumer.NONE, progress, cancellation);
  }

  /**
   * As {@link #decode(Path, ProgressListener, Cancellation)}, also handing each block to {@code
   * alsoTo} (a waveform summary, say), so nobody needs a pass of their own.
   */
  public static DecodedAudio decode(
      Path audioFile,
      SampleBlockConsumer alsoTo,
      ProgressListener progress,
      Cancellation cancellation)
      throws IOException {
    try (AudioSource source = AudioFiles.open(audioFile)) {
      return decode(source, alsoTo, progress, cancellation);
    }
  }

  /** Decodes an opened source from where it stands to its end; the caller closes the source. */
  public static DecodedAudio decode(
      AudioSource source,
      SampleBlockConsumer alsoTo,
      ProgressListener progress,
      Cancellation cancellation)
      throws IOException {
    Path temp = TempFiles.create();
    try {
      AudioInfo header = source.info();
      BlockPeaks.Meter peaks = new BlockPeaks.Meter(header.channels(), BlockPeaks.BLOCK_FRAMES);
      SampleBlockConsumer withPeak =
          (block, n) -> {
            peaks.accept(block, n);
            alsoTo.accept(block, n);
          };
      long frames =
          new BlockWriter(temp, header.channels())
              .writeAll(source, withPeak, progress, cancellation, header.frames());
      AudioInfo info =
          new AudioInfo(
              header.container(),
              header.sampleRate(),
              header.channels(),
              header.bitsPerSample(),
              header.floatingPoint(),
              frames);
      return new DecodedAudio(
          info,
          new DiskSampleStore(temp, header.channels(), frames, header.sampleRate()),
          peaks.finish());
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(temp);
      throw e;
    }
  }

  /** A zero-filled writable store, e.g. for restored audio filled block by block. */
  public static DiskSampleStore create(int channels, long frames, int sampleRate)
      throws IOException {
    if (channels < 1 || frames < 0 || sampleRate < 1) {
      throw new IllegalArgumentException(
          channels + " channels, " + frames + " frames at " + sampleRate + " Hz");
    }
    Path temp = TempFiles.create();
    try {
      long blocks = (frames + BLOCK_FRAMES - 1) / BLOCK_FRAMES;
      try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
        if (blocks > 0) { // extend sparsely: the file reads as zeros
          channel.write(ByteBuffer.allocate(1), blocks * blockBytes(channels) - 1);
        }
      }
      return new DiskSampleStore(temp, channels, frames, sampleRate);
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(temp);
      throw e;
    }
  }

  /** A writable copy of another store. */
  public static DiskSampleStore copyOf(SampleStore source) throws IOException {
    DiskSampleStore copy = create(source.channels(), source.frames(), source.sampleRate());
    float[] buffer = new float[BLOCK_FRAMES];
    for (long from = 0; from < source.frames(); from += BLOCK_FRAMES) {
      int n = (int) Math.min(BLOCK_FRAMES, source.frames() - from);
      for (int c = 0; c < source.channels(); c++) {
        source.read(c, from, buffer, 0, n);
        copy.write(c, from, buffer, 0, n);
      }
    }
    return copy;
  }

  @Override
  public int channels() {
    return channels;
  }

  @Override
  public long frames() {
    return frames;
  }

  @Override
  public int sampleRate() {
    return sampleRate;
  }

  /** Where the samples live; gone after {@link #close()}. */
  public Path file() {
    return file;
  }

  @Override
  public void read(int channel, long fromFrame, float[] dst, int offset, int length) {
    copy(channel, fromFrame, dst, offset, length, false);
  }

  /** Overwrites {@code length} samples of {@code channel} from {@code fromFrame}. */
  public void write(int channel, long fromFrame, float[] src, int offset, int length) {
    copy(channel, fromFrame, src, offset, length, true);
  }

  private void copy(
      int channel, long fromFrame, float[] array, int offset, int length, boolean in) {
    if (closed) {
      throw new IllegalStateException(file.getFileName() + ": sample store is closed");
    }
    if (channel < 0 || channel >= channels || fromFrame < 0 || fromFrame + length > frames) {
      throw new IndexOutOfBoundsException(
          "channel "
              + channel
              + ", frames ["
              + fromFrame
              + ", "
              + (fromFrame + length)
              + ") of "
              + frames);
    }
    ByteBuffer bytes = TRANSFER.get().clear();
    FloatBuffer floats = bytes.asFloatBuffer();
    long frame = fromFrame;
    int done = 0;
    try {
      while (done < length) {
        long block = frame / BLOCK_FRAMES;
        int within = (int) (frame % BLOCK_FRAMES);
        int n = Math.min(length - done, BLOCK_FRAMES - within);
        long position =
            (block * BLOCK_FRAMES * channels + (long) channel * BLOCK_FRAMES + within)
                * Float.BYTES;
        bytes.clear().limit(n * Float.BYTES);
        floats.clear();
        if (in) {
          floats.put(array, offset + done, n);
          while (bytes.hasRemaining()) {
            io.write(bytes, position + bytes.position());
          }
        } else {
          while (bytes.hasRemaining()) {
            if (io.read(bytes, position + bytes.position()) < 0) {
              break; // past the end of a sparse file: the rest reads as zeros
            }
          }
          java.util.Arrays.fill(
              array, offset + done + bytes.position() / Float.BYTES, offset + done + n, 0f);
          floats.get(array, offset + done, bytes.position() / Float.BYTES);
        }
        done += n;
        frame += n;
      }
    } catch (ClosedChannelException e) {
      throw new IllegalStateException(file.getFileName() + ": sample store is closed", e);
    } catch (IOException e) {
      throw new UncheckedIOException(file.getFileName() + ": " + e.getMessage(), e);
    }
  }

  /** Deletes the file. */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      io.close();
      Files.deleteIfExists(file);
    } catch (IOException e) {
      file.toFile().deleteOnExit();
    }
  }

  static long blockBytes(int channels) {
    return (long) BLOCK_FRAMES * channels * Float.BYTES;
  }
}
