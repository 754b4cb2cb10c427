package dev.declip.desktop.open;

import dev.declip.audio.AudioFiles;
import dev.declip.audio.AudioSource;
import dev.declip.desktop.samples.SampleStore;
import dev.declip.progress.Cancellation;
import dev.declip.progress.ProgressListener;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Decodes an audio file into a {@link SampleStore}. INTEGRATION POINT: once feat/waveform lands
 * this delegates to DiskSampleStore.decode(Path, ProgressListener, Cancellation).
 */
public final class RecordingDecoder {
  private RecordingDecoder() {}

  public static SampleStore decode(Path file, ProgressListener progress, Cancellation cancellation)
      throws IOException {
    try (AudioSource source = AudioFiles.open(file)) {
      int channels = source.info().channels();
      long total = source.info().frames();
      int block = 1 << 15;
      float[][] buffer = new float[channels][block];
      float[][] all = new float[channels][(int) Math.max(block, total)];
      int have = 0;
      int n;
      while ((n = source.read(buffer, block)) >= 0) {
        cancellation.throwIfCancelled();
        if (have + n > all[0].length) {
          for (int c = 0; c < channels; c++) {
            all[c] = Arrays.copyOf(all[c], Math.max(have + n, 2 * all[c].length));
          }
        }
        for (int c = 0; c < channels; c++) {
          System.arraycopy(buffer[c], 0, all[c], have, n);
        }
        have += n;
        progress.progress("decoding", have, total);
      }
      for (int c = 0; c < channels; c++) {
        all[c] = Arrays.copyOf(all[c], have);
      }
      return new HeapSampleStore(all, source.info().sampleRate());
    }
  }
}
