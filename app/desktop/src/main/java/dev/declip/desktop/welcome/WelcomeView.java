package dev.declip.desktop.welcome;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * What a new user sees in the main window on the first start: what the app does, what to do next,
 * and a button for the bundled demo recording (disabled when this installation has none) beside one
 * for their own file.
 */
public final class WelcomeView extends VBox {
  /** Narrower than the waveform area at the smallest window, so it never touches its edges. */
  static final double MAX_WIDTH = 560;

  static final String TITLE = "Welcome to Declip Studio";
  static final String[] STEPS = {
    "1. Open a clipped recording: the demo below, your own file, or drop one on this window.",
    "2. The clipped stretches are shaded in orange. Press Restore to bring their peaks back.",
    "3. Press Tab while playing (Space) to hear A/B, then File › Export (Ctrl+E) to save the result."
  };

  public WelcomeView(boolean demoAvailable, Runnable openDemo, Runnable openFile) {
    super(14);
    setId("welcome");
    getStyleClass().add("welcome");
    setAlignment(Pos.CENTER_LEFT);
    setMaxWidth(MAX_WIDTH);
    setMaxHeight(USE_PREF_SIZE);

    Label title = new Label(TITLE);
    title.getStyleClass().add("welcome-title");
    VBox steps = new VBox(6);
    for (String step : STEPS) {
      Label line = new Label(step);
      line.setWrapText(true);
      steps.getChildren().add(line);
    }
    Button demo = new Button("Open the demo recording");
    demo.setId("welcome-demo");
    demo.setDefaultButton(true);
    demo.setDisable(!demoAvailable);
    demo.setOnAction(e -> openDemo.run());
    Button file = new Button("Open a file…");
    file.setId("welcome-open");
    file.setOnAction(e -> openFile.run());
    getChildren().addAll(title, steps, new HBox(10, demo, file));
  }
}
