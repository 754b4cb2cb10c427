package dev.declip.desktop.waveform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.declip.clipping.ClipLevels;
import dev.declip.clipping.ClippedRun;
import dev.declip.clipping.Polarity;
import dev.declip.progress.Cancellation;
import dev.declip.progress.ProgressListener;
import dev.declip.samples.ArraySampleStore;
import dev.declip.samples.FrameRange;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Point2D;
import javafx.geometry.VerticalDirection;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseButton;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The view on the real JavaFX toolkit (headless Monocle), with a synthetic clipped recording. */
@ExtendWith(ApplicationExtension.class)
class WaveformViewTest {

  private static final int RATE = 8_000;
  private static final int FRAMES = 16_000;
  private static final float LEVEL = 0.9f;

  private final float[][] unclipped = new float[2][FRAMES];
  private final float[][] clipped = new float[2][FRAMES];
  private final List<ClippedRun> runs = new ArrayList<>();
  private WaveformView view;
  private ArraySampleStore original;

  @Start
  void start(Stage stage) {
    view = new WaveformView();
    stage.setScene(new Scene(view, 1000, 600));
    stage.show();
  }

  /**
   * A quiet 200 Hz tone with a loud burst in frames 6 000..8 000 of the left channel, clipped at
   * 0.9.
   */
  @BeforeEach
  void recording(FxRobot robot) {
    for (int i = 0; i < FRAMES; i++) {
      double loud = i >= 6_000 && i < 8_000 ? 1.6 : 0.3;
      unclipped[0][i] = (float) (loud * Math.sin(2 * Math.PI * 200 * i / RATE));
      unclipped[1][i] = (float) (0.3 * Math.sin(2 * Math.PI * 200 * i / RATE));
      for (int c = 0; c < 2; c++) {
        clipped[c][i] = Math.max(-LEVEL, Math.min(LEVEL, unclipped[c][i]));
      }
    }
    for (int i = 0; i < FRAMES; i++) { // the runs, found by a plain scan
      if (Math.abs(clipped[0][i]) >= LEVEL && (i == 0 || Math.abs(clipped[0][i - 1]) < LEVEL)) {
        int end = i;
        while (end < FRAMES && Math.abs(clipped[0][end]) >= LEVEL) {
          end++;
        }
        runs.add(
            new ClippedRun(
                0, i, end - i, clipped[0][i] > 0 ? Polarity.POSITIVE : Polarity.NEGATIVE));
      }
    }
    original = new ArraySampleStore(clipped, RATE);
    MinMaxPyramid pyramid = MinMaxPyramid.of(original, ProgressListener.NONE, Cancellation.NEVER);
    robot.interact(
        () ->
            view.setRecording(
                original,
                pyramid,
                List.of(Optional.of(ClipLevels.symmetric(LEVEL)), Optional.empty()),
                runs));
    WaitForAsyncUtils.waitForFxEvents();
  }

  @Test
  void shadesClippedRunsOnlyInTheirChannel(FxRobot robot) {
    ClippedRun run = runs.get(0);
    double seconds = (run.startFrame() + run.length() / 2.0) / RATE;
    Color left = pixel(robot, 0, seconds, 0.95);
    Color right = pixel(robot, 1, seconds, 0.95);
    Color quiet = pixel(robot, 0, 2_000.0 / RATE, 0.95);
    assertThat(left.getRed() - left.getGreen()).as("red shade over the run").isGreaterThan(0.1);
    assertThat(right.getRed() - right.getGreen())
        .as("no shade in the unclipped channel")
        .isLessThan(0.05);
    assertThat(quiet.getRed() - quiet.getGreen())
        .as("no shade where nothing clipped")
        .isLessThan(0.05);
  }

  @Test
  void overlayShowsTheRestoredPeakAboveTheClipLevelAndOriginalModeHidesIt(FxRobot robot) {
    ArraySampleStore restored = new ArraySampleStore(unclipped, RATE);
    MinMaxPyramid pyramid = MinMaxPyramid.of(restored, ProgressListener.NONE, Cancellation.NEVER);
    robot.interact(() -> view.setRestored(restored, pyramid));
    WaitForAsyncUtils.waitForFxEvents();
    ClippedRun peak =
        runs.stream().filter(r -> r.polarity() == Polarity.POSITIVE).findFirst().get();
    double burst = (peak.startFrame() + peak.length() / 2.0) / RATE;
    Color overlay = pixel(robot, 0, burst, 1.3);
    robot.interact(() -> view.traceModeProperty().set(TraceMode.ORIGINAL));
    WaitForAsyncUtils.waitForFxEvents();
    Color originalOnly = pixel(robot, 0, burst, 1.3);
    assertThat(overlay.getGreen()).as("restored colour").isGreaterThan(0.6);
    assertThat(originalOnly.getGreen()).as("background").isLessThan(0.3);
  }

