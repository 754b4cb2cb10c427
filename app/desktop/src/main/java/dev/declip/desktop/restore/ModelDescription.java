package dev.declip.desktop.restore;

import dev.declip.model.ModelInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A model's metadata in a few lines for the restore panel. */
final class ModelDescription {
  private ModelDescription() {}

  static String of(ModelInfo info) {
    List<String> lines = new ArrayList<>();
    lines.add(
        String.format(
            Locale.ROOT,
            "%s (%.1f MB, %,d parameters)",
            info.path().getFileName(),
            info.facts().fileBytes() / 1e6,
            info.facts().parameterCount()));
    lines.add(
        (info.sampleRate() > 0 ? info.sampleRate() + " Hz" : "runs at the file's rate")
            + ", window "
            + (info.windowLength() > 0 ? info.windowLength() + " samples" : "not stated"));
    lines.add("training: " + (info.training().isEmpty() ? "not stated" : info.training()));
    info.warnings().forEach(w -> lines.add("note: " + w));
    return String.join("\n", lines);
  }
}
