package dev.declip.cli;

import dev.declip.console.ProgramVersion;

/** {@code declip}'s version: the project's. */
public final class DeclipVersion extends ProgramVersion {

  public DeclipVersion() {
    super("declip");
  }
}
