package dev.declip.desktop.settings;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.declip.fuzz.FuzzChecks;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Fuzz target for the settings file, which the user (or a crash, or another version) may have left
 * in any state: loading must always give settings, warning about what it could not use.
 */
class SettingsFuzzTest {

  private static final Path FILE = FuzzChecks.scratchFile(SettingsStore.FILE_NAME);

  // libFuzzer's dictionary syntax: \\ for a backslash, \xNN for a byte.
  @DictionaryEntries({
    "version=1",
    "lastFolder=",
    "modelPath=",
    "device=GPU",
    "tau=",
    "algorithm=NEURAL",
    "recent.0=",
    "window.width=",
    "window.height=",
    "\\\\u",
    "\\x0a",
    "\\\\\\x0a",
    "=",
    ":",
    "#"
  })
  @FuzzTest(maxDuration = FuzzChecks.MAX_DURATION)
  void loadsSettingsFiles(byte[] bytes) throws Exception {
    Files.write(FILE, bytes);
    FuzzChecks.readsWithoutFailing(
        () -> {
          StudioSettings settings = new SettingsStore(FILE.getParent()).load(warning -> {});
          SettingsProperties.write(settings);
        });
  }
}
