package dev.declip.desktop.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.declip.audio.AudioInfo;
import dev.declip.audio.Container;
import dev.declip.clipping.ClipLevelOverride;
import dev.declip.clipping.ClippedRun;
import dev.declip.clipping.ClippingReport;
import dev.declip.clipping.Polarity;
import dev.declip.desktop.ClippedRecordings;
import dev.declip.progress.Cancellation;
import dev.declip.progress.ProgressListener;
import dev.declip.restore.file.ClippingScan;
import dev.declip.samples.ArraySampleStore;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DetectionViewModelTest {
  private static final int RATE = ClippedRecordings.RATE;
  private final float[][] samples = ClippedRecordings.clippedSamples(2, 2);
  private final DetectionViewModel model = new DetectionViewModel();

  private ClippingReport scan(Optional<ClipLevelOverride> override) throws Exception {
    ArraySampleStore store = new ArraySampleStore(samples, RATE);
    AudioInfo info = new AudioInfo(Container.WAV, RATE, 2, 16, false, samples[0].length);
    return ClippingScan.run(store, info, override, ProgressListener.NONE, Cancellation.NEVER)
        .report();
  }

  private long clippedBy(float level) {
    long n = 0;
    for (float[] channel : samples) {
      for (float s : channel) {
        n += Math.abs(s) >= level ? 1 : 0;
      }
    }
    return n;
  }

  @Test
  void showsOneRowPerChannelWithTheDetectedLevel() throws Exception {
    model.show(scan(Optional.empty()), RATE);
    assertThat(model.channels()).hasSize(2);
    assertThat(model.channels().get(0).levels()).isEqualTo("-6.02 / -6.02"); // 0.5 = -6.02 dBFS
    assertThat(model.channels().get(0).found()).isEqualTo("automatic");
  }

  @Test
  void summaryCountsTheClippedSamplesOfAllChannels() throws Exception {
    model.show(scan(Optional.empty()), RATE);
    assertThat(model.summaryProperty().get())
        .startsWith(String.format(java.util.Locale.ROOT, "%,d clipped samples", clippedBy(0.5f)));
  }

  @Test
  void handSetLevelsStartFromTheDetectedOnes() throws Exception {
    model.show(scan(Optional.empty()), RATE);
    assertThat(model.manualLevels().get(1).positiveProperty().get()).isCloseTo(0.5, within(1e-6));
  }

  @Test
  void levelsAreAutomaticUntilSetByHand() throws Exception {
    model.show(scan(Optional.empty()), RATE);
    assertThat(model.override()).isEmpty();
  }

  @Test
  void handSetLevelsCountAgainWithThem() throws Exception {
    model.show(scan(Optional.empty()), RATE);
    model.manualProperty().set(true);
    for (ManualLevels levels : model.manualLevels()) {
      levels.positiveProperty().set(0.45);
      levels.negativeProperty().set(0.45);
    }
    ClippingReport report = scan(model.override());
    long counted = report.channels().stream().mapToLong(c -> c.count().clippedSamples()).sum();
    assertThat(counted).isEqualTo(clippedBy(0.45f));
  }

  @Test
  void aPolarityMarkedUnclippedIsLeftOut() throws Exception {
    model.show(scan(Optional.empty()), RATE);
    model.manualProperty().set(true);
    model.manualLevels().get(0).negativeClippedProperty().set(false);
    assertThat(model.override().orElseThrow().levelsFor(0).orElseThrow().negative()).isInfinite();
  }

  @Test
  void listsTheRunsInTimeOrderAcrossChannels() throws Exception {
    model.show(scan(Optional.empty()), RATE);
    var starts = model.runs().stream().mapToLong(ClippedRun::startFrame).toArray();
    assertThat(starts).isSorted();
  }

  @Test
  void describesARunByChannelPolarityTimeAndLength() {
    model.show(new ClippingReport(java.util.List.of(), java.util.List.of(), 0), 1000);
    assertThat(model.describe(new ClippedRun(1, 61_500, 12, Polarity.NEGATIVE)))
        .isEqualTo("ch 2 - 1:01.500  12 samples");
  }

  @Test
  void warnsAboutAChannelClippedInMoreThanHalfItsSamples() throws Exception {
    model.show(scan(Optional.of(ClipLevelOverride.parse("0.05"))), RATE);
    assertThat(model.warningProperty().get())
        .startsWith("channel 1 is ")
        .contains("% clipped; much of the restored signal is a guess")
        .contains("channel 2 is ");
  }

  @Test
  void saysNothingMoreAboutLightClipping() throws Exception {
    model.show(scan(Optional.empty()), RATE);
    assertThat(model.warningProperty().get()).isEmpty();
  }
}
