package dev.declip.training.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The same training step in PyTorch from Python ({@code bench/torch_unet_step.py}, Debian's
 * python3-torch), run as a child process right after the Java measurement, for the ratio.
 */
public final class PythonBaseline {
  private static final Pattern MEDIAN = Pattern.compile("median ([0-9.]+) s per step");

  private PythonBaseline() {}

  /** The script beside the launcher ({@code declip.home}) or in the source tree. */
  public static Optional<Path> script() {
    List<Path> candidates = new ArrayList<>();
    String home = System.getProperty("declip.home");
    if (home != null) {
      candidates.add(Path.of(home, "bench", "torch_unet_step.py"));
    }
    candidates.add(Path.of("model-training", "bench", "torch_unet_step.py"));
    candidates.add(Path.of("bench", "torch_unet_step.py"));
    return candidates.stream().filter(Files::isRegularFile).findFirst();
  }

  /**
   * @return the result, or empty with the reason passed to {@code why} (no python3, no torch)
   */
  public static Optional<ThroughputResult> measure(
      Path python, Path script, ThroughputSetup setup, Consumer<String> why) throws IOException {
    if (!Files.isExecutable(python)) {
      why.accept(python + " not found (apt-get install -y python3-torch)");
      return Optional.empty();
    }
    List<String> command =
        List.of(
            python.toString(),
            script.toString(),
            "--depth",
            Integer.toString(setup.spec().depth()),
            "--base",
            Integer.toString(setup.spec().baseChannels()),
            "--kernel",
            Integer.toString(setup.spec().kernelSize()),
            "--batch",
            Integer.toString(setup.batch()),
            "--length",
            Integer.toString(setup.length()),
            "--steps",
            Integer.toString(setup.steps()),
            "--warmup",
            Integer.toString(setup.warmup()),
            "--threads",
            Integer.toString(setup.threads()));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    Double median = null;
    StringBuilder output = new StringBuilder();
    try (BufferedReader out =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line; (line = out.readLine()) != null; ) {
        output.append(line).append('\n');
        Matcher m = MEDIAN.matcher(line);
        if (m.find()) {
          median = Double.parseDouble(m.group(1));
        }
      }
    }
    int exit;
    try {
      exit = process.waitFor();
    } catch (InterruptedException e) {
      process.destroy();
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while the Python baseline ran", e);
    }
    if (exit != 0 || median == null) {
      String last = output.toString().strip();
      why.accept(
          "the Python baseline failed (exit "
              + exit
              + "): "
              + last.substring(last.lastIndexOf('\n') + 1));
      return Optional.empty();
    }
    return Optional.of(ThroughputResult.of("PyTorch from Python", median, setup));
  }
}
