package dev.declip.desktop.settings;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where Declip Studio keeps its files on this platform.
 *
 * @param configDir settings: Linux {@code $XDG_CONFIG_HOME/declip-studio} (default {@code
 *     ~/.config}), macOS {@code ~/Library/Application Support/Declip Studio}, Windows {@code
 *     %APPDATA%\Declip Studio}
 * @param modelsDir downloaded or imported models, large files: Linux {@code
 *     $XDG_DATA_HOME/declip-studio/models} (default {@code ~/.local/share}), macOS beside the
 *     settings, Windows under {@code %LOCALAPPDATA%} (not the roaming profile)
 */
public record StudioPaths(Path configDir, Path modelsDir) {
  static final String LINUX_NAME = "declip-studio";
  static final String DISPLAY_NAME = "Declip Studio";

  /** The paths for the running JVM's platform, environment and home folder. */
  public static StudioPaths forThisMachine() {
    return forPlatform(
        System.getProperty("os.name", ""),
        System.getenv(),
        Path.of(System.getProperty("user.home")));
  }

  /** The paths a platform names ({@code osName} as in the {@code os.name} property). */
  public static StudioPaths forPlatform(String osName, Map<String, String> env, Path home) {
    String os = osName.toLowerCase(Locale.ROOT);
    if (os.startsWith("windows")) {
      Path roaming = dirOr(env.get("APPDATA"), home.resolve("AppData").resolve("Roaming"));
      Path local = dirOr(env.get("LOCALAPPDATA"), home.resolve("AppData").resolve("Local"));
      return new StudioPaths(
          roaming.resolve(DISPLAY_NAME), local.resolve(DISPLAY_NAME).resolve("models"));
    }
    if (os.startsWith("mac")) {
      Path support = home.resolve("Library").resolve("Application Support").resolve(DISPLAY_NAME);
      return new StudioPaths(support, support.resolve("models"));
    }
    Path config = dirOr(env.get("XDG_CONFIG_HOME"), home.resolve(".config"));
    Path data = dirOr(env.get("XDG_DATA_HOME"), home.resolve(".local").resolve("share"));
    return new StudioPaths(config.resolve(LINUX_NAME), data.resolve(LINUX_NAME).resolve("models"));
  }

  /** Makes both folders (and their parents) if they are missing; a first start does this. */
  public StudioPaths createDirectories() throws IOException {
    Files.createDirectories(configDir);
    Files.createDirectories(modelsDir);
    return this;
  }

  /**
   * The desktop app's log of its last run, beside the models folder: Linux {@code
   * ~/.local/share/declip-studio}, macOS {@code ~/Library/Application Support/Declip Studio},
   * Windows {@code %LOCALAPPDATA%\Declip Studio}.
   */
  public Path logFile() {
    return modelsDir.getParent().resolve(LINUX_NAME + ".log");
  }

  /** The variable's folder; the XDG spec says to ignore empty or relative values. */
  private static Path dirOr(String value, Path fallback) {
    if (value == null || value.isBlank()) {
      return fallback;
    }
    Path path = Path.of(value);
    return path.isAbsolute() ? path : fallback;
  }
}
