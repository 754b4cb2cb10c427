package dev.declip.desktop.window;

import dev.declip.desktop.settings.StudioPaths;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * The file dialogs, starting in the folder last used (remembered in the settings); the model dialog
 * starts in the user's models folder.
 */
final class FileChoosers {
  private static final FileChooser.ExtensionFilter AUDIO =
      new FileChooser.ExtensionFilter(
          "Audio (WAV, FLAC, MP3, Ogg, AIFF)",
          "*.wav",
          "*.wave",
          "*.flac",
          "*.mp3",
          "*.ogg",
          "*.oga",
          "*.aif",
          "*.aiff",
          "*.aifc");
  private static final FileChooser.ExtensionFilter ANY =
      new FileChooser.ExtensionFilter("All files", "*");

  /** Shows a file dialog and returns the file picked, or null: the system's dialog by default. */
  interface Picker {
    Picker SYSTEM =
        (chooser, owner, save) ->
            save ? chooser.showSaveDialog(owner) : chooser.showOpenDialog(owner);

    File pick(FileChooser chooser, Window owner, boolean save);
  }

  private File lastFolder;
  private Picker picker = Picker.SYSTEM;

  FileChoosers(Optional<Path> lastFolder) {
    this.lastFolder = lastFolder.map(Path::toFile).orElse(null);
  }

  /** Where the dialogs are answered (tests answer them where the headless toolkit has none). */
  void usePicker(Picker value) {
    picker = value;
  }

  void remember(Path file) {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      lastFolder = parent.toFile();
    }
  }

  Optional<Path> audio(Window owner) {
    FileChooser chooser = chooser("Open a recording");
    chooser.getExtensionFilters().addAll(AUDIO, ANY);
    return Optional.ofNullable(picker.pick(chooser, owner, false)).map(this::chosen);
  }

  Optional<Path> model(Window owner) {
    FileChooser chooser = chooser("Open a restoration model");
    // The user's models folder, made on the first start: where the user guide says to keep models.
    Path models = StudioPaths.forThisMachine().modelsDir();
    if (Files.isDirectory(models)) {
      chooser.setInitialDirectory(models.toFile());
    }
    chooser
        .getExtensionFilters()
        .addAll(new FileChooser.ExtensionFilter("ONNX models", "*.onnx"), ANY);
    return Optional.ofNullable(picker.pick(chooser, owner, false)).map(File::toPath);
  }

  Optional<Path> export(Window owner, Path input) {
    FileChooser chooser = chooser("Export the restored recording");
    chooser
        .getExtensionFilters()
        .addAll(
            new FileChooser.ExtensionFilter("FLAC", "*.flac"),
            new FileChooser.ExtensionFilter("WAV", "*.wav"));
    chooser.setInitialFileName(ExportNames.suggested(input));
    return Optional.ofNullable(picker.pick(chooser, owner, true)).map(this::chosen);
  }

  private FileChooser chooser(String title) {
    FileChooser chooser = new FileChooser();
    chooser.setTitle(title);
    if (lastFolder != null && lastFolder.isDirectory()) {
      chooser.setInitialDirectory(lastFolder);
    }
    return chooser;
  }

  private Path chosen(File file) {
    remember(file.toPath());
    return file.toPath();
  }
}
