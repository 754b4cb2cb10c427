package dev.declip.cli;

import dev.declip.audio.AudioData;
import dev.declip.audio.AudioFiles;
import dev.declip.audio.Container;
import dev.declip.audio.OutputFormat;
import dev.declip.audio.SampleEncoding;
import dev.declip.bundle.BundledFiles;
import dev.declip.model.ModelMetadata;
import dev.declip.model.UNetOnnxWriter;
import dev.declip.model.UNetSpec;
import dev.declip.model.UNetWeights;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/** The benchmark's inputs when the user gives none. */
final class BenchmarkInput {
  private BenchmarkInput() {}

  /** The bundled demo recording (real music, really clipped) repeated to {@code seconds}. */
  static Path loopedDemo(Path dir, int seconds) throws IOException {
    Path demo =
        BundledFiles.demoRecording()
            .orElseThrow(
                () -> new IOException("the demo recording is not installed; give --input FILE"));
    AudioData data = AudioFiles.readAll(demo);
    int rate = data.info().sampleRate();
    int frames = seconds * rate;
    float[][] looped = new float[data.samples().length][frames];
    for (int c = 0; c < looped.length; c++) {
      float[] source = data.samples()[c];
      for (int i = 0; i < frames; i += source.length) {
        System.arraycopy(source, 0, looped[c], i, Math.min(source.length, frames - i));
      }
    }
    return writePcm16(dir.resolve("demo-" + seconds + "s.wav"), data, looped);
  }

  /** The first {@code seconds} of a recording (all of it if shorter), as a 16-bit WAV. */
  static Path excerpt(Path recording, Path dir, int seconds) throws IOException {
    AudioData data = AudioFiles.readAll(recording);
    int frames =
        (int) Math.min(data.samples()[0].length, (long) seconds * data.info().sampleRate());
    float[][] cut = new float[data.samples().length][];
    for (int c = 0; c < cut.length; c++) {
      cut[c] = Arrays.copyOf(data.samples()[c], frames);
    }
    return writePcm16(dir.resolve("excerpt-" + seconds + "s.wav"), data, cut);
  }

  /** {@code samples} as a 16-bit WAV with the rate and channels of {@code source}. */
  private static Path writePcm16(Path file, AudioData source, float[][] samples)
      throws IOException {
    AudioFiles.writeAll(
        file,
        new OutputFormat(Container.WAV, SampleEncoding.PCM_16),
        new AudioData(source.info(), samples));
    return file;
  }

  /** A UNet of the default architecture with fixed random weights: as fast as a trained one. */
  static Path untrainedDefaultModel(Path dir) throws IOException {
    UNetSpec spec = UNetSpec.defaults();
    Path file = dir.resolve("untrained-default-unet.onnx");
    UNetOnnxWriter.write(
        file,
        UNetWeights.random(spec, 1),
        new ModelMetadata(44_100, 8192, "untrained (benchmark only)", Map.of()));
    return file;
  }

  static void deleteRecursively(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
        Files.deleteIfExists(p);
      }
    }
  }
}
