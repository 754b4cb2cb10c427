package dev.declip.model;

import java.util.Map;

/**
 * What a written model says about itself (see {@link ModelContract}): the training sample rate and
 * window length, how it was trained, and any other properties.
 */
public record ModelMetadata(
    int sampleRate, int windowLength, String training, Map<String, String> extra) {

  public ModelMetadata {
    if (sampleRate <= 0 || windowLength <= 0) {
      throw new IllegalArgumentException(
          "sample rate and window length must be positive: " + sampleRate + ", " + windowLength);
    }
    training = training == null ? "" : training;
    extra = Map.copyOf(extra);
  }

  public ModelMetadata(int sampleRate, int windowLength, String training) {
    this(sampleRate, windowLength, training, Map.of());
  }
}
