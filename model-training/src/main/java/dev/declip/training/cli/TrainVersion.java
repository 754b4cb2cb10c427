package dev.declip.training.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The version Maven wrote into {@code declip-train-version.properties} at build time. */
final class TrainVersion implements IVersionProvider {

  @Override
  public String[] getVersion() throws IOException {
    Properties properties = new Properties();
    try (InputStream in =
        TrainVersion.class.getResourceAsStream("/declip-train-version.properties")) {
      if (in != null) {
        properties.load(in);
      }
    }
    return new String[] {
      "declip-train " + properties.getProperty("version", "unknown"),
      "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")"
    };
  }
}
