package dev.declip.desktop.window;

import java.util.function.BooleanSupplier;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Space (play/stop), Tab (A/B) and +/- (zoom) for the whole window. A filter rather than menu
 * accelerators: a focused button would take Space for itself (and restore again), and '+' is a
 * different key on different layouts. Tab switches A/B only once there is a restore; before that it
 * moves the focus as usual.
 */
final class Shortcuts {
  private Shortcuts() {}

  static void install(Scene scene, StudioActions actions, BooleanSupplier hasRestore) {
    scene.addEventFilter(
        KeyEvent.KEY_PRESSED,
        e -> {
          if (e.isShortcutDown() || e.isAltDown()) {
            return;
          }
          if (scene.getFocusOwner() instanceof TextInputControl) {
            return;
          }
          KeyCode code = e.getCode();
          if (code == KeyCode.PLUS || code == KeyCode.ADD || code == KeyCode.EQUALS) {
            actions.zoomIn(); // '+' is Shift+'=' on many layouts, or the keypad's
            e.consume();
          } else if (code == KeyCode.MINUS || code == KeyCode.SUBTRACT) {
            actions.zoomOut();
            e.consume();
          } else if (e.isShiftDown()) {
            return;
          } else if (code == KeyCode.SPACE) {
            actions.playOrStop();
            e.consume();
          } else if (code == KeyCode.TAB && hasRestore.getAsBoolean()) {
            actions.toggleAB();
            e.consume();
          }
        });
  }
}
