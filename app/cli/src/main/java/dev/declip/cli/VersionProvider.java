package dev.declip.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/**
 * The version Maven wrote into {@code declip-version.properties} at build time, under a program's
 * name: {@code declip}, or another of the project's commands that subclasses this.
 */
public class VersionProvider implements IVersionProvider {
  private final String program;

  public VersionProvider() {
    this("declip");
  }

  protected VersionProvider(String program) {
    this.program = program;
  }

  @Override
  public String[] getVersion() throws IOException {
    Properties properties = new Properties();
    try (InputStream in = VersionProvider.class.getResourceAsStream("/declip-version.properties")) {
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
