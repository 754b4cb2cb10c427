package dev.declip.desktop.window;

import java.nio.file.Path;

/** What menus, shortcuts and panels ask the window to do. */
interface StudioActions {
  void openDialog();

  void open(Path file);

  void openDemo();

  void exportDialog();

  void quit();

  void restore(boolean selectionOnly);

  void undo();

  void redo();

  void playOrStop();

  void toggleAB();

  void zoomIn();

  void zoomOut();

  void zoomToFit();

  void zoomToSelection();

  void zoomToNextClippedRun();
}
