package dev.declip.desktop.settings;

import dev.declip.io.SafeOutputFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Properties;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps {@link StudioSettings} in {@code settings.properties} (UTF-8) in a folder. Reading never
 * fails: a missing file gives the defaults, an unreadable or corrupt one gives the defaults with a
 * warning. Writing goes through a temporary file moved into place (the engine's {@link
 * SafeOutputFile}), so a crash while saving leaves the previous settings whole.
 */
public final class SettingsStore {
  private static final Logger LOG = LoggerFactory.getLogger(SettingsStore.class);
  static final String FILE_NAME = "settings.properties";

  private final Path file;

  public SettingsStore(Path directory) {
    this.file = directory.resolve(FILE_NAME);
  }

  public Path file() {
    return file;
  }

  /** True once settings were saved here: false on the very first start. */
  public boolean exists() {
    return Files.isRegularFile(file);
  }

  /** The saved settings, warnings going to the log. */
  public StudioSettings load() {
    return load(LOG::warn);
  }

  /** The saved settings, each warning (in plain words) handed to {@code warn}. */
  public StudioSettings load(Consumer<String> warn) {
    Properties properties = new Properties();
    try (InputStream in = Files.newInputStream(file);
        Reader reader =
            new InputStreamReader(
                in,
                StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT))) {
      properties.load(reader);
    } catch (NoSuchFileException e) {
      return StudioSettings.defaults();
    } catch (IOException | IllegalArgumentException e) {
      // IllegalArgumentException: a malformed unicode escape in the file.
      warn.accept(file + " is unreadable (" + e.getMessage() + "); using default settings");
      return StudioSettings.defaults();
    }
    return SettingsProperties.read(properties, message -> warn.accept(file + ": " + message));
  }

  /** Saves {@code settings}, replacing the previous file in one step. */
  public void save(StudioSettings settings) throws IOException {
    Files.createDirectories(file.getParent());
    try (SafeOutputFile out = SafeOutputFile.beside(file, true)) {
      try (Writer writer =
          new OutputStreamWriter(Files.newOutputStream(out.temporary()), StandardCharsets.UTF_8)) {
        SettingsProperties.write(settings).store(writer, "Declip Studio settings");
      }
      out.commit();
    }
  }
}
