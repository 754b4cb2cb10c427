package dev.declip.desktop.window;

import javafx.scene.control.Alert;
import javafx.stage.Window;

/** Error dialogs: a title saying what failed and one line saying why. */
final class Dialogs {
  private Dialogs() {}

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
