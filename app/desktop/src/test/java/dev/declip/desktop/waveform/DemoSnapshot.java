package dev.declip.desktop.waveform;

import dev.declip.audio.AudioFiles;
import dev.declip.clipping.ClipLevels;
import dev.declip.clipping.ClippingAnalysis;
import dev.declip.clipping.ClippingReport;
import dev.declip.progress.Cancellation;
import dev.declip.progress.ProgressListener;
import dev.declip.restore.CubicInterpolation;
import dev.declip.restore.Eq16Blend;
import dev.declip.restore.Restorations;
import dev.declip.samples.DiskSampleStore;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Renders the view with the demo recording and a cubic-interpolation restore to PNGs, to look at:
 * {@code ./mvnw -o -q -pl app/desktop test -Dtest=DemoSnapshot -Ddeclip.demo.png=/tmp/wave} writes
 * {@code /tmp/wave-fit.png} and {@code /tmp/wave-run.png}.
 */
@ExtendWith(ApplicationExtension.class)
@EnabledIfSystemProperty(named = "declip.demo.png", matches = ".+")
class DemoSnapshot {

  private WaveformView view;
  private Stage stage;

  @Start
  void start(Stage stage) {
    this.stage = stage;
    view = new WaveformView();
    stage.setScene(new Scene(view, 1280, 560));
    stage.show();
  }

  @Test
  void rendersTheDemoRecording(FxRobot robot) throws Exception {
    Path demo = Path.of("../../assets/demo/battle-epic-clipped.flac");
    ClippingReport report =
        new ClippingAnalysis()
            .analyse(
                () -> AudioFiles.open(demo),
                Optional.empty(),
                ProgressListener.NONE,
                Cancellation.NEVER);
    PyramidBuilder builder = MinMaxPyramid.builder(2);
    DiskSampleStore original =
        DiskSampleStore.decode(demo, builder, ProgressListener.NONE, Cancellation.NEVER).samples();
    MinMaxPyramid pyramid = builder.build(original);
    DiskSampleStore restored = DiskSampleStore.copyOf(original);
    for (int c = 0; c < original.channels(); c++) {
      Optional<ClipLevels> levels = report.levels().get(c);
      if (levels.isPresent()) {
        float[] y = new float[(int) original.frames()];
        original.read(c, 0, y, 0, y.length);
        float[] x =
            Restorations.restore(
                new CubicInterpolation(),
                y,
                levels.get(),
                original.sampleRate(),
                Eq16Blend.DEFAULT_TAU,
                true,
                Cancellation.NEVER);
        restored.write(c, 0, x, 0, x.length);
      }
    }
    MinMaxPyramid restoredPyramid =
        MinMaxPyramid.of(restored, ProgressListener.NONE, Cancellation.NEVER);
    String prefix = System.getProperty("declip.demo.png");
    robot.interact(
        () -> {
          view.setRecording(original, pyramid, report.levels(), report.runs());
          view.setRestored(restored, restoredPyramid);
        });
    WaitForAsyncUtils.waitForFxEvents();
    robot.interact(() -> write(prefix + "-fit.png"));
    robot.interact(
        () -> {
          for (int i = 0; i < 40 && view.zoomToNextClippedRun(); i++) {
            // the 40th run: somewhere in the loud part
          }
          view.zoomOut();
          view.zoomOut();
          view.zoomOut();
          view.selectionProperty()
              .set(
                  new dev.declip.samples.FrameRange(
                      view.visibleRangeProperty().get().start()
                          + view.visibleRangeProperty().get().length() / 5,
                      view.visibleRangeProperty().get().start()
                          + view.visibleRangeProperty().get().length() / 3));
          view.playheadProperty()
              .set(
                  view.visibleRangeProperty().get().start()
                      + view.visibleRangeProperty().get().length() * 2 / 3);
        });
    WaitForAsyncUtils.waitForFxEvents();
    robot.interact(() -> write(prefix + "-run.png"));
    robot.interact(
        () -> {
          view.selectionProperty().set(null);
          for (int i = 0; i < 5; i++) {
            view.zoomIn();
          }
        });
    WaitForAsyncUtils.waitForFxEvents();
    robot.interact(() -> write(prefix + "-samples.png"));
    original.close();
    restored.close();
  }

  private void write(String file) {
    try {
      Snapshots.writePng(Snapshots.of(stage.getScene().getRoot()), Path.of(file));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
