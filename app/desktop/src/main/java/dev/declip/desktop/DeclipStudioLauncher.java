package dev.declip.desktop;

import dev.declip.desktop.settings.StudioPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;

/**
 * The main class. It does not extend Application, so JavaFX starts from the class path (a main
 * class that does extends fails there with "JavaFX runtime components are missing").
 *
 * <p>{@code --screenshot OUT.png [--welcome | FILE]} needs no display where Monocle is on the class
 * path (the build's launcher): it then runs on Monocle's headless platform with software rendering.
 * The installed app leaves Monocle out and asks for a display (e.g. {@code xvfb-run}).
 */
public final class DeclipStudioLauncher {
  static final String LOG_FILE_PROPERTY = "org.slf4j.simpleLogger.logFile";
  private static final String MONOCLE = "com.sun.glass.ui.monocle.MonoclePlatformFactory";

  private DeclipStudioLauncher() {}

  public static void main(String[] args) {
    StudioArguments arguments;
    try {
      arguments = StudioArguments.parse(List.of(args));
    } catch (IllegalArgumentException e) {
      System.err.println("declip-studio: " + e.getMessage());
      System.exit(2);
      return;
    }
    logToFile(StudioPaths.forThisMachine().logFile());
    // Looking for a GPU at start makes ONNX Runtime warn that CUDA is missing: expected, not news.
    System.setProperty("org.slf4j.simpleLogger.log.ai.djl.onnxruntime.engine.OrtEngine", "error");
    if (arguments.screenshot().isPresent() && System.getenv("DISPLAY") == null) {
      if (!monocleAvailable()) {
        System.err.println(
            "declip-studio: --screenshot needs a display here; run it as xvfb-run declip-studio ...");
        System.exit(2);
        return;
      }
      headless();
    }
    Application.launch(DeclipStudioApp.class, args);
  }

  /**
   * The desktop app is started from a menu, where nobody reads stderr: its log of the last run goes
   * to the file the guide names, unless {@code -Dorg.slf4j.simpleLogger.logFile} says otherwise.
   */
  private static void logToFile(Path file) {
    if (System.getProperty(LOG_FILE_PROPERTY) != null) {
      return;
    }
    try {
      Files.createDirectories(file.getParent());
      System.setProperty(LOG_FILE_PROPERTY, file.toString());
    } catch (IOException e) {
      System.err.println("declip-studio: logging to stderr; cannot create " + file.getParent());
    }
  }

  private static boolean monocleAvailable() {
    try {
      Class.forName(MONOCLE, false, DeclipStudioLauncher.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }

  private static void headless() {
    System.setProperty("glass.platform", "Monocle");
    System.setProperty("monocle.platform", "Headless");
    System.setProperty("prism.order", "sw");
    System.setProperty("prism.text", "t2k");
    System.setProperty("java.awt.headless", "true");
  }
}
