package dev.declip.desktop.samples;

import dev.declip.audio.AudioFiles;
import dev.declip.audio.AudioSource;
import dev.declip.progress.Cancellation;
import dev.declip.progress.ProgressListener;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Samples in a temporary float file, memory-mapped, so that an hour of stereo audio (1.4 GB of
 * floats) never sits in the heap. The file is deleted on {@link #close()}.
 *
 * <p>The file is block-planar: blocks of {@link #BLOCK_FRAMES} frames, each holding channel 0's
 * samples, then channel 1's, and so on. A channel's range is then read with few bulk copies, and a
 * decoder can append blocks without knowing the length in advance (some MP3 and Ogg files do not
 * say it).
 */
public final class DiskSampleStore implements SampleStore {

  static final int BLOCK_FRAMES = 1 << 16;
  private static final long REGION_BYTES = 1L << 28; // a MappedByteBuffer holds at most 2 GB

  private final Path file;
  private final int channels;
  private final long frames;
  private final int sampleRate;
  private final int regionBlocks;
  private volatile FloatBuffer[] regions;

  private DiskSampleStore(Path file, int channels, long frames, int sampleRate) throws IOException {
    this.file = file;
    this.channels = channels;
    this.frames = frames;
    this.sampleRate = sampleRate;
    long blockBytes = blockBytes(channels);
    this.regionBlocks = (int) Math.max(1, REGION_BYTES / blockBytes);
    long blocks = (frames + BLOCK_FRAMES - 1) / BLOCK_FRAMES;
    int count = (int) ((blocks + regionBlocks - 1) / regionBlocks);
    FloatBuffer[] mapped = new FloatBuffer[count];
    try (FileChannel channel =
        FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
      for (int r = 0; r < count; r++) {
        long first = (long) r * regionBlocks;
        long size = Math.min(regionBlocks, blocks - first) * blockBytes;
        mapped[r] =
            channel
                .map(FileChannel.MapMode.READ_WRITE, first * blockBytes, size)
                .order(ByteOrder.nativeOrder())
                .asFloatBuffer();
      }
    }
    this.regions = mapped;
  }

  /**
   * Decodes a file with the engine into a temporary float file.
   *
   * @throws dev.declip.progress.OperationCancelledException when cancelled between blocks; the
   *     temporary file is deleted
   */
  public static DiskSampleStore decode(
      Path audioFile, ProgressListener progress, Cancellation cancellation) throws IOException {
    return decode(audioFile, SampleBlockConsumer.NONE, progress, cancellation);
  }

  /**
   * As {@link #decode(Path, ProgressListener, Cancellation)}, also handing each block to {@code
   * alsoTo}.
   */
  public static DiskSampleStore decode(
      Path audioFile,
      SampleBlockConsumer alsoTo,
      ProgressListener progress,
      Cancellation cancellation)
      throws IOException {
    Path temp = Files.createTempFile("declip-samples-", ".f32");
    try (AudioSource source = AudioFiles.open(audioFile)) {
      int channels = source.info().channels();
      long total = source.info().frames();
      long frames =
          new BlockWriter(temp, channels).writeAll(source, alsoTo, progress, cancellation, total);
      return new DiskSampleStore(temp, channels, frames, source.info().sampleRate());
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
    Path temp = Files.createTempFile("declip-samples-", ".f32");
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
    FloatBuffer[] mapped = regions;
    if (mapped == null) {
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
    long frame = fromFrame;
    int done = 0;
    while (done < length) {
      long block = frame / BLOCK_FRAMES;
      int within = (int) (frame % BLOCK_FRAMES);
      int n = Math.min(length - done, BLOCK_FRAMES - within);
      FloatBuffer region = mapped[(int) (block / regionBlocks)];
      int index =
          (int) ((block % regionBlocks) * BLOCK_FRAMES * channels)
              + channel * BLOCK_FRAMES
              + within;
      if (in) {
        region.put(index, array, offset + done, n);
      } else {
        region.get(index, array, offset + done, n);
      }
      done += n;
      frame += n;
    }
  }

  /**
   * Unmaps (once the buffers are collected) and deletes the file. Linux lets a mapped file be
   * deleted; where the platform refuses, it is deleted when the JVM exits.
   */
  @Override
  public void close() {
    if (regions == null) {
      return;
    }
    regions = null;
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      file.toFile().deleteOnExit();
    } catch (UncheckedIOException e) {
      file.toFile().deleteOnExit();
    }
  }

  static long blockBytes(int channels) {
    return (long) BLOCK_FRAMES * channels * Float.BYTES;
  }
}
