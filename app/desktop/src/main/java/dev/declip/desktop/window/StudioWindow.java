package dev.declip.desktop.window;

import dev.declip.audio.SampleEncoding;
import dev.declip.bundle.BundledFiles;
import dev.declip.clipping.ClippedRun;
import dev.declip.desktop.detect.DetectionPanel;
import dev.declip.desktop.detect.DetectionViewModel;
import dev.declip.desktop.history.HistoryEntry;
import dev.declip.desktop.history.HistoryPanel;
import dev.declip.desktop.history.ProcessingLog;
import dev.declip.desktop.open.OpenedRecording;
import dev.declip.desktop.open.RecordingOpener;
import dev.declip.desktop.restore.AlgorithmCache;
import dev.declip.desktop.restore.GpuProbe;
import dev.declip.desktop.restore.RestoreJob;
import dev.declip.desktop.restore.RestoreOutcome;
import dev.declip.desktop.restore.RestorePanel;
import dev.declip.desktop.restore.RestoreRequest;
import dev.declip.desktop.restore.RestoreViewModel;
import dev.declip.desktop.settings.SettingsStore;
import dev.declip.desktop.settings.StudioSettings;
import dev.declip.desktop.tasks.BackgroundWork;
import dev.declip.desktop.waveform.WaveformView;
import dev.declip.desktop.welcome.WelcomeView;
import dev.declip.model.ModelInspector;
import dev.declip.restore.AlgorithmChoice;
import dev.declip.restore.file.AudioExporter;
import dev.declip.restore.file.ClippingScan;
import dev.declip.restore.file.ExportRequest;
import dev.declip.restore.file.GainPolicy;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Scene;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

/**
 * The main window's controller: builds the layout, binds it to the view models and runs each
 * action's engine work as a background Task. Holds no signal processing.
 */
public final class StudioWindow implements StudioActions {
  public static final double WIDTH = 1280;
  public static final double HEIGHT = 800;

  private final Stage stage;
  private final BackgroundWork work;
  private final StudioViewModel model = new StudioViewModel();
  private final DetectionViewModel detection = new DetectionViewModel();
  private final RestoreViewModel restore = new RestoreViewModel();
  private final WaveformSlot waveform = new WaveformSlot();
  private final AlgorithmCache algorithms = new AlgorithmCache();
  private Optional<Path> bundledModel = Optional.empty();
  private final BooleanProperty sidePanel = new SimpleBooleanProperty(true);
  private final PlaybackControl playback;
  private final FileChoosers choosers;
  private final RememberedSettings settings;
  private final boolean firstStart;
  private BiConsumer<String, Throwable> errors;

  public StudioWindow(Stage stage, BackgroundWork work, SettingsStore settingsStore) {
    this.stage = stage;
    this.work = work;
    this.firstStart = !settingsStore.exists();
    this.settings = new RememberedSettings(settingsStore, work::announce);
    StudioSettings remembered = settings.current();
    this.choosers = new FileChoosers(remembered.lastFolderIfAny());
    this.errors = (what, e) -> Dialogs.error(stage, what, e);
    this.playback = new PlaybackControl(e -> errors.accept("Cannot play", e));
    BooleanBinding busy =
        Bindings.createBooleanBinding(work.runningProperty()::get, work.runningProperty());
    BooleanBinding canRestore = model.hasRecording().and(work.runningProperty().not());

    BorderPane root =
        StudioLayout.build(
            StudioMenus.build(
                this, model, waveform.view(), sidePanel, playback.loopProperty(), busy),
            HistoryPanel.below(waveform, new HistoryPanel(model.history())),
            new DetectionPanel(detection, this::countAgain, this::jumpTo),
            new RestorePanel(
                restore,
                this::chooseModel,
                this::useBundledModel,
                this::restore,
                canRestore,
                canRestore.and(model.selectionProperty().isNotNull())),
            StatusArea.build(work, model),
            sidePanel);
    model.selectionProperty().bindBidirectional(waveform.view().selectionProperty());
    waveform.view().playheadProperty().bindBidirectional(playback.playheadProperty());
    model.hearRestoredProperty().addListener((obs, o, v) -> playback.hear(v));
    model.history().currentProperty().addListener((obs, o, entry) -> showEntry(entry));
    model
        .history()
        .compareWithProperty()
        .addListener(
            (obs, o, entry) ->
                playback.setCompared(entry == null ? null : entry.outcome().restored()));
    model.setRecentFiles(remembered.recentFiles().existing().paths());
    restore.preferAlgorithm(remembered.algorithm());
    restore.deviceProperty().set(remembered.device());
    restore.tauProperty().set(remembered.tau());
    restore.threadsProperty().set(remembered.threads());

    Scene scene = new Scene(root, remembered.window().width(), remembered.window().height());
    scene.getStylesheets().add(StudioWindow.class.getResource("dark.css").toExternalForm());
    DropTarget.install(scene, this::open);
    Shortcuts.install(scene, this, model.hasRestore()::get);
    stage.setScene(scene);
    stage.titleProperty().bind(model.title());
    stage.setMinWidth(960);
    stage.setMinHeight(600);
    AppIcon.apply(stage);
    stage.setOnHidden(e -> closed());
    stage.setOnCloseRequest(
        e -> {
          if (!mayDiscardRestore()) {
            e.consume();
          }
        });
  }

