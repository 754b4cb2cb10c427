package dev.declip.training.cli;

import dev.declip.cli.VersionProvider;

/** {@code declip-train}'s version: the project's, read as {@code declip} reads it. */
public final class TrainVersion extends VersionProvider {

  public TrainVersion() {
    super("declip-train");
  }
}
