package dev.declip.clipping;

import static dev.declip.clipping.Signals.detect;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ClippingDetectorTest {

  @Test
  void reportsNoClippingInLoudMusicPeakNormalisedToFullScale() throws Exception {
    float[] music = Signals.toFloat(Signals.readPcm16("loud-music.wav"));

    assertThat(detect(music).levels()).isEmpty();
  }

  @Test
  void reportsNoClippingInSineAtMinusPointOneDbfs() {
    float amplitude = (float) ClipLevels.fromDbfs(-0.1);
    for (double hz : new double[] {50, 440, 1000}) {
      assertThat(detect(Signals.sine(amplitude, hz, Signals.RATE)).levels())
          .as("%s Hz", hz)
          .isEmpty();
    }
  }

  @Test
  void reportsNoClippingInHighSinesWhoseSampledCrestsSpreadOverAFewPercent() {
    float amplitude = (float) ClipLevels.fromDbfs(-0.1);
    for (double hz : new double[] {2000, 3000, 5000, 8000}) {
      assertThat(detect(Signals.sine(amplitude, hz, Signals.RATE)).levels())
          .as("%s Hz", hz)
          .isEmpty();
    }
  }

  @Test
  void detectsAsymmetricClipLevelsOfMusicToTheExactSample() throws Exception {
    short[] music = Signals.readPcm16("loud-music.wav");
    float[] clipped = Signals.toFloat(Signals.clip(music, 16384, 14746));

    ClipLevels levels = detect(clipped).levels().orElseThrow();

    assertThat(levels.positive()).isEqualTo(16384 / 32768f);
    assertThat(levels.negative()).isEqualTo(14746 / 32768f);
  }

  @Test
  void detectsClippingAtMinus12Dbfs() {
    float level = (float) ClipLevels.fromDbfs(-12);
    float[] x = Signals.clip(noisySine(0.6, 7), level, level);

    ClipLevels levels = detect(x).levels().orElseThrow();

    assertThat(levels.positive()).isCloseTo(level, within(level * 0.01f));
    assertThat(levels.negative()).isCloseTo(level, within(level * 0.01f));
  }

  @Test
  void detectsOnlyThePolarityThatClipped() {
    float[] x = Signals.clip(noisySine(0.8, 3), 0.7f, 1f);

    ClipLevels levels = detect(x).levels().orElseThrow();

    assertThat(levels.positive()).isCloseTo(0.7f, within(0.007f));
    assertThat(levels.negative()).isInfinite();
  }

  @Test
  void detectsBothPolaritiesOf16BitFullScaleClipping() {
    short[] pcm = new short[Signals.RATE];
    float[] sine = Signals.sine(1.5, 440, pcm.length);
    for (int i = 0; i < pcm.length; i++) {
      pcm[i] = (short) Math.max(-32768, Math.min(32767, Math.round(sine[i] * 32768)));
    }

    ClipLevels levels = detect(Signals.toFloat(pcm)).levels().orElseThrow();

    assertThat(levels.positive()).isEqualTo(32767 / 32768f);
    assertThat(levels.negative()).isEqualTo(1f);
  }

  @Test
  void detectsTheLevelsOfASquareWave() {
    float[] square = new float[4000];
    for (int i = 0; i < square.length; i++) {
      square[i] = (i / 50) % 2 == 0 ? 0.8f : -0.8f;
    }

    assertThat(detect(square).levels()).contains(ClipLevels.symmetric(0.8f));
  }

  @Test
  void reportsNoClippingInSilence() {
    ChannelDetection silence = detect(new float[10_000]);

    assertThat(silence.levels()).isEmpty();
    assertThat(silence.nonFiniteSamples()).isZero();
  }

  @Test
  void reportsNoClippingInAConstantDcSignal() {
    float[] dc = new float[10_000];
    Arrays.fill(dc, 0.3f);

    assertThat(detect(dc).levels()).isEmpty();
  }

  @Test
  void reportsNoClippingInAVeryShortFile() {
    assertThat(detect(new float[] {0.5f, 0.5f, -0.5f}).levels()).isEmpty();
  }

  @Test
  void countsNonFiniteSamplesAndDetectsWithoutThem() {
    float[] x = Signals.clip(noisySine(0.8, 5), 0.6f, 0.6f);
    x[100] = Float.NaN;
    x[200] = Float.POSITIVE_INFINITY;
    x[300] = Float.NEGATIVE_INFINITY;

    ChannelDetection detection = detect(x);

    assertThat(detection.nonFiniteSamples()).isEqualTo(3);
    assertThat(detection.levels())
        .map(ClipLevels::positive)
        .hasValueSatisfying(p -> assertThat(p).isCloseTo(0.6f, within(0.006f)));
  }

  @Test
  void detectsEachChannelSeparately() {
    float[] clean = noisySine(0.5, 11);
    float[] clipped = Signals.clip(noisySine(0.9, 13), 0.5f, 0.5f);
    ClippingDetector detector = new ClippingDetector(2);
    detector.accept(new float[][] {clean, clipped}, clean.length);

    assertThat(detector.result())
        .extracting(ChannelDetection::levels)
        .containsExactly(Optional.empty(), Optional.of(ClipLevels.symmetric(0.5f)));
  }

  /** Two incommensurate sines plus a little noise: peaks of many heights, like music. */
  static float[] noisySine(double amplitude, long seed) {
    java.util.Random random = new java.util.Random(seed);
    float[] out = new float[Signals.RATE * 2];
    for (int i = 0; i < out.length; i++) {
      double t = i / (double) Signals.RATE;
      out[i] =
          (float)
              (amplitude
                  * (0.6 * Math.sin(2 * Math.PI * 220 * t)
                      + 0.4 * Math.sin(2 * Math.PI * 347.3 * t + 1)
                      + 0.02 * random.nextGaussian()));
    }
    return out;
  }

  @Test
  void findsClippingThatCutOffOnlyTheTopCrestOfMusic() throws Exception {
    short[] music = Signals.readPcm16("loud-music.wav");
    for (int clipped : new int[] {2, 3, 5, 8, 13}) {
      int level = levelClipping(music, clipped);
      float[] x = Signals.toFloat(Signals.clip(music, level, 32768));

      ClipLevels levels = detect(x).levels().orElseThrow(() -> new AssertionError(clipped));

      assertThat(levels.positive()).as("%d clipped", clipped).isEqualTo(level / 32768f);
    }
  }

  @Test
  void reportsNoClippingInAFloatRecordingPeakingFarAboveFullScale() throws Exception {
    float[] music = Signals.toFloat(Signals.readPcm16("loud-music.wav"));
    float peak = 0;
    for (float s : music) {
      peak = Math.max(peak, Math.abs(s));
    }
    for (int i = 0; i < music.length; i++) {
      music[i] *= 40 / peak; // +32 dBFS
    }

    assertThat(detect(music).levels()).isEmpty();
  }

  @Test
  void findsTheLevelOfAFloatRecordingClippedFarAboveFullScale() throws Exception {
    float[] music = Signals.toFloat(Signals.readPcm16("loud-music.wav"));
    for (int i = 0; i < music.length; i++) {
      music[i] *= 200;
    }

    ClipLevels levels = detect(Signals.clip(music, 40f, 50f)).levels().orElseThrow();

    assertThat(levels.positive()).isEqualTo(40f);
    assertThat(levels.negative()).isEqualTo(50f);
  }

  /**
   * The positive level at which clipping cuts {@code samples} samples of {@code pcm}, held by a run
   * of two or more.
   */
  private static int levelClipping(short[] pcm, int samples) {
    for (int level = 32767; level > 0; level--) {
      int above = 0;
      boolean run = false;
      for (int i = 0; i < pcm.length; i++) {
        if (pcm[i] >= level) {
          above++;
          run |= i > 0 && pcm[i - 1] >= level;
        }
      }
      if (above >= samples && run) {
        return level;
      }
    }
    throw new AssertionError("never clipped");
  }
}
