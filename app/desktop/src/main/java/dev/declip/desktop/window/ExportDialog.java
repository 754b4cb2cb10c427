package dev.declip.desktop.window;

import dev.declip.audio.Container;
import dev.declip.audio.SampleEncoding;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Asks the bit depth of an export; says how the headroom is handled for each choice. */
final class ExportDialog {
  private ExportDialog() {}

  static Optional<SampleEncoding> ask(Window owner, SampleEncoding suggested, Path destination) {
    boolean flac = Container.fromPath(destination).orElse(Container.WAV) == Container.FLAC;
    ChoiceBox<SampleEncoding> encoding = new ChoiceBox<>();
    encoding.getItems().addAll(SampleEncoding.PCM_16, SampleEncoding.PCM_24);
    if (!flac) {
      encoding.getItems().add(SampleEncoding.FLOAT_32); // FLAC holds integers only
    }
    encoding.setValue(encoding.getItems().contains(suggested) ? suggested : SampleEncoding.PCM_24);
    Label headroom =
        new Label(
            "16- and 24-bit: the gain is lowered just enough for restored peaks to fit.\n"
                + "32-bit float: peaks above full scale are kept as they are.");
    Dialog<SampleEncoding> dialog = new Dialog<>();
    dialog.initOwner(owner);
    dialog.setTitle("Export");
    dialog.setHeaderText("Export " + destination.getFileName());
    dialog.getDialogPane().setContent(new VBox(10, new Label("Bit depth"), encoding, headroom));
    dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
    dialog.setResultConverter(button -> button == ButtonType.OK ? encoding.getValue() : null);
    return dialog.showAndWait();
  }
}
