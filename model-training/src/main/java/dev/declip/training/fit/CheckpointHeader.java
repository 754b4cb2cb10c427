package dev.declip.training.fit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.declip.model.ModelMetadata;
import dev.declip.model.UNetSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a checkpoint says about its run, so {@code --resume} can refuse a checkpoint of another
 * network and continue from the right epoch.
 *
 * @param epoch epochs completed
 * @param adamSteps optimiser steps taken
 * @param bestEpoch the epoch with the lowest validation loss so far (0: none yet)
 * @param bestValidationLoss that loss (NaN: none yet)
 * @param spec the network's architecture
 * @param objective the loss, e.g. {@code mc+ei}
 * @param gains the distribution of eq. 12's {@code g}
 * @param seed the run's seed
 * @param sampleRate the model's rate
 * @param windowLength the model's window
 * @param training the exported model's {@code declip.training} text
 * @param extra the exported model's other metadata (data, command line, loss)
 */
public record CheckpointHeader(
    int epoch,
    long adamSteps,
    int bestEpoch,
    double bestValidationLoss,
    UNetSpec spec,
    String objective,
    String gains,
    long seed,
    int sampleRate,
    int windowLength,
    String training,
    Map<String, String> extra) {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** This run after {@code completed} epochs; the best epoch moves when {@code loss} beats it. */
  public CheckpointHeader afterEpoch(int completed, long steps, double loss) {
    boolean better = Double.isFinite(loss) && !(loss >= bestValidationLoss);
    return new CheckpointHeader(
        completed,
        steps,
        better ? completed : bestEpoch,
        better ? loss : bestValidationLoss,
        spec,
        objective,
        gains,
        seed,
        sampleRate,
        windowLength,
        training,
        extra);
  }

  /** Whether the last completed epoch is the best one. */
  public boolean lastIsBest() {
    return bestEpoch == epoch;
  }

  /** What the model exported from this state says about itself. */
  public ModelMetadata metadata() {
    Map<String, String> all = new LinkedHashMap<>(extra);
    all.put("declip.epochs_trained", Integer.toString(epoch));
    return new ModelMetadata(sampleRate, windowLength, training, all);
  }

  public String toJson() {
    try {
      return JSON.writeValueAsString(this);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a header written by {@link #toJson()}.
   *
   * @throws IOException with a one-line message when the header is damaged or describes a run whose
   *     model could not be exported
   */
  public static CheckpointHeader fromJson(String json) throws IOException {
    CheckpointHeader header;
    try {
      header = JSON.readValue(json, CheckpointHeader.class);
    } catch (JsonProcessingException e) {
      throw damaged(e.getOriginalMessage(), e);
    }
    if (header == null || header.spec() == null || header.extra() == null) {
      throw damaged("no architecture or metadata", null);
    }
    try {
      // Found now rather than when the run exports its model, epochs later.
      header.metadata();
    } catch (IllegalArgumentException | NullPointerException e) {
      throw damaged(e.getMessage(), e);
    }
    return header;
  }

  private static IOException damaged(String why, Exception cause) {
    String line = why == null ? "" : why.lines().findFirst().orElse("").strip();
    return new IOException("the checkpoint's header is damaged (" + line + ")", cause);
  }
}
