package dev.declip.desktop.settings;

import dev.declip.audio.SampleEncoding;
import dev.declip.desktop.settings.StudioSettings.WindowSize;
import dev.declip.model.DeviceChoice;
import dev.declip.restore.AlgorithmChoice;
import dev.declip.restore.file.GainPolicy;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.Consumer;

/**
 * Settings to and from properties. Reading is forgiving key by key: a value that does not parse, or
 * names a file or folder that is gone, falls back to its default with a warning, and the rest is
 * kept.
 */
final class SettingsProperties {
  static final String VERSION = "1";

  private SettingsProperties() {}

  static Properties write(StudioSettings s) {
    Properties p = new Properties();
    p.setProperty("version", VERSION);
    s.lastFolderIfAny().ifPresent(f -> p.setProperty("lastFolder", f.toString()));
    s.modelPathIfAny().ifPresent(f -> p.setProperty("modelPath", f.toString()));
    p.setProperty("device", s.device().name());
    p.setProperty("tau", Double.toString(s.tau()));
    p.setProperty("algorithm", s.algorithm().name());
    List<Path> recent = s.recentFiles().paths();
    for (int i = 0; i < recent.size(); i++) {
      p.setProperty("recent." + i, recent.get(i).toString());
    }
    p.setProperty("window.width", Double.toString(s.window().width()));
    p.setProperty("window.height", Double.toString(s.window().height()));
    p.setProperty("threads", Integer.toString(s.threads()));
    s.export().encodingIfAny().ifPresent(e -> p.setProperty("export.encoding", e.name()));
    p.setProperty("export.gain", s.export().gain().mode().name());
    p.setProperty("export.ceiling", Double.toString(s.export().gain().ceilingDb()));
    p.setProperty("export.makeup", Double.toString(s.export().gain().makeupDb()));
    return p;
  }

  static StudioSettings read(Properties p, Consumer<String> warn) {
    StudioSettings d = StudioSettings.defaults();
    Path folder = path(p, "lastFolder", warn);
    if (folder != null && !Files.isDirectory(folder)) {
      folder = null; // a file chooser refuses a missing start folder
    }
    Path model = path(p, "modelPath", warn);
    if (model != null && !Files.isRegularFile(model)) {
      warn.accept("the chosen model " + model + " is gone; using the bundled model");
      model = null;
    }
    List<Path> recent = new ArrayList<>();
    for (int i = 0; i < RecentFiles.MAX; i++) {
      Path file = path(p, "recent." + i, warn);
      if (file != null) {
        recent.add(file);
      }
    }
    return new StudioSettings(
        folder,
        model,
        choice(p, "device", DeviceChoice.class, d.device(), warn),
        tau(p, d.tau(), warn),
        choice(p, "algorithm", AlgorithmChoice.class, d.algorithm(), warn),
        new RecentFiles(recent).existing(),
        window(p, warn),
        threads(p, d.threads(), warn),
        export(p, warn));
  }

  private static int threads(Properties p, int fallback, Consumer<String> warn) {
    String value = p.getProperty("threads");
    if (value == null) {
      return fallback;
    }
    try {
      int threads = Integer.parseInt(value.trim());
      if (threads >= 1 && threads <= 1024) {
        return threads;
      }
    } catch (NumberFormatException e) {
      // below
    }
    warn.accept("threads: " + value + " is not a thread count; using " + fallback);
    return fallback;
  }

  private static ExportPreference export(Properties p, Consumer<String> warn) {
    ExportPreference d = ExportPreference.DEFAULT;
    SampleEncoding encoding =
        p.getProperty("export.encoding") == null
            ? null
            : choice(p, "export.encoding", SampleEncoding.class, null, warn);
    GainPolicy.Mode mode = choice(p, "export.gain", GainPolicy.Mode.class, d.gain().mode(), warn);
    try {
      double ceiling = number(p, "export.ceiling", d.gain().ceilingDb());
      double makeup = number(p, "export.makeup", d.gain().makeupDb());
      return new ExportPreference(encoding, new GainPolicy(mode, ceiling, makeup));
    } catch (IllegalArgumentException e) {
      warn.accept("export: " + e.getMessage() + "; using the default levels");
      return new ExportPreference(encoding, d.gain().withMode(mode));
    }
  }

  private static double number(Properties p, String key, double fallback) {
    String value = p.getProperty(key);
    return value == null ? fallback : Double.parseDouble(value.trim());
  }

  private static Path path(Properties p, String key, Consumer<String> warn) {
    String value = p.getProperty(key);
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Path.of(value);
    } catch (InvalidPathException e) {
      warn.accept(key + ": not a path (" + value + "); ignored");
      return null;
    }
  }

  private static <E extends Enum<E>> E choice(
      Properties p, String key, Class<E> type, E fallback, Consumer<String> warn) {
    String value = p.getProperty(key);
    if (value == null) {
      return fallback;
    }
    try {
      return Enum.valueOf(type, value.trim());
    } catch (IllegalArgumentException e) {
      warn.accept(key + ": unknown value " + value + "; using " + fallback);
      return fallback;
    }
  }

  private static double tau(Properties p, double fallback, Consumer<String> warn) {
    String value = p.getProperty("tau");
    if (value == null) {
      return fallback;
    }
    try {
      double tau = Double.parseDouble(value.trim());
      if (tau > 0 && tau <= 1) {
        return tau;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    warn.accept("tau: " + value + " is not in (0, 1]; using " + fallback);
    return fallback;
  }

  private static WindowSize window(Properties p, Consumer<String> warn) {
    String width = p.getProperty("window.width");
    String height = p.getProperty("window.height");
    if (width == null || height == null) {
      return StudioSettings.DEFAULT_WINDOW;
    }
    try {
      return new WindowSize(Double.parseDouble(width.trim()), Double.parseDouble(height.trim()));
    } catch (IllegalArgumentException e) { // NumberFormatException is one
      warn.accept("window size " + width + " x " + height + " unusable; using the default");
      return StudioSettings.DEFAULT_WINDOW;
    }
  }
}
