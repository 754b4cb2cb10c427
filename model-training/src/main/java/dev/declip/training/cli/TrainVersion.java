package dev.declip.training.cli;

import dev.declip.console.ProgramVersion;

/** {@code declip-train}'s version: the project's. */
public final class TrainVersion extends ProgramVersion {

  public TrainVersion() {
    super("declip-train");
  }
}
