package dev.declip.desktop.screenshot;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class WindowPngTest {
  private Scene scene;

  @Start
  void start(Stage stage) {
    Pane root = new Pane();
    root.setStyle("-fx-background-color: #c8280a;");
    scene = new Scene(root, 300, 200);
    stage.setMinWidth(0); // TestFX hands every test the same stage; another may have set these
    stage.setMinHeight(0);
    stage.setOnHidden(null);
    stage.setScene(scene);
    stage.sizeToScene();
    stage.show();
  }

  @Test
  void writesThePixelsOfTheSceneAsAPng(FxRobot robot, @TempDir Path dir) throws Exception {
    Path file = dir.resolve("shots/window.png");
    robot.interact(
        () -> {
          try {
            WindowPng.write(scene, file);
          } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        });
    BufferedImage image = ImageIO.read(file.toFile());
    assertThat(image.getWidth()).isEqualTo(300);
    assertThat(image.getHeight()).isEqualTo(200);
    assertThat(image.getRGB(150, 100) & 0xffffff).isEqualTo(0xc8280a);
  }
}
