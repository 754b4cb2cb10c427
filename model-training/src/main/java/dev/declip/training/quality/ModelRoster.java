package dev.declip.training.quality;

import dev.declip.model.InferenceOptions;
import dev.declip.restore.AlgorithmChoice;
import dev.declip.restore.CubicInterpolation;
import dev.declip.restore.choice.OpenedAlgorithm;
import dev.declip.restore.choice.RestorationAlgorithms;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The restorations the benchmark compares, from the models folder ({@code assets/models}): the
 * model-free baselines, the paper's three networks at 22 050 Hz, the shipped default, and the
 * inference-time variants measured as levers. A missing model file drops its rows with a note
 * saying which command trains it.
 */
public final class ModelRoster {
  public static final String SUPERVISED = "declip-22k-supervised.onnx";
  public static final String MCEI_NO_MASK = "declip-22k-mcei-nomask.onnx";
  public static final String MCEI = "declip-22k-mcei.onnx";
  public static final String MCEI_GENRE = "declip-22k-mcei-genre.onnx";

  /** Written by bench/test-time-adaptation.sh, not shipped: scored when present. */
  public static final String MCEI_ADAPTED = "declip-22k-mcei-tta.onnx";

  public static final String SHIPPED = "declip-default.onnx";
  private static final double TAU = 0.95;

  private final Path dir;
  private final InferenceOptions options;
  private final Consumer<String> notes;

  public ModelRoster(Path dir, InferenceOptions options, Consumer<String> notes) {
    this.dir = dir;
    this.options = options;
    this.notes = notes;
  }

  /**
   * Identity is added by the benchmark; these follow it: Table II and the input-SDR tables.
   *
   * @param variants also the inference-time levers (tau, consistency, averaging over g), measured
   *     on Table II only to keep the run short
   */
  public List<Contender> paperTable(boolean variants) {
    List<Contender> rows = baselines();
    model(SUPERVISED, "supervised, with mask").ifPresent(rows::add);
    model(MCEI_NO_MASK, "MC+EI, without mask").ifPresent(rows::add);
    Optional<Contender> mcei = model(MCEI, "MC+EI, with mask");
    mcei.ifPresent(rows::add);
    if (variants && mcei.isPresent()) {
      Contender c = mcei.get();
      rows.add(c.withTau(0.8, "MC+EI, with mask, tau 0.8"));
      rows.add(c.withTau(0.99, "MC+EI, with mask, tau 0.99"));
      rows.add(c.inconsistent("MC+EI, with mask, no consistency"));
      rows.add(
          c.wrapped(
              "MC+EI, with mask, averaged over g 0.8, 1.25",
              net -> new ScaleAveraging(net, 0.8, 1.25)));
      if (Files.isRegularFile(dir.resolve(MCEI_ADAPTED))) {
        model(MCEI_ADAPTED, "MC+EI, with mask, adapted on the test audio (time not counted)")
            .ifPresent(rows::add);
      }
    }
    model(SHIPPED, "shipped: " + SHIPPED).ifPresent(rows::add);
    return rows;
  }

  /** Table III: trained on music, tested on another kind of audio. */
  public List<Contender> otherAudioTable() {
    List<Contender> rows = baselines();
    model(SUPERVISED, "supervised on music").ifPresent(rows::add);
    model(MCEI, "MC+EI on music").ifPresent(rows::add);
    model(MCEI_GENRE, "MC+EI on music + the test audio, clipped").ifPresent(rows::add);
    model(SHIPPED, "shipped: " + SHIPPED).ifPresent(rows::add);
    return rows;
  }

  /** Model-free cubic interpolation, blended at {@code tau}. */
  public static Contender cubic(double tau) {
    return new Contender(
        "cubic interpolation",
        () -> new OpenedAlgorithm(new CubicInterpolation(), List.of()),
        tau,
        true);
  }

  /** A model file run as {@code declip restore} runs it. */
  public static Contender network(String label, Path model, InferenceOptions options, double tau) {
    return new Contender(
        label,
        () ->
            RestorationAlgorithms.open(
                Optional.of(AlgorithmChoice.NEURAL), Optional.of(model), options),
        tau,
        true);
  }

  /** The sparse reference (the bar), on the same threads as the networks. */
  public static Contender aspade(InferenceOptions options, double tau) {
    return new Contender(
        "A-SPADE",
        () ->
            RestorationAlgorithms.open(
                Optional.of(AlgorithmChoice.ASPADE), Optional.empty(), options),
        tau,
        true);
  }

  private List<Contender> baselines() {
    List<Contender> rows = new ArrayList<>();
    rows.add(cubic(TAU));
    rows.add(aspade(options, TAU));
    return rows;
  }

  private Optional<Contender> model(String file, String label) {
    Path model = dir.resolve(file);
    if (!Files.isRegularFile(model)) {
      notes.accept(
          "no "
              + model
              + ": its rows are left out (model-training/bench/train-models.sh trains it)");
      return Optional.empty();
    }
    return Optional.of(network(label, model, options, TAU));
  }
}