  @Test
  void wheelZoomsAroundThePointer(FxRobot robot) {
    robot.interact(view::zoomIn); // so that the wheel may zoom either way
    WaitForAsyncUtils.waitForFxEvents();
    FrameRange before = view.visibleRangeProperty().get();
    double frameUnderPointer = before.start() + 0.3 * before.length();
    robot.moveTo(screenPoint(0, frameUnderPointer / RATE, 0.5));
    robot.scroll(3, VerticalDirection.DOWN);
    WaitForAsyncUtils.waitForFxEvents();
    FrameRange after = view.visibleRangeProperty().get();
    assertThat(after.length()).isNotEqualTo(before.length());
    double framesPerPixel = Math.max(before.length(), after.length()) / view.dataArea().getWidth();
    assertThat(after.start() + 0.3 * after.length())
        .isCloseTo(frameUnderPointer, within(2 * framesPerPixel));
  }

  @Test
  void dragSelectsTheFramesUnderThePointer(FxRobot robot) {
    robot
        .drag(screenPoint(0, 4_000.0 / RATE, 0), MouseButton.PRIMARY)
        .dropTo(screenPoint(0, 10_000.0 / RATE, 0));
    WaitForAsyncUtils.waitForFxEvents();
    FrameRange selected = view.selectionProperty().get();
    double framesPerPixel = FRAMES / view.dataArea().getWidth();
    assertThat(selected).isNotNull();
    assertThat((double) selected.start()).isCloseTo(4_000, within(2 * framesPerPixel));
    assertThat((double) selected.end()).isCloseTo(10_000, within(2 * framesPerPixel));
  }

  @Test
  void zoomToNextClippedRunVisitsEveryRunInOrderThenReportsTheEnd(FxRobot robot) {
    List<FrameRange> shown = new ArrayList<>();
    robot.interact(
        () -> {
          while (view.zoomToNextClippedRun()) {
            shown.add(view.visibleRangeProperty().get());
          }
        });
    assertThat(shown).hasSameSizeAs(runs);
    for (int i = 0; i < runs.size(); i++) {
      ClippedRun run = runs.get(i);
      assertThat(shown.get(i).start()).isLessThanOrEqualTo(run.startFrame());
      assertThat(shown.get(i).end()).isGreaterThanOrEqualTo(run.startFrame() + run.length());
      assertThat(shown.get(i).length()).isLessThan(FRAMES / 10);
    }
  }

  @Test
  void redrawOfTheWholeViewIsTimed() {
    assertThat(view.lastRedrawMillisProperty().get()).isPositive();
  }

  @Test
  void clippedStretchesStandOutBeyondTheirLevelsWhenTheWholeFileIsShown(FxRobot robot) {
    ClippedRun run = runs.get(runs.size() / 2);
    double seconds = (run.startFrame() + run.length() / 2.0) / RATE;
    double beyond = (LEVEL + view.charts().get(0).top()) / 2;
    Color mask = pixel(robot, 0, seconds, beyond);
    Color below = pixel(robot, 0, seconds, -beyond);
    Color quiet = pixel(robot, 0, 2_000.0 / RATE, beyond);
    assertThat(isOrange(mask)).as("mask above the envelope: " + mask).isTrue();
    assertThat(isOrange(below)).as("mask below the envelope: " + below).isTrue();
    assertThat(isOrange(quiet)).as("nothing where it did not clip: " + quiet).isFalse();
  }

  @Test
  void clippedSamplesAreColouredAtSampleZoom(FxRobot robot) {
    ClippedRun run = runs.stream().filter(r -> r.length() >= 3).findFirst().orElseThrow();
    robot.interact(
        () -> view.setViewport(view.viewport().withSpan(run.startFrame() - 40, 80 + run.length())));
    WaitForAsyncUtils.waitForFxEvents();
    long middle = run.startFrame() + run.length() / 2;
    long unclippedFrame = run.startFrame() - 20;
    Color clippedDot = pixel(robot, 0, middle / (double) RATE, clipped[0][(int) middle]);
    Color plainDot =
        pixel(robot, 0, unclippedFrame / (double) RATE, clipped[0][(int) unclippedFrame]);
    assertThat(isOrange(clippedDot)).as("clipped sample: " + clippedDot).isTrue();
    assertThat(isOrange(plainDot)).as("unclipped sample: " + plainDot).isFalse();
    assertThat(plainDot.getBlue()).as("unclipped sample in the trace colour").isGreaterThan(0.6);
  }

