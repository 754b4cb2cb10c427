package dev.declip.desktop.history;

/** An entry of the "A" list: a history entry, or (null) the recording as opened. */
record CompareChoice(HistoryEntry entry) {
  static final String ORIGINAL = "Original recording";

  @Override
  public String toString() {
    return entry == null ? ORIGINAL : entry.name();
  }
}
