package dev.declip.desktop.window;

import dev.declip.audio.AudioFileException;
import dev.declip.audio.AudioFiles;
import dev.declip.audio.AudioSink;
import dev.declip.audio.OutputFormat;
import dev.declip.audio.SampleEncoding;
import dev.declip.desktop.samples.SampleStore;
import dev.declip.progress.Cancellation;
import dev.declip.progress.ProgressListener;
import dev.declip.restore.file.GainPolicy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes the restored recording. INTEGRATION POINT: a stand-in for feat/playback's export package
 * (format, bit depth, headroom choices); it writes the input's bit depth with automatic gain, into
 * a temporary file moved into place when complete, and never over the input.
 */
final class ExportSlot {
  private ExportSlot() {}

  static Path export(
      SampleStore store,
      int bits,
      float peak,
      Path input,
      Path destination,
      ProgressListener progress,
      Cancellation cancellation)
      throws IOException {
    if (Files.exists(input) && Files.exists(destination) && Files.isSameFile(input, destination)) {
      throw new AudioFileException("output is the input file; choose another name");
    }
    SampleEncoding encoding = bits > 16 ? SampleEncoding.PCM_24 : SampleEncoding.PCM_16;
    OutputFormat format = OutputFormat.forPath(destination, encoding);
    float gain = (float) GainPolicy.AUTOMATIC.linearGain(peak, 1.0);
    Path temporary =
        Files.createTempFile(destination.toAbsolutePath().getParent(), ".declip-", ".part");
    try {
      int block = 1 << 15;
      float[][] buffer = new float[store.channels()][block];
      try (AudioSink sink =
          AudioFiles.create(temporary, format, store.sampleRate(), store.channels())) {
        for (long at = 0; at < store.frames(); at += block) {
          cancellation.throwIfCancelled();
          int n = (int) Math.min(block, store.frames() - at);
          for (int c = 0; c < store.channels(); c++) {
            store.read(c, at, buffer[c], 0, n);
            for (int i = 0; i < n; i++) {
              buffer[c][i] *= gain;
            }
          }
          sink.write(buffer, n);
          progress.progress("exporting", at + n, store.frames());
        }
      }
      return Files.move(temporary, destination, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(temporary);
    }
  }
}
