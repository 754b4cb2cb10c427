package dev.declip.console;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/**
 * The version Maven wrote into {@code declip-version.properties} at build time, under a program's
 * name ({@code declip}, {@code declip-train}): each command line subclasses this with its name.
 */
public abstract class ProgramVersion implements IVersionProvider {
  private final String program;

  protected ProgramVersion(String program) {
    this.program = program;
  }

  @Override
  public String[] getVersion() throws IOException {
    Properties properties = new Properties();
    try (InputStream in = ProgramVersion.class.getResourceAsStream("/declip-version.properties")) {
      if (in != null) {
        properties.load(in);
      }
    }
    return new String[] {
      program + " " + properties.getProperty("version", "unknown"),
      "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")"
    };
  }
}
