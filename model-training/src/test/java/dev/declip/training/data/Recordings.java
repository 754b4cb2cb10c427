package dev.declip.training.data;

import dev.declip.audio.AudioData;
import dev.declip.audio.AudioFiles;
import dev.declip.audio.AudioInfo;
import dev.declip.audio.Container;
import dev.declip.audio.OutputFormat;
import dev.declip.audio.SampleEncoding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/** Synthetic music-like recordings written with the engine's writers. */
public final class Recordings {

  private Recordings() {}

  /** Three incommensurate partials plus a little noise, peaking near {@code amplitude}. */
  public static float[] music(int frames, int rate, double amplitude, long seed) {
    Random random = new Random(seed);
    double f1 = 110 + 200 * random.nextDouble();
    double[] hz = {f1, f1 * 1.51, f1 * 2.73};
    double[] share = {0.55, 0.3, 0.12};
    float[] x = new float[frames];
    for (int i = 0; i < frames; i++) {
      double t = i / (double) rate;
      double v = 0.03 * random.nextGaussian();
      for (int k = 0; k < hz.length; k++) {
        v += share[k] * Math.sin(2 * Math.PI * hz[k] * t + k);
      }
      x[i] = (float) (amplitude * v);
    }
    return x;
  }

  /** Hard clipping at {@code +positive / -negative}, as a converter does. */
  public static float[] clip(float[] x, float positive, float negative) {
    float[] y = new float[x.length];
    for (int i = 0; i < x.length; i++) {
      y[i] = Math.max(-negative, Math.min(positive, x[i]));
    }
    return y;
  }

  public static Path write(Path file, int rate, float[]... channels) throws IOException {
    Files.createDirectories(file.getParent());
    Container container = file.toString().endsWith(".flac") ? Container.FLAC : Container.WAV;
    AudioInfo info = new AudioInfo(container, rate, channels.length, 16, false, channels[0].length);
    AudioFiles.writeAll(
        file, new OutputFormat(container, SampleEncoding.PCM_16), new AudioData(info, channels));
    return file;
  }

  /** A clipped stereo recording of {@code seconds}, clipped at +0.5 / -0.4. */
  public static Path clippedStereo(Path file, int rate, double seconds, long seed)
      throws IOException {
    int frames = (int) (seconds * rate);
    return write(
        file,
        rate,
        clip(music(frames, rate, 0.9, seed), 0.5f, 0.4f),
        clip(music(frames, rate, 0.8, seed + 1), 0.5f, 0.4f));
  }
}
