package dev.declip.desktop.restore;

import dev.declip.desktop.waveform.MinMaxPyramid;
import java.util.List;

/**
 * A finished restore: the restored recording and its summary for the waveform, what changed, and
 * notes on the algorithm used.
 */
public record RestoreOutcome(
    RestoredStore restored,
    MinMaxPyramid pyramid,
    RestoreStats stats,
    String algorithm,
    List<String> notes) {}
