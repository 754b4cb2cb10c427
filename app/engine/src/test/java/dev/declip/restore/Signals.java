package dev.declip.restore;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;

/** Test signals: the package's WAV fixtures and synthetic ones. */
public final class Signals {

  private Signals() {}

  /** A 16-bit mono little-endian WAV fixture as floats, short / 32768. */
  static float[] fixture(String name) {
    try (InputStream raw = Signals.class.getResourceAsStream("/restore/" + name);
        AudioInputStream in =
            AudioSystem.getAudioInputStream(new java.io.BufferedInputStream(raw))) {
      byte[] b = in.readAllBytes();
      float[] x = new float[b.length / 2];
      for (int i = 0; i < x.length; i++) {
        x[i] = (short) ((b[2 * i] & 0xff) | (b[2 * i + 1] << 8)) / 32768f;
      }
      return x;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (UnsupportedAudioFileException e) {
      throw new IllegalStateException(name, e);
    }
  }

  public static float[] clip(float[] x, float positive, float negative) {
    float[] y = new float[x.length];
    for (int i = 0; i < x.length; i++) {
      y[i] = Math.max(-negative, Math.min(positive, x[i]));
    }
    return y;
  }

  static float[] sine(int length, double cyclesPerSample, double amplitude) {
    float[] x = new float[length];
    for (int i = 0; i < length; i++) {
      x[i] = (float) (amplitude * Math.sin(2 * Math.PI * cyclesPerSample * i));
    }
    return x;
  }

  /** The longest run of consecutive samples at or beyond the symmetric level. */
  static int longestRun(float[] y, float level) {
    int best = 0;
    int run = 0;
    for (float v : y) {
      run = Math.abs(v) >= level ? run + 1 : 0;
      best = Math.max(best, run);
    }
    return best;
  }
}