  /**
   * Loads the remembered model, or the bundled one, and looks for a GPU, off the FX thread. A
   * remembered model that is gone or no longer loads is forgotten, with a line saying so, and the
   * bundled model is used instead.
   */
  public void start(Optional<Path> defaultModel) {
    bundledModel = defaultModel;
    restore.bundledModel(defaultModel.orElse(null));
    Optional<Path> remembered = settings.current().modelPathIfAny();
    if (remembered.isEmpty()) {
      defaultModel.ifPresent(this::useModel);
    } else {
      work.startQuietly(
          (p, c) -> ModelInspector.inspect(remembered.get()),
          restore::useModel,
          e -> {
            settings.update(s -> s.withModelPath(null));
            work.announce(
                "The saved model "
                    + remembered.get().getFileName()
                    + " cannot be used ("
                    + ErrorMessages.oneLine(e)
                    + "): "
                    + (defaultModel.isPresent() ? "using the bundled model" : "forgotten"));
            defaultModel.ifPresentOrElse(
                this::useModel, () -> restore.modelRefused(ErrorMessages.oneLine(e)));
          });
    }
    work.startQuietly((p, c) -> GpuProbe.present(), restore::gpuAvailable, e -> {});
  }

  /**
   * On the first start (no settings saved yet) the waveform area shows the welcome view until a
   * recording is open. Called when no file was given on the command line.
   */
  public void welcomeOnFirstStart() {
    if (firstStart) {
      waveform.showWelcome(
          new WelcomeView(
              BundledFiles.demoRecording().isPresent(), this::openDemo, this::openDialog));
    }
  }

  /** A model file the user picked: used and remembered once it loads, else a dialog says why. */
  private void chooseModel() {
    choosers
        .model(stage)
        .ifPresent(
            file ->
                work.startQuietly(
                    (p, c) -> ModelInspector.inspect(file),
                    info -> {
                      restore.useModel(info);
                      settings.update(s -> s.withModelPath(file));
                    },
                    e -> {
                      restore.modelRefused(ErrorMessages.oneLine(e));
                      errors.accept("Not a model Declip Studio can use: " + file.getFileName(), e);
                    }));
  }

  private void useBundledModel() {
    bundledModel.ifPresent(
        file -> {
          useModel(file);
          settings.update(s -> s.withModelPath(null)); // null: the bundled one
        });
  }

  private void useModel(Path file) {
    work.startQuietly(
        (p, c) -> ModelInspector.inspect(file),
        restore::useModel,
        e -> restore.modelRefused(ErrorMessages.oneLine(e)));
  }

  @Override
  public void openDialog() {
    choosers.audio(stage).ifPresent(this::open);
  }

  @Override
  public void open(Path file) {
    if (work.runningProperty().get() || !mayDiscardRestore()) {
      return;
    }
    playback.stop();
    work.start(
        (progress, cancel) -> RecordingOpener.open(file, progress, cancel),
        this::show,
        e -> errors.accept("Could not open " + file.getFileName(), e));
  }

  @Override
  public void openDemo() {
    BundledFiles.demoRecording().ifPresent(this::open);
  }

