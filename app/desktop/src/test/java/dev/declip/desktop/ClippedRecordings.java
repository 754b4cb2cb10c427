package dev.declip.desktop;

import dev.declip.audio.AudioData;
import dev.declip.audio.AudioFiles;
import dev.declip.audio.AudioInfo;
import dev.declip.audio.Container;
import dev.declip.audio.OutputFormat;
import dev.declip.audio.SampleEncoding;
import java.io.IOException;
import java.nio.file.Path;

/** Clipped test recordings, synthesised and written with the engine into a test's folder. */
public final class ClippedRecordings {
  public static final int RATE = 22050;
  public static final float LEVEL = 0.5f;

  private ClippedRecordings() {}

  /** Three sines with a slow swell, hard-clipped at {@link #LEVEL} on both polarities. */
  public static float[][] clippedSamples(int channels, double seconds) {
    int frames = (int) (seconds * RATE);
    float[][] samples = new float[channels][frames];
    for (int c = 0; c < channels; c++) {
      for (int i = 0; i < frames; i++) {
        double t = i / (double) RATE;
        double swell = 0.55 + 0.25 * Math.sin(2 * Math.PI * 0.5 * t + c);
        double x =
            swell
                * (Math.sin(2 * Math.PI * 220 * t)
                    + 0.4 * Math.sin(2 * Math.PI * 331 * t + c)
                    + 0.2 * Math.sin(2 * Math.PI * 997 * t));
        samples[c][i] = quantised(Math.max(-LEVEL, Math.min(LEVEL, x)));
      }
    }
    return samples;
  }

  /** Writes {@link #clippedSamples} as a 16-bit WAV file. */
  public static Path write(Path dir, String name, int channels, double seconds) throws IOException {
    float[][] samples = clippedSamples(channels, seconds);
    Path file = dir.resolve(name);
    AudioInfo info = new AudioInfo(Container.WAV, RATE, channels, 16, false, samples[0].length);
    AudioFiles.writeAll(
        file, new OutputFormat(Container.WAV, SampleEncoding.PCM_16), new AudioData(info, samples));
    return file;
  }

  /** A 1-second mono sine at half scale: nothing clipped. */
  public static Path writeQuiet(Path dir, String name) throws IOException {
    float[] sine = new float[RATE];
    for (int i = 0; i < RATE; i++) {
      sine[i] = quantised(0.5 * Math.sin(2 * Math.PI * 440 * i / RATE));
    }
    Path file = dir.resolve(name);
    AudioInfo info = new AudioInfo(Container.WAV, RATE, 1, 16, false, RATE);
    AudioFiles.writeAll(
        file,
        new OutputFormat(Container.WAV, SampleEncoding.PCM_16),
        new AudioData(info, new float[][] {sine}));
    return file;
  }

  /** As a 16-bit file stores it, so a decoded file and these samples agree exactly. */
  private static float quantised(double x) {
    return Math.round(x * 32768) / 32768f;
  }
}
