package dev.declip.restore.file;

import dev.declip.restore.RestorationAlgorithm;

/**
 * How a recording is cut for restoring: blocks of {@code block} frames, each restored with {@code
 * margin} frames of context on both sides that are read but not kept, so the kept samples see the
 * same neighbourhood they would in a whole-file restoration while memory stays bounded by the
 * block, not the file.
 */
public record BlockPlan(int margin, int block) {

  /**
   * The margin is twice what the algorithm reads, so results do not depend on where blocks fall,
   * and no less than a quarter second. Margins are restored and thrown away, so they are kept short
   * next to the 8-second block (10 % more work for a network at 44.1 kHz).
   */
  public static BlockPlan of(RestorationAlgorithm algorithm, int sampleRate) {
    int margin = Math.max(2 * algorithm.contextSamples(sampleRate), sampleRate / 4);
    return new BlockPlan(margin, Math.max(8 * sampleRate, 4 * margin));
  }
}
