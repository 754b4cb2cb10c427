package dev.declip.restore.file;

import dev.declip.audio.AudioSource;
import dev.declip.clipping.ClipLevels;
import dev.declip.progress.Cancellation;
import dev.declip.progress.ProgressListener;
import dev.declip.restore.RestorationAlgorithm;
import dev.declip.restore.Restorations;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Streams a source through a restoration algorithm in blocks, each restored with a margin of
 * context on both sides that is read but not kept, so the kept samples see the same neighbourhood
 * they would in a whole-file restoration while memory stays bounded by the block size.
 */
final class BlockwiseRestoration {

  /** What the pass saw: the restored peak and how many samples it changed. */
  record Outcome(float peak, long samplesChanged, long frames) {}

  private final RestorationAlgorithm algorithm;
  private final List<Optional<ClipLevels>> levels;
  private final int sampleRate;
  private final double tau;
  private final boolean consistent;
  private float[][] chunk; // the decoder writes here, then the frames move into the block buffer

  BlockwiseRestoration(
      RestorationAlgorithm algorithm,
      List<Optional<ClipLevels>> levels,
      int sampleRate,
      double tau,
      boolean consistent) {
    this.algorithm = algorithm;
    this.levels = levels;
    this.sampleRate = sampleRate;
    this.tau = tau;
    this.consistent = consistent;
  }

  /**
   * Context on each side of a block: twice what the algorithm reads, so results do not depend on
   * where blocks fall, and no less than a quarter second. Margins are restored and thrown away, so
   * they are kept short next to the 8-second block (10 % more work for a network at 44.1 kHz).
   */
  int marginFrames() {
    return Math.max(2 * algorithm.contextSamples(sampleRate), sampleRate / 4);
  }

  Outcome run(
      AudioSource source,
      FloatSpool spool,
      long totalFrames,
      ProgressListener progress,
      Cancellation cancellation,
      StageClock inferenceClock)
      throws IOException {
    int channels = levels.size();
    int margin = marginFrames();
    int block = Math.max(8 * sampleRate, 4 * margin);
    float[][] buffer = new float[channels][margin + block + margin];
    float[][] restored = new float[channels][];
    int have = 0;
    long bufferStart = 0;
    long emitted = 0;
    float peak = 0;
    long changed = 0;
    while (true) {
      have = fill(source, buffer, have);
      boolean endOfStream = have < buffer[0].length;
      long limit = endOfStream ? bufferStart + have : bufferStart + have - margin;
      int from = (int) (emitted - bufferStart);
      int to = (int) (limit - bufferStart);
      inferenceClock.start();
      for (int c = 0; c < channels; c++) {
        cancellation.throwIfCancelled();
        restored[c] = restoreChannel(c, buffer[c], have, bufferStart, cancellation);
      }
      inferenceClock.stop();
      for (int c = 0; c < channels; c++) {
        for (int i = from; i < to; i++) {
          float out = restored[c][i];
          if (Float.floatToRawIntBits(out) != Float.floatToRawIntBits(buffer[c][i])) {
            changed++;
          }
          peak = Math.max(peak, Math.abs(out));
        }
      }
      spool.append(restored, from, to - from);
      emitted = limit;
      progress.progress("restoring", emitted, totalFrames);
      if (endOfStream) {
        return new Outcome(peak, changed, emitted);
      }
      int keepFrom = (int) (emitted - margin - bufferStart);
      for (int c = 0; c < channels; c++) {
        System.arraycopy(buffer[c], keepFrom, buffer[c], 0, have - keepFrom);
      }
      bufferStart += keepFrom;
      have -= keepFrom;
    }
  }

  /** Reads until the buffer is full or the stream ends; returns the frames now in the buffer. */
  private int fill(AudioSource source, float[][] buffer, int have) throws IOException {
    int capacity = buffer[0].length;
    if (chunk == null) {
      chunk = new float[buffer.length][capacity];
    }
    while (have < capacity) {
      int n = source.read(chunk, capacity - have);
      if (n < 0) {
        break;
      }
      for (int c = 0; c < buffer.length; c++) {
        System.arraycopy(chunk[c], 0, buffer[c], have, n);
      }
      have += n;
    }
    return have;
  }

  private float[] restoreChannel(
      int channel, float[] samples, int length, long firstFrame, Cancellation cancellation) {
    float[] y = Arrays.copyOf(samples, length);
    Optional<ClipLevels> channelLevels = levels.get(channel);
    if (channelLevels.isEmpty()) {
      return y;
    }
    return Restorations.restore(
        algorithm, y, firstFrame, channelLevels.get(), sampleRate, tau, consistent, cancellation);
  }
}
