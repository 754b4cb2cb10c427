package dev.declip.desktop.window;

import dev.declip.desktop.history.HistoryEntry;
import dev.declip.desktop.history.RestoreHistory;
import dev.declip.desktop.open.OpenedRecording;
import dev.declip.desktop.restore.RestoreOutcome;
import dev.declip.samples.FrameRange;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The main window's state: the open recording, its restore history (whose current entry is "the
 * restore"), the selection, which version is heard (A = the original or the entry compared with, B
 * = the current entry), whether a restore is unexported, and the recent files of the File menu.
 */
public final class StudioViewModel {
  static final String APP = "Declip Studio";

  private final ReadOnlyObjectWrapper<OpenedRecording> recording = new ReadOnlyObjectWrapper<>();
  private final RestoreHistory history = new RestoreHistory();
  private final ReadOnlyObjectWrapper<RestoreOutcome> restored = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyBooleanWrapper changed = new ReadOnlyBooleanWrapper(false);
  private final ObjectProperty<FrameRange> selection = new SimpleObjectProperty<>();
  private final BooleanProperty hearRestored = new SimpleBooleanProperty(false);
  private final ObservableList<Path> recentFiles = FXCollections.observableArrayList();
  private final StringBinding title =
      Bindings.createStringBinding(this::titleText, recording, changed);

  StudioViewModel() {
    history
        .currentProperty()
        .addListener(
            (obs, o, entry) -> {
              restored.set(entry == null ? null : entry.outcome());
              hearRestored.set(entry != null);
            });
    changed.bind(history.unexportedProperty().greaterThan(0));
  }

  private String titleText() {
    if (recording.get() == null) {
      return APP;
    }
    return (changed.get() ? "• " : "") + recording.get().file().getFileName() + " — " + APP;
  }

  /** A newly opened recording replaces the old one and any restore of it. */
  public void opened(OpenedRecording value) {
    OpenedRecording old = recording.get();
    dropRestore();
    selection.set(null);
    recording.set(value);
    if (old != null && old.samples() != value.samples()) {
      old.close();
    }
  }

  /**
   * Detection ran again (levels set by hand). The restores made with the old levels stay in the
   * history, each with the levels it used: counting again discards nothing.
   */
  public void redetected(OpenedRecording value) {
    recording.set(value);
  }

  /** A restore finished: a new history entry, laid over the one it was made on. */
  public void restoredWith(HistoryEntry entry) {
    history.add(entry);
  }

  /** The window closes: delete the temporary files behind the recording and its restore. */
  public void close() {
    dropRestore();
    if (recording.get() != null) {
      recording.get().close();
      recording.set(null);
    }
  }

  /** The current entry was exported. */
  public void exported() {
    history.exported(history.currentProperty().get());
  }

  private void dropRestore() {
    history.clear();
  }

  /** Switches A/B; only a restored recording has a B. */
  public void toggleAB() {
    hearRestored.set(restored.get() != null && !hearRestored.get());
  }

  public RestoreHistory history() {
    return history;
  }

  /** The frames a restore covers: the selection when asked and present, else the whole file. */
  public FrameRange restoreRange(boolean selectionOnly) {
    FrameRange whole = new FrameRange(0, recording.get().samples().frames());
    FrameRange chosen = selection.get();
    return selectionOnly && chosen != null && chosen.length() > 0 ? chosen : whole;
  }

  /** The recent files as the settings keep them (most recent first), for the File menu. */
  public void setRecentFiles(List<Path> files) {
    recentFiles.setAll(files);
  }

  public BooleanBinding hasRecording() {
    return recording.isNotNull();
  }

  public BooleanBinding hasRestore() {
    return restored.isNotNull();
  }

  public ReadOnlyObjectProperty<OpenedRecording> recordingProperty() {
    return recording.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<RestoreOutcome> restoredProperty() {
    return restored.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty changedProperty() {
    return changed.getReadOnlyProperty();
  }

  public ObjectProperty<FrameRange> selectionProperty() {
    return selection;
  }

  public BooleanProperty hearRestoredProperty() {
    return hearRestored;
  }

  public ObservableList<Path> recentFiles() {
    return recentFiles;
  }

  public StringBinding title() {
    return title;
  }
}
