package dev.declip.desktop.window;

import dev.declip.desktop.settings.SettingsStore;
import dev.declip.desktop.settings.StudioSettings;
import java.io.IOException;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * The settings as this window last saw them, saved after each change. Settings are a convenience: a
 * config folder that cannot be written is reported once per failure and never stops the work.
 */
final class RememberedSettings {
  private final SettingsStore store;
  private final Consumer<String> notice;
  private StudioSettings current;

  RememberedSettings(SettingsStore store, Consumer<String> notice) {
    this.store = store;
    this.notice = notice;
    this.current = store.load(notice);
  }

  StudioSettings current() {
    return current;
  }

  StudioSettings update(UnaryOperator<StudioSettings> change) {
    current = change.apply(current);
    try {
      store.save(current);
    } catch (IOException e) {
      notice.accept("Settings not saved: " + ErrorMessages.oneLine(e));
    }
    return current;
  }

  /** A window size the settings accept, even when the stage was made smaller than its minimum. */
  static StudioSettings.WindowSize windowSize(
      double width, double height, StudioSettings.WindowSize fallback) {
    return Double.isFinite(width) && Double.isFinite(height)
        ? new StudioSettings.WindowSize(
            Math.max(StudioSettings.WindowSize.MIN_WIDTH, width),
            Math.max(StudioSettings.WindowSize.MIN_HEIGHT, height))
        : fallback;
  }
}
