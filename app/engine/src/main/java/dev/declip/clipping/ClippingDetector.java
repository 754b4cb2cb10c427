package dev.declip.clipping;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Pass 1: detects the clip levels of every channel, separately for each polarity, from the signal
 * itself. Feed it all blocks with {@link #accept}, then ask {@link #result()}. Memory is a few
 * fixed-size histograms per channel; each sample costs O(1).
 */
public final class ClippingDetector {

  private final ChannelState[] channels;
  private final PileUpEstimator estimator = new PileUpEstimator();

  public ClippingDetector(int channelCount) {
    if (channelCount < 1) {
      throw new IllegalArgumentException("need at least one channel, got " + channelCount);
    }
    channels = new ChannelState[channelCount];
    for (int c = 0; c < channelCount; c++) {
      channels[c] = new ChannelState();
    }
  }

  /** Adds {@code block[channel][0..frames)} for every channel. */
  public void accept(float[][] block, int frames) {
    for (int c = 0; c < channels.length; c++) {
      float[] samples = block[c];
      ChannelState state = channels[c];
      for (int i = 0; i < frames; i++) {
        state.add(samples[i]);
      }
    }
  }

  /**
   * The levels found so far, one entry per channel. A polarity whose own lossy pile is too small to
   * stand alone still counts when it piles up, by relaxed thresholds, at the band that all
   * polarities of all channels together show, or near a level another polarity found on its own:
   * one converter clips them all at one level.
   */
  public List<ChannelDetection> result() {
    PolarityStats pooled = new PolarityStats();
    List<Optional<Float>> own = new ArrayList<>();
    boolean flat = false;
    for (ChannelState state : channels) {
      pooled.addAll(state.positive);
      pooled.addAll(state.negative);
      Optional<Float> positive = estimator.estimate(state.positive, state.min);
      Optional<Float> negative = estimator.estimate(state.negative, -state.max);
      own.add(positive);
      own.add(negative);
      flat |= positive.equals(Optional.of(state.max)) || negative.equals(Optional.of(-state.min));
    }
    // Flat clipping is found exactly in each polarity on its own; sharing would only blur it.
    OptionalDouble shared = flat ? OptionalDouble.empty() : estimator.sharedLossyBand(pooled);
    List<ChannelDetection> result = new ArrayList<>(channels.length);
    for (int c = 0; c < channels.length; c++) {
      ChannelState state = channels[c];
      Optional<Float> positive = confirmed(own.get(2 * c), state.positive, state.min, shared);
      Optional<Float> negative = confirmed(own.get(2 * c + 1), state.negative, -state.max, shared);
      if (!flat) {
        positive = orNearSibling(positive, own, 2 * c, state.positive, state.min);
        negative = orNearSibling(negative, own, 2 * c + 1, state.negative, -state.max);
      }
      result.add(new ChannelDetection(levels(positive, negative), state.finite, state.nonFinite));
    }
    return result;
  }

  private Optional<Float> confirmed(
      Optional<Float> own, PolarityStats side, float lowestSwing, OptionalDouble shared) {
    if (own.isPresent() || shared.isEmpty()) {
      return own;
    }
    return estimator.estimateAt(side, lowestSwing, shared.getAsDouble());
  }

  /**
   * A polarity that neither its own pile nor the shared band made count may still pile up near a
   * level that another polarity found on its own evidence: one converter clipped both polarities
   * and all channels, so that level is strong evidence for its siblings too.
   */
  private Optional<Float> orNearSibling(
      Optional<Float> found,
      List<Optional<Float>> own,
      int index,
      PolarityStats side,
      float lowestSwing) {
    if (found.isPresent()) {
      return found;
    }
    return anchor(own, index).flatMap(level -> estimator.estimateNear(side, lowestSwing, level));
  }

  /** The level the other polarity of the same channel found on its own, else the mean of all. */
  private static Optional<Float> anchor(List<Optional<Float>> own, int index) {
    Optional<Float> sibling = own.get(index ^ 1);
    if (sibling.isPresent()) {
      return sibling;
    }
    double sum = 0;
    int count = 0;
    for (Optional<Float> level : own) {
      if (level.isPresent()) {
        sum += level.get();
        count++;
      }
    }
    return count == 0 ? Optional.empty() : Optional.of((float) (sum / count));
  }

  private static Optional<ClipLevels> levels(Optional<Float> positive, Optional<Float> negative) {
    if (positive.isEmpty() && negative.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new ClipLevels(
            positive.orElse(Float.POSITIVE_INFINITY), negative.orElse(Float.POSITIVE_INFINITY)));
  }

  /**
   * Streaming state of one channel; remembers the previous sample to find plateaus, and the crest
   * of the current half-wave (a half-wave ends where the sign changes or a sample is zero).
   */
  private static final class ChannelState {
    final PolarityStats positive = new PolarityStats();
    final PolarityStats negative = new PolarityStats();
    long finite;
    long nonFinite;
    float min = Float.POSITIVE_INFINITY;
    float max = Float.NEGATIVE_INFINITY;
    private float previous = Float.NaN;
    private boolean previousOnPlateau;
    private float crest;
    private long runLength;
    private float runStepIn;

    void add(float sample) {
      if (!Float.isFinite(sample)) {
        nonFinite++;
        endRun(0);
        endHalfWave();
        previous = Float.NaN;
        previousOnPlateau = false;
        return;
      }
      finite++;
      min = Math.min(min, sample);
      max = Math.max(max, sample);
      boolean sameSign = sample > 0 ? previous > 0 : previous < 0;
      if (sameSign && sample == previous) {
        runLength++;
      } else {
        endRun(sameSign ? Math.abs(previous) - Math.abs(sample) : Math.abs(previous));
        // A run that starts the stream (or follows a broken sample) was not seen being entered.
        runStepIn =
            Float.isNaN(previous)
                ? 0
                : sameSign ? Math.abs(sample) - Math.abs(previous) : Math.abs(sample);
        runLength = 1;
      }
      if (!sameSign) {
        endHalfWave();
      }
      if (sample == 0) {
        previous = 0;
        previousOnPlateau = false;
        return;
      }
      PolarityStats side = sample > 0 ? positive : negative;
      float magnitude = Math.abs(sample);
      side.add(magnitude);
      crest = Math.max(crest, magnitude);
      boolean onPlateau = sameSign && PolarityStats.formPlateau(magnitude, Math.abs(previous));
      if (onPlateau) {
        if (!previousOnPlateau) {
          side.addPlateau(Math.abs(previous));
        }
        side.addPlateau(magnitude);
      }
      previous = sample;
      previousOnPlateau = onPlateau;
    }

    /** Books the run of equal samples that ends at {@code previous}, left by {@code stepOut}. */
    private void endRun(float stepOut) {
      if (runLength >= 2 && previous != 0) {
        (previous > 0 ? positive : negative)
            .addRun(Math.abs(previous), runLength, Math.min(runStepIn, stepOut));
      }
      runLength = 0;
    }

    /** Books the crest of the half-wave that {@code previous} belongs to. */
    private void endHalfWave() {
      if (crest > 0) {
        (previous > 0 ? positive : negative).addCrest(crest);
      }
      crest = 0;
    }
  }
}
