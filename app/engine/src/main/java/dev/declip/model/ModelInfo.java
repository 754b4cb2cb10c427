package dev.declip.model;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What {@link ModelInspector} found in a model file that honours {@link ModelContract}.
 *
 * @param sampleRate training sample rate in Hz, 0 when the model does not say
 * @param windowLength training window in samples, 0 when the model does not say
 * @param lengthMultiple window lengths must be a multiple of this (1: any length)
 * @param training how it was trained, "" when the model does not say
 * @param metadata all metadata properties, {@code declip.*} included
 * @param warnings things the user should know (missing metadata, fixed dims)
 * @param facts details for {@link #toText()}
 */
public record ModelInfo(
    Path path,
    String inputName,
    String outputName,
    int sampleRate,
    int windowLength,
    int lengthMultiple,
    String training,
    Map<String, String> metadata,
    List<String> warnings,
    Facts facts) {

  /** Format details: signatures as text, ONNX versions, producer, sizes. */
  public record Facts(
      String input,
      String output,
      long irVersion,
      long opset,
      String producer,
      long fileBytes,
      long parameterCount) {}

  public ModelInfo {
    metadata = Map.copyOf(metadata);
    warnings = List.copyOf(warnings);
  }

  /** A summary for {@code declip info}. */
  public String toText() {
    StringBuilder text = new StringBuilder();
    line(
        text,
        "model",
        path.getFileName()
            + String.format(
                Locale.ROOT,
                " (%.1f MB, %,d parameters)",
                facts.fileBytes() / 1e6,
                facts.parameterCount()));
    line(text, "input", facts.input());
    line(text, "output", facts.output());
    line(
        text,
        "sample rate",
        sampleRate > 0 ? sampleRate + " Hz" : "not stated (runs at the file's rate)");
    line(
        text,
        "window",
        windowLength > 0
            ? windowLength
                + " samples"
                + (sampleRate > 0
                    ? String.format(Locale.ROOT, " (%.2f s)", windowLength / (double) sampleRate)
                    : "")
            : "not stated (" + ModelContract.DEFAULT_WINDOW_LENGTH + " samples used)");
    if (lengthMultiple > 1) {
      line(text, "length multiple", Integer.toString(lengthMultiple));
    }
    line(text, "training", training.isEmpty() ? "not stated" : training);
    line(text, "architecture", metadata.getOrDefault(ModelContract.ARCHITECTURE, "not stated"));
    line(
        text,
        "format",
        "ONNX IR "
            + facts.irVersion()
            + ", opset "
            + facts.opset()
            + (facts.producer().isEmpty() ? "" : ", made by " + facts.producer()));
    metadata.entrySet().stream()
        .filter(e -> !e.getKey().startsWith("declip."))
        .sorted(Map.Entry.comparingByKey())
        .forEach(e -> line(text, e.getKey(), e.getValue()));
    warnings.forEach(w -> line(text, "warning", w));
    return text.toString();
  }

  private static void line(StringBuilder text, String label, String value) {
    text.append(String.format(Locale.ROOT, "%-16s%s%n", label, value));
  }
}
