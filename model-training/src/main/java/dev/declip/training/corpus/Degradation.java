package dev.declip.training.corpus;

import dev.declip.restore.PolarityScale;
import dev.declip.training.data.CleanClipping;
import java.util.SplittableRandom;

/**
 * Clipping as users meet it, drawn afresh for each crop: the level chosen for an input SDR from
 * {@value #LOWEST_DB} to {@value #HIGHEST_DB} dB, as a fraction of the crop's peak, or at the
 * paper's fixed level; sometimes lower on one polarity than the other; mostly hard, sometimes soft
 * (a tanh knee below the ceiling). Lossy coding before clipping comes from the corpus's coded
 * variants, not from here.
 *
 * <p>The result is in the network's units as inference prepares them (the engine's {@link
 * PolarityScale}: each polarity divided by its own level), the mask 0 where the clipper changed the
 * sample.
 */
final class Degradation {
  static final double LOWEST_DB = 1;
  static final double HIGHEST_DB = 20;

  /** The paper's level, relative to full scale. */
  static final float FIXED_LEVEL = 0.1f;

  private static final double BY_INPUT_SDR = 0.45;
  private static final double BY_PEAK = 0.40; // the rest: the fixed level
  private static final double ASYMMETRIC = 0.35;
  private static final double SOFT = 0.15;

  /** A clipped crop in the network's units. */
  record Clipped(float[] clipped, float[] mask, float[] clean) {}

  private Degradation() {}

  /** A random clipping of {@code x} (full scale 1), or hard and symmetric if it cannot clip. */
  static Clipped draw(float[] x, SplittableRandom random) {
    float peak = peak(x);
    double choice = random.nextDouble();
    float level;
    if (choice < BY_INPUT_SDR) {
      level = atInputSdr(x, random.nextDouble(LOWEST_DB, HIGHEST_DB));
    } else if (choice < BY_INPUT_SDR + BY_PEAK || peak <= FIXED_LEVEL * 1.05f) {
      level = (float) (peak * random.nextDouble(0.15, 0.95));
    } else {
      level = FIXED_LEVEL;
    }
    float positive = level;
    float negative = level;
    if (random.nextDouble() < ASYMMETRIC) {
      float lower = (float) (level * random.nextDouble(0.5, 1.0));
      if (random.nextBoolean()) {
        positive = lower;
      } else {
        negative = lower;
      }
    }
    if (random.nextDouble() < SOFT) {
      return soft(x, positive, negative, random.nextDouble(0.5, 0.9));
    }
    return hard(x, positive, negative);
  }

  /** Hard symmetric clipping at the level that gives {@code db} input SDR: validation's. */
  static Clipped hardAtInputSdr(float[] x, double db) {
    float level = atInputSdr(x, db);
    return hard(x, level, level);
  }

  static Clipped hard(float[] x, float positive, float negative) {
    float[] y = new float[x.length];
    float[] mask = new float[x.length];
    for (int i = 0; i < x.length; i++) {
      y[i] = Math.max(-negative, Math.min(positive, x[i]));
      // As the engine's ClipLevels.isClipped calls it.
      mask[i] = y[i] >= positive || y[i] <= -negative ? 0f : 1f;
    }
    return units(x, y, mask, positive, negative);
  }

  /**
   * Below {@code knee} times the level the signal passes; above, it bends smoothly towards the
   * level, {@code y = k L + (1 - k) L tanh((|x| - k L) / ((1 - k) L))}, never reaching it. The mask
   * marks every bent sample.
   */
  static Clipped soft(float[] x, float positive, float negative, double knee) {
    float[] y = new float[x.length];
    float[] mask = new float[x.length];
    for (int i = 0; i < x.length; i++) {
      double level = x[i] >= 0 ? positive : negative;
      double start = knee * level;
      double magnitude = Math.abs(x[i]);
      if (magnitude <= start) {
        y[i] = x[i];
        mask[i] = 1f;
      } else {
        double room = level - start;
        y[i] = (float) Math.copySign(start + room * Math.tanh((magnitude - start) / room), x[i]);
        mask[i] = 0f;
      }
    }
    return units(x, y, mask, positive, negative);
  }

  private static Clipped units(float[] x, float[] y, float[] mask, float positive, float negative) {
    PolarityScale scale = new PolarityScale(positive, negative);
    return new Clipped(scale.normalise(y), mask, scale.normalise(x));
  }

  private static float atInputSdr(float[] x, double db) {
    return new CleanClipping.AtInputSdr(db).levelFor(new float[][] {x});
  }

  static float peak(float[] x) {
    float peak = 0;
    for (float v : x) {
      peak = Math.max(peak, Math.abs(v));
    }
    return peak;
  }
}
