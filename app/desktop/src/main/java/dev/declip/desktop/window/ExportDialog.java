package dev.declip.desktop.window;

import dev.declip.audio.Container;
import dev.declip.audio.SampleEncoding;
import dev.declip.desktop.settings.ExportPreference;
import dev.declip.levels.TruePeak;
import dev.declip.restore.file.GainPlan;
import dev.declip.restore.file.GainPolicy;
import dev.declip.restore.file.RestoredLevels;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Asks how to export: the format, in words, and how the level is kept below a true-peak ceiling.
 * Before anything is written it shows the gain the choice applies and the peak the file will have,
 * worked out by the engine's {@link GainPolicy} from the levels the restore kept.
 */
final class ExportDialog {
  private ExportDialog() {}

  /** What the user chose. */
  record Choice(SampleEncoding encoding, GainPolicy gain) {
    ExportPreference preference() {
      return new ExportPreference(encoding, gain);
    }
  }

  private static final List<GainPolicy.Mode> MODES =
      List.of(GainPolicy.Mode.CEILING, GainPolicy.Mode.LIMIT, GainPolicy.Mode.FIXED);

  static Dialog<Choice> build(
      Window owner,
      RestoredLevels levels,
      SampleEncoding suggested,
      ExportPreference remembered,
      Path destination) {
    boolean flac = Container.fromPath(destination).orElse(Container.WAV) == Container.FLAC;
    List<SampleEncoding> encodings =
        flac // FLAC holds integers only
            ? List.of(SampleEncoding.PCM_16, SampleEncoding.PCM_24)
            : List.of(SampleEncoding.PCM_16, SampleEncoding.PCM_24, SampleEncoding.FLOAT_32);
    SampleEncoding first = remembered.encodingIfAny().orElse(suggested);
    Choices<SampleEncoding> encoding =
        new Choices<>(
            "format",
            encodings,
            SampleEncoding::label,
            encodings.contains(first) ? first : SampleEncoding.PCM_24);

    GainPolicy policy = remembered.gain();
    Choices<GainPolicy.Mode> mode =
        new Choices<>("level", MODES, ExportDialog::modeText, policy.modeFor(encoding.value()));
    Spinner<Double> ceiling = new Spinner<>(-20.0, 0.0, policy.ceilingDb(), 0.1);
    ceiling.setId("export-ceiling");
    ceiling.setEditable(true);
    Spinner<Double> makeup = new Spinner<>(-24.0, 24.0, policy.makeupDb(), 0.5);
    makeup.setId("export-makeup");
    makeup.setEditable(true);
    commitWhileTyping(ceiling);
    commitWhileTyping(makeup);
    Label figure = new Label();
    figure.setId("export-gain");
    figure.setWrapText(true);
    figure.setPrefWidth(420);

    Runnable show =
        () -> {
          // Keeping the level as it is holds only in float; integer output would clip.
          boolean floating = encoding.value().canExceedFullScale();
          mode.disable(GainPolicy.Mode.FIXED, !floating);
          GainPolicy chosen = chosen(mode.value(), ceiling.getValue(), makeup.getValue());
          ceiling.setDisable(mode.value() == GainPolicy.Mode.FIXED);
          figure.setText(describe(chosen.plan(levels, encoding.value()), levels));
        };
    encoding.onChange(show);
    mode.onChange(show);
    ceiling.valueProperty().addListener((obs, o, v) -> show.run());
    makeup.valueProperty().addListener((obs, o, v) -> show.run());
    show.run();

    GridPane grid = new GridPane();
    grid.setHgap(8);
    grid.setVgap(8);
    grid.addRow(0, new Label("Format"), encoding.box());
    grid.addRow(1, new Label("Level"), mode.box());
    grid.addRow(2, new Label("Ceiling (dBTP)"), ceiling);
    grid.addRow(3, new Label("Makeup gain (dB)"), makeup);

    Dialog<Choice> dialog = new Dialog<>();
    dialog.initOwner(owner);
    dialog.setTitle("Export");
    dialog.setHeaderText("Export " + destination.getFileName());
    dialog.getDialogPane().setId("export-dialog");
    dialog.getDialogPane().setContent(new VBox(12, grid, figure));
    dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
    dialog.setResultConverter(
        button ->
            button == ButtonType.OK
                ? new Choice(
                    encoding.value(), chosen(mode.value(), ceiling.getValue(), makeup.getValue()))
                : null);
    return dialog;
  }

