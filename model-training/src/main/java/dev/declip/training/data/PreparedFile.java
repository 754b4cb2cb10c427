package dev.declip.training.data;

import dev.declip.clipping.ClipLevels;
import java.util.List;

/**
 * What one file gave.
 *
 * @param name the file's path relative to the data folder
 * @param seconds its duration
 * @param levels the clip levels of its clipped channels (detected, or chosen for clean audio)
 * @param windows its windows that hold clipped samples, channel by channel, in time order
 */
public record PreparedFile(
    String name, double seconds, List<ClipLevels> levels, List<TrainingWindow> windows) {

  public PreparedFile {
    levels = List.copyOf(levels);
    windows = List.copyOf(windows);
  }
}
