package dev.declip.desktop.restore;

import java.util.List;

/** A finished restore: the restored recording, what changed, and notes on the algorithm used. */
public record RestoreOutcome(
    RestoredStore restored, RestoreStats stats, String algorithm, List<String> notes) {}
