package dev.declip.desktop.window;

import java.util.function.BooleanSupplier;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Space (play/stop) and Tab (A/B) for the whole window. A filter rather than menu accelerators:
 * otherwise a focused button takes Space for itself (and would restore again). Tab switches A/B
 * only once there is a restore; before that it moves the focus as usual.
 */
final class Shortcuts {
  private Shortcuts() {}

  static void install(Scene scene, StudioActions actions, BooleanSupplier hasRestore) {
    scene.addEventFilter(
        KeyEvent.KEY_PRESSED,
        e -> {
          if (e.isShortcutDown() || e.isAltDown() || e.isShiftDown()) {
            return;
          }
          if (scene.getFocusOwner() instanceof TextInputControl) {
            return;
          }
          if (e.getCode() == KeyCode.SPACE) {
            actions.playOrStop();
            e.consume();
          } else if (e.getCode() == KeyCode.TAB && hasRestore.getAsBoolean()) {
            actions.toggleAB();
            e.consume();
          }
        });
  }
}
