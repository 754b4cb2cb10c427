package dev.declip.desktop.waveform;

import dev.declip.audio.AudioFiles;
import dev.declip.audio.AudioSink;
import dev.declip.audio.Container;
import dev.declip.audio.OutputFormat;
import dev.declip.audio.SampleEncoding;
import dev.declip.clipping.ClipLevels;
import dev.declip.clipping.ClippedRun;
import dev.declip.clipping.Polarity;
import dev.declip.progress.Cancellation;
import dev.declip.progress.ProgressListener;
import dev.declip.samples.DiskSampleStore;
import dev.declip.samples.FrameRange;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
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
 * Measures the view on a 1-hour stereo 48 kHz recording (a 16-bit WAV of 691 MB, made once in the
 * given folder, which should lie outside the repository):
 *
 * <pre>
 * ./mvnw -o -q -B -pl app/desktop test -Dtest=HourLongFileBenchmark -Ddeclip.bench.dir=/tmp/declip-bench
 * </pre>
 */
@ExtendWith(ApplicationExtension.class)
@EnabledIfSystemProperty(named = "declip.bench.dir", matches = ".+")
class HourLongFileBenchmark {

  private static final int RATE = 48_000;
  private static final long FRAMES = 3_600L * RATE;
  private static final float LEVEL = 0.8f;

  private WaveformView view;

  @Start
  void start(Stage stage) {
    view = new WaveformView();
    stage.setScene(new Scene(view, 1280, 560));
    stage.show();
  }

  @Test
  void measuresDecodePyramidAndRedraw(FxRobot robot) throws IOException {
    Path dir = Path.of(System.getProperty("declip.bench.dir"));
    Files.createDirectories(dir);
    Path wav = dir.resolve("hour-stereo-48k.wav");
    List<ClippedRun> runs = new ArrayList<>();
    if (!Files.exists(wav)) {
      write(wav);
    }
    long t0 = System.nanoTime();
    PyramidBuilder builder = MinMaxPyramid.builder(2);
    DiskSampleStore store =
        DiskSampleStore.decode(wav, builder, ProgressListener.NONE, Cancellation.NEVER).samples();
    MinMaxPyramid pyramid = builder.build(store);
    double decodeSeconds = (System.nanoTime() - t0) / 1e9;
    long t1 = System.nanoTime();
    MinMaxPyramid.of(store, ProgressListener.NONE, Cancellation.NEVER);
    double pyramidSeconds = (System.nanoTime() - t1) / 1e9;
    collectRuns(store, runs);
    Runtime rt = Runtime.getRuntime();
    System.gc();
    long heap = rt.totalMemory() - rt.freeMemory();
    robot.interact(
        () ->
            view.setRecording(
                store,
                pyramid,
                List.of(
                    Optional.of(ClipLevels.symmetric(LEVEL)),
                    Optional.of(ClipLevels.symmetric(LEVEL))),
                runs));
    WaitForAsyncUtils.waitForFxEvents();
    StringBuilder report = new StringBuilder();
    report.append(
        String.format(
            Locale.ROOT,
            "frames %d, decode + pyramid in one pass %.1f s, pyramid alone from the store %.1f s,%n"
                + "pyramid %.1f MB, heap in use after GC %.0f MB, %d runs%n",
            FRAMES,
            decodeSeconds,
            pyramidSeconds,
            pyramid.bytes() / 1e6,
            heap / 1e6,
            runs.size()));
    for (double seconds : new double[] {3600, 600, 60, 1, 0.01}) {
      double[] millis = new double[31];
      double[] cpu = new double[31];
      ThreadMXBean threads = ManagementFactory.getThreadMXBean();
      robot.interact(
          () -> {
            view.setViewport(view.viewport().withSpan(FRAMES / 3.0, seconds * RATE));
            for (int i = 0; i < millis.length; i++) {
              view.setViewport(view.viewport().scrollBy(i % 2 == 0 ? 0.01 : -0.01));
              long c0 = threads.getCurrentThreadCpuTime();
              millis[i] = view.redrawNow();
              cpu[i] = (threads.getCurrentThreadCpuTime() - c0) / 1e6;
            }
          });
      Arrays.sort(millis);
      Arrays.sort(cpu);
      report.append(
          String.format(
              Locale.ROOT,
              "view of %8.2f s: redraw median %.1f ms (CPU %.1f ms), max %.1f ms%n",
              seconds,
              millis[millis.length / 2],
              cpu[cpu.length / 2],
              millis[millis.length - 1]));
    }
    FrameRange all = new FrameRange(0, FRAMES);
    RunIndex index = new RunIndex(runs);
    for (int k = 0; k < 3; k++) {
      long q0 = System.nanoTime();
      pyramid.query(0, all, 1230);
      long q1 = System.nanoTime();
      index.shading(0, all, FRAMES / 1230.0);
      long q2 = System.nanoTime();
      report.append(
          String.format(
              Locale.ROOT,
              "whole-file query of 1230 columns %.1f ms, run shading %.1f ms%n",
              (q1 - q0) / 1e6,
              (q2 - q1) / 1e6));
    }
    System.err.print(report);
    Files.writeString(dir.resolve("report.txt"), report);
    store.close();
  }

  private static void write(Path wav) throws IOException {
    int block = 1 << 16;
    float[][] buffer = new float[2][block];
    try (AudioSink sink =
        AudioFiles.create(wav, new OutputFormat(Container.WAV, SampleEncoding.PCM_16), RATE, 2)) {
      for (long f = 0; f < FRAMES; f += block) {
        int n = (int) Math.min(block, FRAMES - f);
        for (int i = 0; i < n; i++) {
          double t = (f + i) / (double) RATE;
          double swell = 0.6 + 0.5 * Math.sin(2 * Math.PI * t / 7.3);
          double tone =
              Math.sin(2 * Math.PI * 110 * t) * 0.6 + Math.sin(2 * Math.PI * 331 * t) * 0.3;
          buffer[0][i] = clip((float) (swell * tone));
          buffer[1][i] = clip((float) (swell * Math.sin(2 * Math.PI * 220 * t + 1)));
        }
        sink.write(buffer, n);
      }
    }
  }

  private static float clip(float x) {
    return Math.max(-LEVEL, Math.min(LEVEL, x));
  }

  /** Runs as the engine would report them, capped as its report is. */
  private static void collectRuns(DiskSampleStore store, List<ClippedRun> runs) {
    float[] buffer = new float[1 << 16];
    for (int c = 0; c < 2; c++) {
      long start = -1;
      for (long f = 0; f < store.frames() && runs.size() < 100_000; f += buffer.length) {
        int n = (int) Math.min(buffer.length, store.frames() - f);
        store.read(c, f, buffer, 0, n);
        for (int i = 0; i < n; i++) {
          boolean clipped = Math.abs(buffer[i]) >= LEVEL - 1e-4f;
          if (clipped && start < 0) {
            start = f + i;
          } else if (!clipped && start >= 0) {
            runs.add(new ClippedRun(c, start, f + i - start, Polarity.POSITIVE));
            start = -1;
          }
        }
      }
    }
  }
}
