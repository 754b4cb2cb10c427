package dev.declip.restore.file;

import dev.declip.audio.AudioData;
import dev.declip.audio.AudioFiles;
import dev.declip.audio.AudioInfo;
import dev.declip.audio.Container;
import dev.declip.audio.OutputFormat;
import dev.declip.audio.SampleEncoding;
import dev.declip.bundle.BundledFiles;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Clipped files made from the demo recording: real orchestral music, hard-clipped at 16-bit full
 * scale. Scaled by {@code gain}, it is clipped at {@code gain}.
 */
final class ClippedFiles {
  private static AudioData demo;

  private ClippedFiles() {}

  static synchronized AudioData demo() throws IOException {
    if (demo == null) {
      demo = AudioFiles.readAll(BundledFiles.demoRecording().orElseThrow());
    }
    return demo;
  }

  /** {@code seconds} of the demo (repeated when longer than it), scaled by {@code gain}. */
  static AudioData music(double seconds, float gain) throws IOException {
    AudioData source = demo();
    int rate = source.info().sampleRate();
    int frames = (int) (seconds * rate);
    float[][] out = new float[source.samples().length][frames];
    for (int c = 0; c < out.length; c++) {
      float[] in = source.samples()[c];
      for (int i = 0; i < frames; i++) {
        out[c][i] = in[i % in.length] * gain;
      }
    }
    return new AudioData(new AudioInfo(Container.WAV, rate, out.length, 16, false, frames), out);
  }

  /** A test resource on the class path, such as {@code /audio/bad/truncated-data.wav}. */
  static Path resource(String name) {
    try {
      return Path.of(ClippedFiles.class.getResource(name).toURI());
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static Path write(Path file, AudioData data, SampleEncoding encoding) throws IOException {
    AudioFiles.writeAll(file, OutputFormat.forPath(file, encoding), data);
    return file;
  }
}
