package dev.declip.desktop.window;

import dev.declip.desktop.samples.SampleStore;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * Playing A (original) or B (restored). INTEGRATION POINT: until feat/playback's player lands this
 * only tracks the playing state, so menus and shortcuts can be wired and tested.
 */
final class PlaybackSlot {
  private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper(false);
  private final BooleanProperty loop = new SimpleBooleanProperty(false);

  void load(SampleStore original, SampleStore restored) {
    playing.set(false);
  }

  void playOrStop(boolean restored) {
    playing.set(!playing.get());
  }

  void switchTo(boolean restored) {}

  void stop() {
    playing.set(false);
  }

  ReadOnlyBooleanProperty playingProperty() {
    return playing.getReadOnlyProperty();
  }

  BooleanProperty loopProperty() {
    return loop;
  }
}
