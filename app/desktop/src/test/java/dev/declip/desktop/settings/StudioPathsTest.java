package dev.declip.desktop.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StudioPathsTest {
  private static final Path HOME = Path.of("/home/ana");

  @Test
  void linuxFollowsTheXdgVariables() {
    StudioPaths paths =
        StudioPaths.forPlatform(
            "Linux", Map.of("XDG_CONFIG_HOME", "/cfg", "XDG_DATA_HOME", "/data"), HOME);

    assertThat(paths.configDir()).isEqualTo(Path.of("/cfg/declip-studio"));
    assertThat(paths.modelsDir()).isEqualTo(Path.of("/data/declip-studio/models"));
  }

  @Test
  void linuxWithoutXdgVariablesUsesTheHomeDefaults() {
    StudioPaths paths = StudioPaths.forPlatform("Linux", Map.of(), HOME);

    assertThat(paths.configDir()).isEqualTo(Path.of("/home/ana/.config/declip-studio"));
    assertThat(paths.modelsDir()).isEqualTo(Path.of("/home/ana/.local/share/declip-studio/models"));
  }

  @Test
  void linuxIgnoresARelativeXdgVariable() {
    StudioPaths paths = StudioPaths.forPlatform("Linux", Map.of("XDG_CONFIG_HOME", "cfg"), HOME);

    assertThat(paths.configDir()).isEqualTo(Path.of("/home/ana/.config/declip-studio"));
  }

  @Test
  void macOsUsesApplicationSupport() {
    StudioPaths paths = StudioPaths.forPlatform("Mac OS X", Map.of(), HOME);

    assertThat(paths.configDir())
        .isEqualTo(Path.of("/home/ana/Library/Application Support/Declip Studio"));
    assertThat(paths.modelsDir()).isEqualTo(paths.configDir().resolve("models"));
  }

  @Test
  void windowsKeepsSettingsRoamingAndModelsLocal() {
    StudioPaths paths =
        StudioPaths.forPlatform(
            "Windows 11", Map.of("APPDATA", "/roaming", "LOCALAPPDATA", "/local"), HOME);

    assertThat(paths.configDir()).isEqualTo(Path.of("/roaming/Declip Studio"));
    assertThat(paths.modelsDir()).isEqualTo(Path.of("/local/Declip Studio/models"));
  }

  @Test
  void createDirectoriesMakesTheSettingsAndModelsFoldersWhereXdgSays(@TempDir Path tmp)
      throws Exception {
    Path config = tmp.resolve("cfg");
    Path data = tmp.resolve("data");
    StudioPaths.forPlatform(
            "Linux",
            Map.of("XDG_CONFIG_HOME", config.toString(), "XDG_DATA_HOME", data.toString()),
            tmp.resolve("home"))
        .createDirectories();

    assertThat(config.resolve("declip-studio")).isDirectory();
    assertThat(data.resolve("declip-studio").resolve("models")).isDirectory();
    assertThat(Files.exists(tmp.resolve("home"))).isFalse();
  }

  @Test
  void theLogSitsBesideTheModelsFolder() {
    StudioPaths paths = StudioPaths.forPlatform("Linux", Map.of(), HOME);

    assertThat(paths.logFile())
        .isEqualTo(Path.of("/home/ana/.local/share/declip-studio/declip-studio.log"));
  }
}
