package dev.declip.desktop;

import java.util.List;
import javafx.application.Application;

/**
 * The main class. It does not extend Application, so JavaFX starts from the class path (a main
 * class that does extends fails there with "JavaFX runtime components are missing").
 *
 * <p>{@code --screenshot OUT.png [FILE]} needs no display: without one it runs on Monocle's
 * headless platform with software rendering.
 */
public final class DeclipStudioLauncher {
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
    // Looking for a GPU at start makes ONNX Runtime warn that CUDA is missing: expected, not news.
    System.setProperty("org.slf4j.simpleLogger.log.ai.djl.onnxruntime.engine.OrtEngine", "error");
    if (arguments.screenshot().isPresent() && System.getenv("DISPLAY") == null) {
      headless();
    }
    Application.launch(DeclipStudioApp.class, args);
  }

  private static void headless() {
    System.setProperty("glass.platform", "Monocle");
    System.setProperty("monocle.platform", "Headless");
    System.setProperty("prism.order", "sw");
    System.setProperty("prism.text", "t2k");
    System.setProperty("java.awt.headless", "true");
  }
}
