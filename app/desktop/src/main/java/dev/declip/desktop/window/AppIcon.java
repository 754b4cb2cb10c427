package dev.declip.desktop.window;

import java.io.InputStream;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/** The application icon from assets/icons/ (copied onto the class path by the build). */
public final class AppIcon {
  private static final int[] SIZES = {16, 32, 48, 64, 128, 256};

  private AppIcon() {}

  public static void apply(Stage stage) {
    for (int size : SIZES) {
      InputStream in =
          AppIcon.class.getResourceAsStream(
              "/dev/declip/desktop/icons/declip-studio-" + size + ".png");
      if (in != null) {
        stage.getIcons().add(new Image(in));
      }
    }
  }
}