  private void show(OpenedRecording recording) {
    playback.load(recording.samples()); // before the old recording's samples are closed
    model.opened(recording);
    algorithms.close(); // the model is kept open between restores of one file only
    restore.fileRateProperty().set(recording.info().sampleRate());
    choosers.remember(recording.file());
    model.setRecentFiles(
        settings.update(s -> s.withOpened(recording.file())).recentFiles().paths());
    detection.show(recording.clipping(), recording.info().sampleRate());
    restore.clearStats();
    waveform.showRecording(recording);
  }

  private void countAgain() {
    OpenedRecording current = model.recordingProperty().get();
    if (current == null || work.runningProperty().get()) {
      return;
    }
    waveform.requestFocus(); // not the button: a stray Enter must not count again
    try {
      var override = detection.override();
      work.start(
          (progress, cancel) ->
              ClippingScan.run(current.samples(), current.info(), override, progress, cancel),
          scan -> {
            OpenedRecording again = current.withClipping(scan.report());
            model.redetected(again); // the history keeps the restores made with the old levels
            detection.show(again.clipping(), again.info().sampleRate());
            waveform.showRecording(again);
            waveform.showRestored(model.restoredProperty().get());
          },
          e -> errors.accept("Could not count the clipping", e));
    } catch (Exception e) {
      errors.accept("Those clip levels cannot be used", e);
    }
  }

  private void jumpTo(ClippedRun run) {
    waveform.jumpTo(run, model.recordingProperty().get().samples().frames());
  }

  @Override
  public void restore(boolean selectionOnly) {
    OpenedRecording current = model.recordingProperty().get();
    if (current == null || work.runningProperty().get()) {
      return;
    }
    RestoreRequest request;
    try {
      request = restore.request(model.restoreRange(selectionOnly));
    } catch (IllegalStateException e) {
      errors.accept("Cannot restore " + current.file().getFileName(), e);
      return;
    }
    HistoryEntry previous = model.history().currentProperty().get();
    int number = model.history().entries().size() + 1;
    work.start(
        (progress, cancel) ->
            RestoreJob.run(
                current,
                previous == null ? null : previous.outcome(),
                request,
                algorithms,
                progress,
                cancel),
        outcome -> {
          model.restoredWith(
              new HistoryEntry(
                  number,
                  previous,
                  request,
                  current.clipping().levels(),
                  current.info().sampleRate(),
                  outcome));
          work.announce(
              "Restored with "
                  + outcome.algorithm()
                  + (outcome.notes().isEmpty() ? "" : "; " + String.join("; ", outcome.notes())));
        },
        e -> errors.accept("Could not restore " + current.file().getFileName(), e));
  }

  @Override
  public void exportDialog() {
    OpenedRecording current = model.recordingProperty().get();
    RestoreOutcome outcome = model.restoredProperty().get();
    if (current == null || outcome == null) {
      return;
    }
    choosers
        .export(stage, current.file())
        .ifPresent(
            destination ->
                ExportDialog.ask(
                        stage,
                        outcome.restored().levels(),
                        ExportChoices.encodingFor(current.info(), destination),
                        settings.current().export(),
                        destination)
                    .ifPresent(
                        choice -> {
                          settings.update(s -> s.withExport(choice.preference()));
                          export(destination, choice.encoding(), choice.gain());
                        }));
  }

  /**
   * Opens the export dialog over the restored recording for the file the save dialog would suggest,
   * without waiting for an answer (the screenshot pictures it); nothing is exported from it.
   */
  public javafx.scene.control.Dialog<?> showExportDialog() {
    OpenedRecording current = model.recordingProperty().get();
    RestoreOutcome outcome = model.restoredProperty().get();
    Path destination = current.file().resolveSibling(ExportNames.suggested(current.file()));
    javafx.scene.control.Dialog<?> dialog =
        ExportDialog.build(
            stage,
            outcome.restored().levels(),
            ExportChoices.encodingFor(current.info(), destination),
            settings.current().export(),
            destination);
    dialog.show();
    dialog.getDialogPane().applyCss();
    dialog.getDialogPane().layout();
    return dialog;
  }

  /** Exports the restored recording with the level choices last made in the export dialog. */
  public void export(Path destination, SampleEncoding encoding) {
    export(destination, encoding, settings.current().export().gain());
  }

