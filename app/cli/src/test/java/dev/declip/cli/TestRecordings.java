package dev.declip.cli;

import dev.declip.audio.AudioData;
import dev.declip.audio.AudioFiles;
import dev.declip.audio.AudioInfo;
import dev.declip.audio.Container;
import dev.declip.audio.OutputFormat;
import dev.declip.audio.SampleEncoding;
import dev.declip.bundle.BundledFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Inputs for the CLI tests, made from the demo recording (real music, hard-clipped at full scale).
 * Scaled to 0.45 it is clipped at 0.45 (-6.9 dBFS): cubic interpolation restores peaks to at most
 * twice the clip level, so they fit 16-bit output without gain (at 0.5 they would reach full scale
 * and the automatic gain would shave a hair off).
 */
final class TestRecordings {
  private static final int RATE = 44_100;
  static final float SCALE = 0.45f;
  private static AudioData demo;

  private TestRecordings() {}

  static synchronized AudioData demo() {
    if (demo == null) {
      Path file =
          BundledFiles.demoRecording()
              .orElseThrow(
                  () ->
                      new IllegalStateException(
                          "assets/demo not found above " + Path.of("").toAbsolutePath()));
      try {
        demo = AudioFiles.readAll(file);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return demo;
  }

  /**
   * Three seconds of the demo, from 2 s in, scaled to clip at 0.45; 16-bit, WAV or FLAC by name.
   */
  static Path clipped(Path file) throws IOException {
    return clipped(file, SCALE);
  }

  /** The same excerpt clipped at {@code scale} (1: at full scale, as the demo recording is). */
  static Path clipped(Path file, float scale) throws IOException {
    return excerpt(file, 2 * RATE, 3 * RATE, scale);
  }

  /** A tenth of a second of the same excerpt, for the slow sparse declipper. */
  static Path clippedBriefly(Path file) throws IOException {
    return excerpt(file, 2 * RATE, RATE / 10, SCALE);
  }

  /** The scaled demo looped to {@code seconds}, as 16-bit WAV. */
  static Path looped(Path file, int seconds) throws IOException {
    float[][] source = demo().samples();
    float[][] looped = new float[source.length][seconds * RATE];
    for (int c = 0; c < looped.length; c++) {
      for (int i = 0; i < looped[c].length; i++) {
        looped[c][i] = SCALE * source[c][i % source[c].length];
      }
    }
    return write(file, looped);
  }

  /** A sine at -20 dBFS that clips nowhere. */
  static Path quietSine(Path file) throws IOException {
    float[][] samples = new float[1][RATE];
    for (int i = 0; i < RATE; i++) {
      samples[0][i] = (float) (0.1 * Math.sin(2 * Math.PI * 440.7 * i / RATE));
    }
    return write(file, samples);
  }

  /** The committed clipped MP3 (see src/test/resources/cli/README.txt), copied into {@code dir}. */
  static Path clippedMp3(Path dir) throws IOException {
    return copyResource("/cli/clipped-half-scale.mp3", dir);
  }

  /**
   * Copies a class-path resource into {@code dir}: the engine's fixtures (such as {@code
   * /audio/bad/truncated.flac}) may sit in its test-jar rather than in a folder.
   */
  static Path copyResource(String resource, Path dir) throws IOException {
    Path file = dir.resolve(resource.substring(resource.lastIndexOf('/') + 1));
    try (InputStream in = TestRecordings.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IOException(resource + " is not on the class path");
      }
      Files.copy(in, file);
    }
    return file;
  }

  private static Path excerpt(Path file, int from, int frames, float scale) throws IOException {
    float[][] source = demo().samples();
    float[][] cut = new float[source.length][frames];
    for (int c = 0; c < cut.length; c++) {
      for (int i = 0; i < frames; i++) {
        cut[c][i] = scale * source[c][from + i];
      }
    }
    return write(file, cut);
  }

  /** Writes 16-bit audio; the container follows the file's extension. */
  private static Path write(Path file, float[][] samples) throws IOException {
    Container container = Container.fromPath(file).orElseThrow();
    AudioInfo info = new AudioInfo(container, RATE, samples.length, 16, false, samples[0].length);
    AudioFiles.writeAll(
        file, new OutputFormat(container, SampleEncoding.PCM_16), new AudioData(info, samples));
    return file;
  }
}
