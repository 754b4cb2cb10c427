package dev.declip.desktop.history;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The restores of the open file, all kept until it is closed. The current entry (null: the
 * recording as opened) is what the waveform shows, B plays and an export writes; {@link
 * #compareWithProperty() A} is any other entry or the original. Undo goes back to the version a
 * restore was made on, redo forward to the one last left by undo, so a restore made after an undo
 * keeps the others instead of discarding them. Called on the FX thread only.
 */
public final class RestoreHistory {
  private final ObservableList<HistoryEntry> entries = FXCollections.observableArrayList();
  private final ObservableList<HistoryEntry> readOnly =
      FXCollections.unmodifiableObservableList(entries);
  private final ReadOnlyObjectWrapper<HistoryEntry> current = new ReadOnlyObjectWrapper<>();
  private final ObjectProperty<HistoryEntry> compareWith = new SimpleObjectProperty<>();
  private final ReadOnlyIntegerWrapper unexported = new ReadOnlyIntegerWrapper(0);
  private final Set<HistoryEntry> exported = new HashSet<>();

  /** For redo: the entry last current among those made on a version (key null: the original). */
  private final Map<Optional<HistoryEntry>, HistoryEntry> lastVisited = new HashMap<>();

  private final BooleanBinding canUndo = current.isNotNull();
  private final BooleanBinding canRedo =
      Bindings.createBooleanBinding(() -> redoTarget().isPresent(), current, entries);

  /** A finished restore becomes the current entry. */
  public void add(HistoryEntry entry) {
    entries.add(entry);
    show(entry);
    unexported.set(unexported.get() + 1);
  }

  /** Makes {@code entry} (null: the recording as opened) the version shown, heard and exported. */
  public void show(HistoryEntry entry) {
    if (entry != null && !entries.contains(entry)) {
      throw new IllegalArgumentException("not in this history: " + entry.name());
    }
    if (entry != null) {
      lastVisited.put(Optional.ofNullable(entry.basedOn()), entry);
    }
    current.set(entry);
  }

  /** Back to the version the current restore was made on; false when there is none. */
  public boolean undo() {
    HistoryEntry now = current.get();
    if (now == null) {
      return false;
    }
    current.set(now.basedOn());
    return true;
  }

  /** Forward to the restore last undone from here; false when there is none. */
  public boolean redo() {
    Optional<HistoryEntry> next = redoTarget();
    next.ifPresent(this::show);
    return next.isPresent();
  }

  private Optional<HistoryEntry> redoTarget() {
    return Optional.ofNullable(lastVisited.get(Optional.ofNullable(current.get())));
  }

  /** The current entry was written to a file. */
  public void exported(HistoryEntry entry) {
    if (entry != null && exported.add(entry)) {
      unexported.set(unexported.get() - 1);
    }
  }

  public boolean isExported(HistoryEntry entry) {
    return exported.contains(entry);
  }

  /** The file closes: every entry's restored audio is deleted from the temporary folder. */
  public void clear() {
    current.set(null);
    compareWith.set(null);
    entries.forEach(e -> e.outcome().close()); // each entry closes its own layer only
    entries.clear();
    exported.clear();
    lastVisited.clear();
    unexported.set(0);
  }

  public ObservableList<HistoryEntry> entries() {
    return readOnly;
  }

  public ReadOnlyObjectProperty<HistoryEntry> currentProperty() {
    return current.getReadOnlyProperty();
  }

  /** A of the A/B comparison: an entry, or null for the recording as opened. */
  public ObjectProperty<HistoryEntry> compareWithProperty() {
    return compareWith;
  }

  /** Entries never written to a file: what closing would lose. */
  public ReadOnlyIntegerProperty unexportedProperty() {
    return unexported.getReadOnlyProperty();
  }

  public BooleanBinding canUndo() {
    return canUndo;
  }

  public BooleanBinding canRedo() {
    return canRedo;
  }
}