  private void export(Path destination, SampleEncoding encoding, GainPolicy gain) {
    OpenedRecording current = model.recordingProperty().get();
    RestoreOutcome outcome = model.restoredProperty().get();
    if (current == null || outcome == null || work.runningProperty().get()) {
      return;
    }
    HistoryEntry entry = model.history().currentProperty().get();
    List<HistoryEntry> entries = List.copyOf(model.history().entries());
    List<HistoryEntry> exportedBefore =
        entries.stream().filter(model.history()::isExported).toList();
    work.start(
        (progress, cancel) -> {
          var result =
              new AudioExporter()
                  .export(
                      ExportRequest.of(outcome.restored(), current.file(), destination, encoding)
                          .withGain(gain),
                      progress,
                      cancel);
          Path log =
              ProcessingLog.write(
                  current.file(), current.info(), entries, entry, exportedBefore, result);
          return new ExportDone(result, log);
        },
        done -> {
          model.exported();
          choosers.remember(done.result().file());
          settings.update(s -> s.withLastFolder(done.result().file().toAbsolutePath().getParent()));
          work.announce(done.result().summary() + "; processing log " + done.log().getFileName());
        },
        e -> errors.accept("Could not export " + destination.getFileName(), e));
  }

  @Override
  public void quit() {
    if (mayDiscardRestore()) {
      stage.close();
    }
  }

  /** True when there is no unexported restore, or the user agrees to drop them. */
  private boolean mayDiscardRestore() {
    return !model.changedProperty().get()
        || Dialogs.confirmDiscard(
            stage,
            model.recordingProperty().get().file().getFileName().toString(),
            model.history().unexportedProperty().get());
  }

  /** The current history entry (null: none) on the waveform, in B and in the restore panel. */
  private void showEntry(HistoryEntry entry) {
    if (!stage.isShowing()) {
      return; // the window closes and its history with it: nothing left to show
    }
    RestoreOutcome outcome = entry == null ? null : entry.outcome();
    waveform.showRestored(outcome);
    playback.setRestored(outcome == null ? null : outcome.restored());
    if (outcome == null) {
      restore.clearStats();
    } else {
      restore.showStats(outcome.stats());
    }
  }

  @Override
  public void undo() {
    model.history().undo();
  }

  @Override
  public void redo() {
    model.history().redo();
  }

  @Override
  public void playOrStop() {
    if (model.hasRecording().get()) {
      playback.playOrStop(model.selectionProperty().get());
    }
  }

  @Override
  public void toggleAB() {
    model.toggleAB();
  }

  @Override
  public void zoomIn() {
    waveform.zoomIn();
  }

  @Override
  public void zoomOut() {
    waveform.zoomOut();
  }

  @Override
  public void zoomToFit() {
    waveform.zoomToFit();
  }

  @Override
  public void zoomToSelection() {
    waveform.zoomToSelection();
  }

  @Override
  public void zoomToNextClippedRun() {
    waveform.zoomToNextClippedRun();
  }

  /** Where failures go: dialogs by default; the screenshot run prints and exits instead. */
  public void onError(BiConsumer<String, Throwable> handler) {
    this.errors = handler;
  }

  public StudioViewModel viewModel() {
    return model;
  }

  public RestoreViewModel restoreViewModel() {
    return restore;
  }

  public DetectionViewModel detectionViewModel() {
    return detection;
  }

  public BackgroundWork work() {
    return work;
  }

  /** Answers the file dialogs with {@code picker} instead of the system's dialogs. */
  void usePicker(FileChoosers.Picker picker) {
    choosers.usePicker(picker);
  }

  PlaybackControl playback() {
    return playback;
  }

  private void closed() {
    stage.titleProperty().unbind(); // the window is gone: its title must not follow the close
    playback.close();
    work.close();
    model.close();
    algorithms.close();
    settings.update(
        s ->
            s.withAlgorithm(
                    // without a model interpolation was the default, not the user's preference
                    restore.neuralAvailable().get()
                            || restore.algorithmProperty().get() != AlgorithmChoice.CUBIC
                        ? restore.algorithmProperty().get()
                        : s.algorithm())
                .withDevice(restore.deviceProperty().get())
                .withTau(restore.tauProperty().get())
                .withThreads(restore.threadsProperty().get())
                .withWindow(
                    RememberedSettings.windowSize(
                        stage.getWidth(), stage.getHeight(), s.window())));
  }

  WaveformView waveform() {
    return waveform.view();
  }

  public Stage stage() {
    return stage;
  }

  /** An export and the processing log written beside it. */
  private record ExportDone(dev.declip.restore.file.ExportResult result, Path log) {}
}