  static Optional<Choice> ask(
      Window owner,
      RestoredLevels levels,
      SampleEncoding suggested,
      ExportPreference remembered,
      Path destination) {
    return build(owner, levels, suggested, remembered, destination).showAndWait();
  }

  /**
   * The figure follows the number as it is typed, not only when the field loses focus; Enter is
   * left to the dialog's OK.
   */
  private static void commitWhileTyping(Spinner<Double> spinner) {
    spinner
        .getEditor()
        .textProperty()
        .addListener(
            (obs, o, text) -> {
              try {
                double value = Double.parseDouble(text.trim().replace('−', '-'));
                if (Double.isFinite(value) && value != spinner.getValue()) {
                  spinner.getValueFactory().setValue(value);
                }
              } catch (NumberFormatException e) {
                // not a number yet (a lone minus sign): the figure waits
              }
            });
  }

  private static GainPolicy chosen(GainPolicy.Mode mode, double ceilingDb, double makeupDb) {
    return new GainPolicy(
        mode, Math.max(-20, Math.min(0, ceilingDb)), Math.max(-24, Math.min(24, makeupDb)));
  }

  static String modeText(GainPolicy.Mode mode) {
    return switch (mode) {
      case AUTO, CEILING -> "Lower the gain to the ceiling";
      case LIMIT -> "Limit restored peaks above the ceiling";
      case FIXED -> "Keep the level (makeup gain only)";
    };
  }

  /** E.g. "Gain −7.20 dB. The file will peak at −0.30 dBTP (sample peak −0.52 dBFS)." */
  static String describe(GainPlan plan, RestoredLevels levels) {
    String text =
        String.format(
            Locale.ROOT,
            "Gain %+.2f dB. The file will peak at %.2f dBTP (sample peak %.2f dBFS).",
            plan.gainDb(),
            TruePeak.db(plan.truePeakAfter()),
            TruePeak.db(plan.samplePeakAfter()));
    if (plan.limits()) {
      text +=
          String.format(
              Locale.ROOT,
              "\nThe limiter lowers restored peaks by up to %.2f dB; the rest keeps the gain.",
              TruePeak.db(levels.restoredTruePeak() * plan.gain() / plan.ceiling()));
    }
    if (plan.mode() == GainPolicy.Mode.FIXED && plan.truePeakAfter() > 1) {
      text += "\nPeaks above 0 dBFS are kept: only a 32-bit float file holds them.";
    }
    return text;
  }

  /**
   * One choice among a few, as radio buttons: every option in sight, and a click picks one (a
   * choice box's popup would hide them).
   */
  private static final class Choices<T> {
    private final ToggleGroup group = new ToggleGroup();
    private final VBox box = new VBox(4);
    private final java.util.Map<T, RadioButton> buttons = new java.util.LinkedHashMap<>();
    private T value;

    Choices(String id, List<T> options, Function<T, String> name, T initial) {
      for (T option : options) {
        RadioButton button = new RadioButton(name.apply(option));
        button.setId(id + "-" + option.toString().toLowerCase(Locale.ROOT).replace('_', '-'));
        button.setToggleGroup(group);
        button.setUserData(option);
        buttons.put(option, button);
        box.getChildren().add(button);
      }
      value = buttons.containsKey(initial) ? initial : options.get(0);
      buttons.get(value).setSelected(true);
    }

    @SuppressWarnings("unchecked")
    void onChange(Runnable action) {
      group
          .selectedToggleProperty()
          .addListener(
              (obs, o, selected) -> {
                if (selected != null) {
                  value = (T) selected.getUserData();
                  action.run();
                }
              });
    }

    T value() {
      return value;
    }

    /** Disables an option; if it was chosen, the first option is chosen instead. */
    void disable(T option, boolean disabled) {
      RadioButton button = buttons.get(option);
      button.setDisable(disabled);
      if (disabled && value == option) {
        buttons.values().iterator().next().setSelected(true);
      }
    }

    VBox box() {
      return box;
    }
  }
}
