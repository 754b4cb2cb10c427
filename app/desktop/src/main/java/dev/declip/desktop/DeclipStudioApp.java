package dev.declip.desktop;

import dev.declip.bundle.BundledFiles;
import dev.declip.desktop.screenshot.ScreenshotRun;
import dev.declip.desktop.settings.SettingsStore;
import dev.declip.desktop.settings.StudioPaths;
import dev.declip.desktop.tasks.BackgroundWork;
import dev.declip.desktop.window.StudioWindow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.stage.Stage;
import org.slf4j.LoggerFactory;

/** The JavaFX application shim: hands over to the main window, the one composition root. */
public final class DeclipStudioApp extends Application {

  private static SettingsStore throwawaySettings() throws IOException {
    Path dir = Files.createTempDirectory("declip-screenshot-");
    SettingsStore store = new SettingsStore(dir);
    dir.toFile().deleteOnExit(); // deleted last: deleteOnExit runs in reverse order
    store.file().toFile().deleteOnExit();
    return store;
  }

  /** The user's settings; the settings and models folders are made on the first start. */
  private static SettingsStore userSettings() {
    StudioPaths paths = StudioPaths.forThisMachine();
    try {
      paths.createDirectories();
    } catch (IOException e) {
      // Settings are a convenience: saving them later reports the problem in the status bar.
      LoggerFactory.getLogger(DeclipStudioApp.class)
          .warn("cannot create the settings or models folder: {}", e.toString());
    }
    return new SettingsStore(paths.configDir());
  }

  @Override
  public void start(Stage stage) throws IOException {
    StudioArguments arguments = StudioArguments.parse(getParameters().getRaw());
    // The screenshot run keeps its settings (recent files, choices) out of the user's own.
    SettingsStore settings =
        arguments.screenshot().isPresent() ? throwawaySettings() : userSettings();
    StudioWindow window = new StudioWindow(stage, new BackgroundWork(), settings);
    window.start(BundledFiles.defaultModel());
    if (arguments.screenshot().isPresent()) {
      ScreenshotRun run =
          new ScreenshotRun(window, arguments.screenshot().get(), arguments.history());
      if (arguments.export()) {
        run.pictureTheExportDialog();
      }
      if (arguments.welcome()) {
        window.welcomeOnFirstStart(); // the throwaway settings make this a first start
        run.startWelcome();
      } else {
        run.start(arguments.file().or(BundledFiles::demoRecording));
      }
      return;
    }
    stage.show();
    arguments.file().ifPresentOrElse(window::open, window::welcomeOnFirstStart);
  }
}
