package dev.declip.desktop.window;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/** Error dialogs: a title saying what failed and one line saying why. */
final class Dialogs {
  private Dialogs() {}

  /** Asks before throwing away a restore that was not exported; true to go on. */
  static boolean confirmDiscard(Window owner, String fileName, int restores) {
    Alert alert = new Alert(Alert.AlertType.CONFIRMATION);
    alert.initOwner(owner);
    alert.setTitle("Declip Studio");
    alert.setHeaderText(
        restores <= 1
            ? "The restore of " + fileName + " has not been exported"
            : restores + " restores of " + fileName + " have not been exported");
    alert.setContentText("Discard it?");
    alert.getDialogPane().setId("discard-dialog");
    ButtonType discard = new ButtonType("Discard", ButtonBar.ButtonData.OK_DONE);
    alert.getButtonTypes().setAll(discard, ButtonType.CANCEL);
    return alert.showAndWait().filter(b -> b == discard).isPresent();
  }

  static void error(Window owner, String what, Throwable error) {
    Alert alert = new Alert(Alert.AlertType.ERROR);
    alert.initOwner(owner);
    alert.setTitle("Declip Studio");
    alert.setHeaderText(what);
    alert.setContentText(ErrorMessages.oneLine(error));
    alert.getDialogPane().setId("error-dialog");
    alert.show();
  }
}
