package dev.declip.cli;

import dev.declip.bundle.BundledFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code declip} started as a real child JVM on the test class path, for signals and heap limits.
 */
final class ChildDeclip {
  private ChildDeclip() {}

  static Process start(List<String> jvmOptions, Path stdout, Path stderr, String... args)
      throws IOException {
    return start(List.of(), jvmOptions, stdout, stderr, args);
  }

  /**
   * {@code declip} as an ordinary user meets file permissions. Run by root (as CI runs), the child
   * loses the capabilities that let root read and write whatever the permissions say ({@code
   * setpriv}, util-linux); otherwise it runs as the user it is.
   */
  static Process startWithoutPermissionOverride(Path stdout, Path stderr, String... args)
      throws IOException {
    List<String> prefix =
        "root".equals(System.getProperty("user.name"))
            ? List.of("setpriv", "--bounding-set=-dac_override,-dac_read_search", "--")
            : List.of();
    return start(prefix, List.of(), stdout, stderr, args);
  }

  private static Process start(
      List<String> prefix, List<String> jvmOptions, Path stdout, Path stderr, String... args)
      throws IOException {
    List<String> command = new ArrayList<>(prefix);
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add("-Dai.djl.offline=true");
    // As the launcher does: the bundled files are where this test JVM was told they are.
    for (String property : List.of(BundledFiles.HOME_PROPERTY, BundledFiles.MODELS_PROPERTY)) {
      String value = System.getProperty(property);
      if (value != null
          && jvmOptions.stream().noneMatch(o -> o.startsWith("-D" + property + "="))) {
        command.add("-D" + property + "=" + value);
      }
    }
    command.add(DeclipCommand.class.getName());
    command.addAll(List.of(args));
    return new ProcessBuilder(command)
        .redirectOutput(stdout.toFile())
        .redirectError(stderr.toFile())
        .start();
  }
}
