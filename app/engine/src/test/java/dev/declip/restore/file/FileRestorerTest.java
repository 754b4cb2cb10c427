package dev.declip.restore.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.declip.audio.AudioData;
import dev.declip.audio.AudioFileException;
import dev.declip.audio.AudioFiles;
import dev.declip.audio.AudioInfo;
import dev.declip.audio.Container;
import dev.declip.audio.SampleEncoding;
import dev.declip.clipping.ClipLevels;
import dev.declip.model.DeviceChoice;
import dev.declip.model.InferenceOptions;
import dev.declip.model.OnnxDeclipModel;
import dev.declip.model.TestModels;
import dev.declip.progress.Cancellation;
import dev.declip.progress.OperationCancelledException;
import dev.declip.progress.ProgressListener;
import dev.declip.restore.CubicInterpolation;
import dev.declip.restore.NeuralRestoration;
import dev.declip.restore.Restorations;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileRestorerTest {

  @TempDir Path dir;

  private static final RestoreSettings FLOAT_OUTPUT =
      RestoreSettings.defaults().withEncoding(SampleEncoding.FLOAT_32);

  private RestoreResult restore(Path in, Path out, RestoreSettings settings) throws IOException {
    return new FileRestorer(new CubicInterpolation(), settings)
        .restore(in, out, ProgressListener.NONE, Cancellation.NEVER);
  }

  @Test
  void keepsUnclippedSamplesExactAndLiftsClippedOnesToTheirLevel() throws IOException {
    Path in =
        ClippedFiles.write(
            dir.resolve("in.wav"), ClippedFiles.music(3, 0.5f), SampleEncoding.PCM_16);
    RestoreResult result = restore(in, dir.resolve("out.wav"), FLOAT_OUTPUT);

    float[][] y = AudioFiles.readAll(in).samples();
    float[][] x = AudioFiles.readAll(result.output()).samples();
    List<Optional<ClipLevels>> levels = result.clipping().levels();
    long lifted = 0;
    for (int c = 0; c < y.length; c++) {
      ClipLevels level = levels.get(c).orElseThrow();
      for (int i = 0; i < y[c].length; i++) {
        if (!level.isClipped(y[c][i])) {
          assertThat(x[c][i]).isEqualTo(y[c][i]);
        } else {
          assertThat(Math.signum(x[c][i])).isEqualTo(Math.signum(y[c][i]));
          assertThat(Math.abs(x[c][i])).isGreaterThanOrEqualTo(level.levelFor(y[c][i]));
          lifted += Math.abs(x[c][i]) > level.levelFor(y[c][i]) ? 1 : 0;
        }
      }
    }
    assertThat(lifted).isGreaterThan(1000);
    assertThat(result.gainDb()).isZero();
  }

  @Test
  void givesTheOutputTheUsualPermissionsNotThoseOfATemporaryFile() throws IOException {
    Path in =
        ClippedFiles.write(
            dir.resolve("in.wav"), ClippedFiles.music(1, 0.5f), SampleEncoding.PCM_16);
    Path plain = Files.createFile(dir.resolve("plain.txt"));

    RestoreResult result = restore(in, dir.resolve("out.wav"), RestoreSettings.defaults());

    assertThat(Files.getPosixFilePermissions(result.output()))
        .isEqualTo(Files.getPosixFilePermissions(plain));
  }

  @Test
  void reportsTheDecodedLengthOfAnMp3WhoseHeaderDoesNotSayIt() throws IOException {
    Path in =
        Files.copy(ClippedFiles.resource("/restore/clipped-untagged.mp3"), dir.resolve("in.mp3"));
    try (var source = AudioFiles.open(in)) {
      assertThat(source.info().frames()).isEqualTo(-1);
    }

    RestoreResult result = restore(in, dir.resolve("out.wav"), RestoreSettings.defaults());

    assertThat(result.info().frames()).isEqualTo(AudioFiles.readAll(result.output()).frames());
    assertThat(result.info().durationSeconds()).isBetween(3.0, 3.1);
  }

  @Test
  void streamsInBlocksWithTheResultOfAWholeFileRestoration() throws IOException {
    AudioData music = ClippedFiles.music(25, 0.5f);
    Path in = ClippedFiles.write(dir.resolve("long.wav"), music, SampleEncoding.FLOAT_32);
    RestoreResult result = restore(in, dir.resolve("out.wav"), FLOAT_OUTPUT);

    float[] y = AudioFiles.readAll(in).samples()[0];
    ClipLevels levels = result.clipping().levels().get(0).orElseThrow();
    float[] whole =
        Restorations.restore(
            new CubicInterpolation(),
            y,
            levels,
            44_100,
            RestoreSettings.DEFAULT_TAU,
            true,
            Cancellation.NEVER);
    float[] streamed = AudioFiles.readAll(result.output()).samples()[0];
    assertThat(streamed).hasSameSizeAs(whole);
    assertThat(mismatches(streamed, whole)).isEmpty();
  }

  @Test
  void lowersTheGainJustEnoughForTheTruePeakToMeetTheCeilingInSixteenBits() throws IOException {
    Path in =
        ClippedFiles.write(
            dir.resolve("full-scale.wav"), ClippedFiles.music(3, 1f), SampleEncoding.PCM_16);
    RestoreResult result = restore(in, dir.resolve("out.wav"), RestoreSettings.defaults());

    assertThat(result.encoding()).isEqualTo(SampleEncoding.PCM_16);
    assertThat(result.restoredPeak()).isGreaterThan(1f);
    // The true peak lies at or above the sample peak: the gain is at least the sample peak's.
    assertThat(result.gainDb()).isLessThanOrEqualTo(-0.3 - result.restoredPeakDbfs() + 1e-6);
    assertThat(result.warnings()).anyMatch(w -> w.contains("gain reduced"));
    float truePeak = dev.declip.levels.TruePeak.of(AudioFiles.readAll(result.output()).samples());
    assertThat(20 * Math.log10(truePeak))
        .isCloseTo(-0.3, org.assertj.core.data.Offset.offset(0.01));
  }

  @Test
  void keepsPeaksAboveFullScaleInFloatOutput() throws IOException {
    Path in =
        ClippedFiles.write(
            dir.resolve("full-scale.wav"), ClippedFiles.music(2, 1f), SampleEncoding.PCM_16);
    RestoreResult result = restore(in, dir.resolve("out.wav"), FLOAT_OUTPUT);

    assertThat(result.gainDb()).isZero();
    assertThat(peakOf(result.output())).isEqualTo(result.restoredPeak()).isGreaterThan(1f);
  }

  @Test
  void keepsTheInputBitDepthUnlessToldOtherwise() throws IOException {
    Path in =
        ClippedFiles.write(
            dir.resolve("in.flac"), ClippedFiles.music(1, 0.5f), SampleEncoding.PCM_24);
    RestoreResult result = restore(in, dir.resolve("out.flac"), RestoreSettings.defaults());

    assertThat(result.encoding()).isEqualTo(SampleEncoding.PCM_24);
    assertThat(AudioFiles.readAll(result.output()).info().bitsPerSample()).isEqualTo(24);
  }

  @Test
  void writesFloatInputToFlacAsTwentyFourBits() throws IOException {
    Path in =
        ClippedFiles.write(
            dir.resolve("in.wav"), ClippedFiles.music(1, 0.5f), SampleEncoding.FLOAT_32);
    RestoreResult result = restore(in, dir.resolve("out.flac"), RestoreSettings.defaults());

    assertThat(result.encoding()).isEqualTo(SampleEncoding.PCM_24);
  }

  @Test
  void restoresOnlyTheAskedTimeRangeAndPassesTheRestThroughBitExact() throws IOException {
    Path in =
        ClippedFiles.write(
            dir.resolve("in.wav"), ClippedFiles.music(4, 0.5f), SampleEncoding.PCM_16);
    RestoreResult result =
        restore(in, dir.resolve("out.wav"), FLOAT_OUTPUT.withSpan(new TimeSpan(1, 2)));

    float[][] y = AudioFiles.readAll(in).samples();
    float[][] x = AudioFiles.readAll(result.output()).samples();
    int rate = result.info().sampleRate();
    long inside = 0;
    for (int c = 0; c < y.length; c++) {
      for (int i = 0; i < y[c].length; i++) {
        if (i < rate || i >= 2 * rate) {
          assertThat(x[c][i]).as("channel %d frame %d", c, i).isEqualTo(y[c][i]);
        } else {
          inside += x[c][i] != y[c][i] ? 1 : 0;
        }
      }
    }
    assertThat(inside).isPositive();
    assertThat(result.samplesChanged()).isEqualTo(inside);
  }

  @Test
  void refusesARangeThatStartsAfterTheEnd() throws IOException {
    Path in =
        ClippedFiles.write(
            dir.resolve("in.wav"), ClippedFiles.music(1, 0.5f), SampleEncoding.PCM_16);
    assertRefusedWithoutWriting(
        in,
        "out.wav",
        RestoreSettings.defaults().withSpan(new TimeSpan(5, 6)),
        AudioFileException.class,
        "after the end of the recording");
  }

  @Test
  void theLimiterBringsRestoredPeaksToTheCeilingAndLeavesFarSamplesAlone() throws IOException {
    Path in =
        ClippedFiles.write(
            dir.resolve("half-scale.wav"), ClippedFiles.music(3, 0.5f), SampleEncoding.PCM_24);
    // Clipped at -6 dBFS: the restored peaks rise above -3 dBTP, the recorded samples stay below.
    GainPolicy limit = GainPolicy.AUTOMATIC.withMode(GainPolicy.Mode.LIMIT).withCeilingDb(-3);
    RestoreResult result =
        restore(in, dir.resolve("out.wav"), RestoreSettings.defaults().withGain(limit));

    assertThat(result.gainDb()).isZero();
    assertThat(result.warnings()).anyMatch(w -> w.contains("the limiter lowered"));
    float[][] y = AudioFiles.readAll(in).samples();
    float[][] x = AudioFiles.readAll(result.output()).samples();
    int rate = result.info().sampleRate();
    float truePeak = 0;
    long untouched = 0;
    long far = 0;
    for (int c = 0; c < y.length; c++) {
      truePeak = Math.max(truePeak, dev.declip.levels.TruePeak.of(x[c]));
      // Samples more than 25 ms from any clipped sample are beyond the limiter's reach.
      int lastClipped = -rate;
      int[] nextClipped = new int[y[c].length];
      int next = Integer.MAX_VALUE;
      for (int i = y[c].length - 1; i >= 0; i--) {
        next = Math.abs(y[c][i]) >= 0.499f ? i : next;
        nextClipped[i] = next;
      }
      for (int i = 0; i < y[c].length; i++) {
        if (Math.abs(y[c][i]) >= 0.499f) {
          lastClipped = i;
        }
        if (i - lastClipped > rate / 40 && (long) nextClipped[i] - i > rate / 40) {
          far++;
          untouched += x[c][i] == y[c][i] ? 1 : 0;
        }
      }
    }
    assertThat(20 * Math.log10(truePeak)).isLessThanOrEqualTo(-3 + 0.05).isGreaterThan(-3.5);
    assertThat(far).isGreaterThan(1000);
    assertThat(untouched).isEqualTo(far);
  }

  @Test
  void refusesAFixedGainThatWouldClipTheOutput() throws IOException {
    Path in =
        ClippedFiles.write(
            dir.resolve("full-scale.wav"), ClippedFiles.music(1, 1f), SampleEncoding.PCM_16);

    assertRefusedWithoutWriting(
        in,
        "out.wav",
        RestoreSettings.defaults().withGain(GainPolicy.NONE),
        AudioFileException.class,
        "would clip");
  }

  @Test
  void refusesToWriteOverItsInput() throws IOException {
    Path in =
        ClippedFiles.write(
            dir.resolve("song.wav"), ClippedFiles.music(1, 0.5f), SampleEncoding.PCM_16);
    byte[] before = Files.readAllBytes(in);

    assertRefusedWithoutWriting(
        in,
        "./song.wav",
        RestoreSettings.defaults().withOverwrite(true),
        AudioFileException.class,
        "output is the input");
    assertThat(Files.readAllBytes(in)).isEqualTo(before);
  }

  @Test
  void leavesAnExistingOutputAloneUnlessAskedToReplaceIt() throws IOException {
    Path in =
        ClippedFiles.write(
            dir.resolve("in.wav"), ClippedFiles.music(1, 0.5f), SampleEncoding.PCM_16);
    Path out = Files.writeString(dir.resolve("out.wav"), "precious");

    assertThatThrownBy(() -> restore(in, out, RestoreSettings.defaults()))
        .isInstanceOf(AudioFileException.class)
        .hasMessageContaining("already exists");
    assertThat(Files.readString(out)).isEqualTo("precious");

    restore(in, out, RestoreSettings.defaults().withOverwrite(true));
    assertThat(AudioFiles.readAll(out).frames()).isEqualTo(44_100);
    assertThat(filesIn(dir)).containsExactlyInAnyOrder("in.wav", "out.wav");
  }

  @Test
  void leavesNoFileBehindWhenCancelled() throws IOException {
    Path in =
        ClippedFiles.write(
            dir.resolve("in.wav"), ClippedFiles.music(20, 0.5f), SampleEncoding.PCM_16);
    Cancellation.Flag flag = new Cancellation.Flag();
    ProgressListener cancelWhileRestoring =
        (stage, done, total) -> {
          if (stage.equals("restoring")) {
            flag.cancel();
          }
        };
    FileRestorer restorer = new FileRestorer(new CubicInterpolation(), RestoreSettings.defaults());

    assertThatThrownBy(
            () -> restorer.restore(in, dir.resolve("out.wav"), cancelWhileRestoring, flag))
        .isInstanceOf(OperationCancelledException.class);
    assertThat(filesIn(dir)).containsExactly("in.wav");
  }

  @Test
  void refusesATruncatedFileAndWritesNothing() throws IOException {
    Path in =
        Files.copy(
            ClippedFiles.resource("/audio/bad/truncated-data.wav"), dir.resolve("truncated.wav"));

    assertRefusedWithoutWriting(
        in,
        "out.wav",
        RestoreSettings.defaults(),
        AudioFileException.class,
        "truncated.wav: truncated");
  }

  @Test
  void callsAHeaderPromisingGigabytesTheFileDoesNotHoldTruncatedWhateverTheOutput()
      throws IOException {
    Path in =
        ClippedFiles.write(
            dir.resolve("liar.wav"), ClippedFiles.music(1, 2f), SampleEncoding.PCM_16);
    byte[] bytes = Files.readAllBytes(in);
    int data = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1).indexOf("data");
    java.nio.ByteBuffer.wrap(bytes)
        .order(java.nio.ByteOrder.LITTLE_ENDIAN)
        .putInt(data + 4, 0xFFFFFFF0);
    Files.write(in, bytes);

    for (String output : List.of("out.wav", "out.flac")) {
      assertRefusedWithoutWriting(
          in,
          output,
          FLOAT_OUTPUT.withEncoding(SampleEncoding.FLOAT_32),
          AudioFileException.class,
          "liar.wav: truncated after 1.00 s (the header promises");
    }
  }

  @Test
  void refusesSamplesThatAreNotNumbers() throws IOException {
    Path in =
        Files.copy(
            ClippedFiles.resource("/audio/mono-float32-nan-inf.wav"), dir.resolve("nan.wav"));

    assertRefusedWithoutWriting(
        in, "out.wav", RestoreSettings.defaults(), AudioFileException.class, "NaN or infinite");
  }

  @Test
  void restoresHeavyClippingAndWarnsAboutIt() throws IOException {
    AudioData loud = ClippedFiles.music(1, 40f);
    Path in =
        ClippedFiles.write(dir.resolve("loud.wav"), clipAt(loud, 0.5f), SampleEncoding.PCM_16);

    RestoreResult result = restore(in, dir.resolve("out.wav"), FLOAT_OUTPUT);

    assertThat(result.clipping().channels().get(0).count().clippedPercent()).isGreaterThan(50);
    assertThat(result.samplesChanged()).isPositive();
    assertThat(result.warnings())
        .anySatisfy(w -> assertThat(w).startsWith("channel 1 is ").contains("% clipped"));
  }

  @Test
  void refusesAChannelWithNoUnclippedSampleLeft() throws IOException {
    float[][] square = new float[1][4410];
    for (int i = 0; i < square[0].length; i++) {
      square[0][i] = (i / 50) % 2 == 0 ? 0.5f : -0.5f;
    }
    AudioData data =
        new AudioData(new AudioInfo(Container.WAV, 44100, 1, 16, false, square[0].length), square);
    Path in = ClippedFiles.write(dir.resolve("square.wav"), data, SampleEncoding.PCM_16);

    assertRefusedWithoutWriting(
        in,
        "out.wav",
        RestoreSettings.defaults(),
        AudioFileException.class,
        "channel 1 is clipped in every sample");
  }

  @Test
  void saysSoWhenThereIsNoClippingAndWritesNothing() throws IOException {
    Path in =
        ClippedFiles.write(
            dir.resolve("quiet.wav"), ClippedFiles.music(1, 0f), SampleEncoding.PCM_16);

    assertRefusedWithoutWriting(
        in, "out.wav", RestoreSettings.defaults(), NoClippingException.class, "no clipping found");
  }

  @Test
  void refusesAnOutputFormatItCannotWrite() throws IOException {
    Path in =
        ClippedFiles.write(
            dir.resolve("in.wav"), ClippedFiles.music(1, 0.5f), SampleEncoding.PCM_16);

    assertRefusedWithoutWriting(
        in, "out.mp3", RestoreSettings.defaults(), AudioFileException.class, "out.mp3");
  }

  @Test
  void restoresThroughANetworkTrainedAtAnotherSampleRate() throws IOException {
    Path in =
        ClippedFiles.write(
            dir.resolve("in.wav"), ClippedFiles.music(2, 0.5f), SampleEncoding.PCM_16);
    Path model = TestModels.writeRandomUNet(Files.createDirectories(dir.resolve("models")));
    RestoreResult result;
    try (NeuralRestoration network =
        new NeuralRestoration(
            OnnxDeclipModel.load(model, new InferenceOptions(DeviceChoice.CPU, 2)), "neural")) {
      result =
          new FileRestorer(network, FLOAT_OUTPUT)
              .restore(in, dir.resolve("out.wav"), ProgressListener.NONE, Cancellation.NEVER);
    }

    float[][] y = AudioFiles.readAll(in).samples();
    float[][] x = AudioFiles.readAll(result.output()).samples();
    assertThat(x[0]).hasSameSizeAs(y[0]);
    ClipLevels levels = result.clipping().levels().get(0).orElseThrow();
    for (int i = 0; i < y[0].length; i++) {
      if (!levels.isClipped(y[0][i])) {
        assertThat(x[0][i]).isEqualTo(y[0][i]);
      } else {
        assertThat(x[0][i] * Math.signum(y[0][i])).isGreaterThanOrEqualTo(levels.levelFor(y[0][i]));
      }
    }
  }

  @Test
  void leavesNoFileBehindWhenTheDiskIsFull() throws Exception {
    Path disk = TinyDisk.mount(dir.resolve("disk"), "256k");
    try {
      Path in =
          ClippedFiles.write(
              dir.resolve("in.wav"), ClippedFiles.music(4, 0.5f), SampleEncoding.PCM_16);

      assertThatThrownBy(() -> restore(in, disk.resolve("out.wav"), RestoreSettings.defaults()))
          .isInstanceOf(AudioFileException.class)
          .hasMessageContaining("disk is full");
      assertThat(filesIn(disk)).isEmpty();
    } finally {
      TinyDisk.unmount(disk);
    }
  }

  private static AudioData clipAt(AudioData data, float level) {
    float[][] out = new float[data.samples().length][];
    for (int c = 0; c < out.length; c++) {
      out[c] = data.samples()[c].clone();
      for (int i = 0; i < out[c].length; i++) {
        out[c][i] = Math.max(-level, Math.min(level, out[c][i]));
      }
    }
    return new AudioData(data.info(), out);
  }

  /**
   * The first few indices where two arrays differ (AssertJ's own diff is quadratic on a million
   * samples).
   */
  private static List<String> mismatches(float[] a, float[] b) {
    List<String> out = new java.util.ArrayList<>();
    for (int i = 0; i < a.length && out.size() < 5; i++) {
      if (Float.compare(a[i], b[i]) != 0) {
        out.add(i + ": " + a[i] + " != " + b[i]);
      }
    }
    return out;
  }

  private void assertRefusedWithoutWriting(
      Path in,
      String output,
      RestoreSettings settings,
      Class<? extends Exception> type,
      String message)
      throws IOException {
    assertThatThrownBy(() -> restore(in, dir.resolve(output), settings))
        .isInstanceOf(type)
        .hasMessageContaining(message);
    assertThat(filesIn(dir)).containsExactly(in.getFileName().toString());
  }

  private static float peakOf(Path file) throws IOException {
    float peak = 0;
    for (float[] channel : AudioFiles.readAll(file).samples()) {
      for (float s : channel) {
        peak = Math.max(peak, Math.abs(s));
      }
    }
    return peak;
  }

  static List<String> filesIn(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> !n.equals("models") && !n.equals("disk"))
          .toList();
    }
  }
}