  @Test
  void levelLabelsKeepClearOfTheBorderBetweenChannels(FxRobot robot) {
    for (boolean dbfs : new boolean[] {false, true}) {
      robot.interact(() -> view.dbfsProperty().set(dbfs));
      WaitForAsyncUtils.waitForFxEvents();
      List<String> labels = new ArrayList<>();
      double[] lowestOfFirst = {0};
      double[] highestOfSecond = {Double.MAX_VALUE};
      robot.interact(
          () -> {
            for (int c = 0; c < 2; c++) {
              ChannelChart chart = view.charts().get(c);
              for (Object t : chart.levelTicks()) {
                var tick = (org.jfree.chart.axis.NumberTick) t;
                labels.add(tick.getText());
                double y = chart.canvas().localToScene(0, chart.yOf(tick.getValue())).getY();
                if (c == 0) {
                  lowestOfFirst[0] = Math.max(lowestOfFirst[0], y);
                } else {
                  highestOfSecond[0] = Math.min(highestOfSecond[0], y);
                }
              }
            }
          });
      double labelHeight = javafx.scene.text.Font.getDefault().getSize();
      assertThat(highestOfSecond[0] - lowestOfFirst[0])
          .as("room between the labels either side of the border")
          .isGreaterThanOrEqualTo(labelHeight);
      if (dbfs) {
        assertThat(labels).contains("−6", "−∞");
      } else {
        assertThat(labels).contains("1.0", "-1.0", "0.0");
      }
    }
  }

  @Test
  void zoomingTheLevelNarrowsTheScale(FxRobot robot) {
    double before = view.charts().get(0).top();
    robot.interact(view::zoomInVertically);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(view.charts().get(0).top()).isCloseTo(before / 2, within(1e-9));
    robot.interact(view::zoomOutVertically);
    robot.interact(view::zoomOutVertically); // never below full scale
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(view.charts().get(0).top()).isCloseTo(before, within(1e-9));
  }

  @Test
  void theLastTimeLabelIsDrawnWhole(FxRobot robot) throws Exception {
    // A view that ends on a round second puts a label on the right edge of the plot.
    java.awt.image.BufferedImage image =
        new java.awt.image.BufferedImage(800, 200, java.awt.image.BufferedImage.TYPE_INT_RGB);
    robot.interact(
        () -> {
          ChannelChart chart = view.charts().get(1);
          java.awt.Graphics2D g = image.createGraphics();
          chart.chart().draw(g, new java.awt.geom.Rectangle2D.Double(0, 0, 800, 200));
          g.dispose();
        });
    int background = WaveformTheme.BACKGROUND.getRGB();
    for (int y = 150; y < 200; y++) { // the time axis row
      for (int x = 795; x < 800; x++) {
        assertThat(image.getRGB(x, y))
            .as("nothing drawn at the right edge, " + x + "," + y)
            .isEqualTo(background);
      }
    }
  }

  private static boolean isOrange(Color c) {
    return c.getRed() > 0.6
        && c.getGreen() > 0.3
        && c.getGreen() < c.getRed() - 0.15
        && c.getBlue() < 0.4;
  }

  private Color pixel(FxRobot robot, int channel, double seconds, double amplitude) {
    Color[] colour = new Color[1];
    robot.interact(
        () -> {
          ChannelChart chart = view.charts().get(channel);
          Point2D scene = chart.canvas().localToScene(chart.xOf(seconds), chart.yOf(amplitude));
          WritableImage image = Snapshots.of(view.getScene().getRoot());
          colour[0] = image.getPixelReader().getColor((int) scene.getX(), (int) scene.getY());
        });
    return colour[0];
  }

  private Point2D screenPoint(int channel, double seconds, double amplitude) {
    ChannelChart chart = view.charts().get(channel);
    Rectangle2D area = chart.dataArea();
    assertThat(area).isNotNull();
    return chart.canvas().localToScreen(chart.xOf(seconds), chart.yOf(amplitude));
  }
}
