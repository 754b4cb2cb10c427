package dev.declip.desktop.settings;

import dev.declip.model.DeviceChoice;
import dev.declip.restore.AlgorithmChoice;
import dev.declip.restore.file.RestoreSettings;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * What Declip Studio remembers between runs.
 *
 * @param lastFolder the folder of the last file opened or exported, or null
 * @param modelPath the model chosen by the user, or null for the bundled default
 * @param device where inference runs
 * @param tau the eq. 16 blending threshold
 * @param algorithm neural network or the interpolation baseline
 * @param recentFiles the files opened last
 * @param window the main window's size
 * @param threads inference (or A-SPADE) threads, as the command line's {@code --threads}
 * @param export the export dialog's last choices
 */
public record StudioSettings(
    Path lastFolder,
    Path modelPath,
    DeviceChoice device,
    double tau,
    AlgorithmChoice algorithm,
    RecentFiles recentFiles,
    WindowSize window,
    int threads,
    ExportPreference export) {

  /** The size the window opens at when nothing is remembered: usable on a 1280x800 screen. */
  public static final WindowSize DEFAULT_WINDOW = new WindowSize(1200, 760);

  public StudioSettings {
    Objects.requireNonNull(device, "device");
    Objects.requireNonNull(algorithm, "algorithm");
    Objects.requireNonNull(recentFiles, "recentFiles");
    Objects.requireNonNull(window, "window");
    Objects.requireNonNull(export, "export");
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, got " + threads);
    }
    if (!(tau > 0 && tau <= 1)) {
      throw new IllegalArgumentException("tau must be in (0, 1], got " + tau);
    }
  }

  /** The window's width and height in pixels. */
  public record WindowSize(double width, double height) {
    public static final double MIN_WIDTH = 640;
    public static final double MIN_HEIGHT = 400;

    public WindowSize {
      if (!(width >= MIN_WIDTH && height >= MIN_HEIGHT && width < 1e5 && height < 1e5)) {
        throw new IllegalArgumentException("not a window size: " + width + " x " + height);
      }
    }
  }

  public static StudioSettings defaults() {
    return new StudioSettings(
        null,
        null,
        DeviceChoice.CPU,
        RestoreSettings.DEFAULT_TAU,
        AlgorithmChoice.NEURAL,
        RecentFiles.none(),
        DEFAULT_WINDOW,
        Runtime.getRuntime().availableProcessors(),
        ExportPreference.DEFAULT);
  }

  public Optional<Path> lastFolderIfAny() {
    return Optional.ofNullable(lastFolder);
  }

  public Optional<Path> modelPathIfAny() {
    return Optional.ofNullable(modelPath);
  }

  public StudioSettings withLastFolder(Path value) {
    return new StudioSettings(
        value, modelPath, device, tau, algorithm, recentFiles, window, threads, export);
  }

  public StudioSettings withModelPath(Path value) {
    return new StudioSettings(
        lastFolder, value, device, tau, algorithm, recentFiles, window, threads, export);
  }

  public StudioSettings withDevice(DeviceChoice value) {
    return new StudioSettings(
        lastFolder, modelPath, value, tau, algorithm, recentFiles, window, threads, export);
  }

  public StudioSettings withTau(double value) {
    return new StudioSettings(
        lastFolder, modelPath, device, value, algorithm, recentFiles, window, threads, export);
  }

  public StudioSettings withAlgorithm(AlgorithmChoice value) {
    return new StudioSettings(
        lastFolder, modelPath, device, tau, value, recentFiles, window, threads, export);
  }

  public StudioSettings withRecentFiles(RecentFiles value) {
    return new StudioSettings(
        lastFolder, modelPath, device, tau, algorithm, value, window, threads, export);
  }

  /** Remembers {@code file} as opened: first in the recent files, its folder the last folder. */
  public StudioSettings withOpened(Path file) {
    Path folder = file.toAbsolutePath().normalize().getParent();
    return withRecentFiles(recentFiles.opened(file)).withLastFolder(folder);
  }

  public StudioSettings withWindow(WindowSize value) {
    return new StudioSettings(
        lastFolder, modelPath, device, tau, algorithm, recentFiles, value, threads, export);
  }

  public StudioSettings withThreads(int value) {
    return new StudioSettings(
        lastFolder, modelPath, device, tau, algorithm, recentFiles, window, value, export);
  }

  public StudioSettings withExport(ExportPreference value) {
    return new StudioSettings(
        lastFolder, modelPath, device, tau, algorithm, recentFiles, window, threads, value);
  }
}
