package dev.declip.desktop.window;

import java.io.File;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.scene.Scene;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;

/** Opens a file dropped anywhere on the window (the first, when several are dropped). */
final class DropTarget {
  private DropTarget() {}

  static void install(Scene scene, Consumer<Path> open) {
    scene.setOnDragOver(
        e -> {
          if (e.getDragboard().hasFiles()) {
            e.acceptTransferModes(TransferMode.COPY);
          }
          e.consume();
        });
    scene.setOnDragDropped(
        e -> {
          Dragboard board = e.getDragboard();
          boolean done = board.hasFiles() && !board.getFiles().isEmpty();
          if (done) {
            File file = board.getFiles().get(0);
            open.accept(file.toPath());
          }
          e.setDropCompleted(done);
          e.consume();
        });
  }
}
