package dev.declip.clipping;

import dev.declip.audio.AudioInfo;
import dev.declip.audio.AudioSource;
import dev.declip.audio.Container;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;

/**
 * Test signals: 16-bit WAV fixtures read with the JDK, synthetic waves, and an in-memory source.
 */
final class Signals {
  static final int RATE = 22050;

  private Signals() {}

  /** A mono 16-bit WAV fixture from src/test/resources/clipping, as integers. */
  static short[] readPcm16(String name) throws IOException {
    try (InputStream in = Signals.class.getResourceAsStream("/clipping/" + name);
        AudioInputStream audio = AudioSystem.getAudioInputStream(new BufferedInputStream(in))) {
      byte[] bytes = audio.readAllBytes();
      short[] pcm = new short[bytes.length / 2];
      ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asShortBuffer().get(pcm);
      return pcm;
    } catch (UnsupportedAudioFileException e) {
      throw new IOException(name, e);
    }
  }

  static float[] toFloat(short[] pcm) {
    float[] out = new float[pcm.length];
    for (int i = 0; i < pcm.length; i++) {
      out[i] = pcm[i] / 32768f;
    }
    return out;
  }

  /** Clips integer samples at +positive / -negative, as a 16-bit converter would. */
  static short[] clip(short[] pcm, int positive, int negative) {
    short[] out = new short[pcm.length];
    for (int i = 0; i < pcm.length; i++) {
      out[i] = (short) Math.max(-negative, Math.min(positive, pcm[i]));
    }
    return out;
  }

  static float[] sine(double amplitude, double hz, int frames) {
    float[] out = new float[frames];
    for (int i = 0; i < frames; i++) {
      out[i] = (float) (amplitude * Math.sin(2 * Math.PI * hz * i / RATE));
    }
    return out;
  }

  static float[] clip(float[] x, float positive, float negative) {
    float[] out = new float[x.length];
    for (int i = 0; i < x.length; i++) {
      out[i] = Math.max(-negative, Math.min(positive, x[i]));
    }
    return out;
  }

  static ChannelDetection detect(float[]... channels) {
    ClippingDetector detector = new ClippingDetector(channels.length);
    detector.accept(channels, channels[0].length);
    return detector.result().get(0);
  }

  /** Plays planar arrays as an {@link AudioSource}, in blocks, counting how often it was opened. */
  static final class ArraySource implements AudioSource {
    private final float[][] channels;
    private int position;

    ArraySource(float[]... channels) {
      this.channels = channels;
    }

    @Override
    public AudioInfo info() {
      return new AudioInfo(Container.WAV, RATE, channels.length, 16, false, channels[0].length);
    }

    @Override
    public int read(float[][] buffer, int frames) {
      int n = Math.min(frames, channels[0].length - position);
      if (n <= 0) {
        return -1;
      }
      for (int c = 0; c < channels.length; c++) {
        System.arraycopy(channels[c], position, buffer[c], 0, n);
      }
      position += n;
      return n;
    }

    @Override
    public void close() {}
  }
}
