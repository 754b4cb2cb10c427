package dev.declip.clipping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.declip.progress.Cancellation;
import dev.declip.progress.OperationCancelledException;
import dev.declip.progress.ProgressListener;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ClippingAnalysisTest {

  private final float[] clipped = Signals.clip(ClippingDetectorTest.noisySine(0.9, 1), 0.6f, 0.5f);
  private final float[] clean = ClippingDetectorTest.noisySine(0.5, 2);
  private final AtomicInteger opened = new AtomicInteger();

  private IoSupplier<dev.declip.audio.AudioSource> audio() {
    return () -> {
      opened.incrementAndGet();
      return new Signals.ArraySource(clipped, clean);
    };
  }

  @Test
  void detectsThenCountsEveryChannel() throws Exception {
    ClippingReport report =
        new ClippingAnalysis()
            .analyse(audio(), Optional.empty(), ProgressListener.NONE, Cancellation.NEVER);

    assertThat(report.channels())
        .extracting(ChannelReport::source)
        .containsExactly(LevelSource.AUTOMATIC, LevelSource.NONE);
    assertThat(report.channels().get(0).count().clippedSamples())
        .isEqualTo(countBeyond(0.6f, 0.5f));
    assertThat(opened).hasValue(2);
  }

  @Test
  void refusesLevelsForAChannelTheAudioDoesNotHave() throws Exception {
    Optional<ClipLevelOverride> third = Optional.of(ClipLevelOverride.parse("3:0.5"));

    assertThatThrownBy(
            () ->
                new ClippingAnalysis()
                    .analyse(audio(), third, ProgressListener.NONE, Cancellation.NEVER))
        .isInstanceOf(dev.declip.audio.AudioFileException.class)
        .hasMessage("clip levels are given for channel 3, but the audio has 2 channels");
  }

  @Test
  void skipsDetectionWhenTheUserGaveLevelsForEveryChannel() throws Exception {
    ClippingReport report =
        new ClippingAnalysis()
            .analyse(
                audio(),
                Optional.of(ClipLevelOverride.parse("0.6/0.5")),
                ProgressListener.NONE,
                Cancellation.NEVER);

    assertThat(opened).hasValue(1);
    assertThat(report.channels())
        .extracting(ChannelReport::source)
        .containsExactly(LevelSource.MANUAL, LevelSource.MANUAL);
    assertThat(report.channels().get(0).count().clippedSamples())
        .isEqualTo(countBeyond(0.6f, 0.5f));
  }

  @Test
  void reportsProgressOfBothPasses() throws Exception {
    List<String> stages = new ArrayList<>();
    new ClippingAnalysis()
        .analyse(
            audio(),
            Optional.empty(),
            (stage, done, total) -> stages.add(stage + " " + done + "/" + total),
            Cancellation.NEVER);

    assertThat(stages)
        .contains("detecting clipping 44100/44100", "counting clipped samples 44100/44100");
  }

  @Test
  void stopsBetweenBlocksWhenCancelled() {
    Cancellation.Flag flag = new Cancellation.Flag();
    assertThatThrownBy(
            () ->
                new ClippingAnalysis()
                    .analyse(
                        audio(), Optional.empty(), (stage, done, total) -> flag.cancel(), flag))
        .isInstanceOf(OperationCancelledException.class);
  }

  private long countBeyond(float positive, float negative) {
    long n = 0;
    for (float s : clipped) {
      n += s >= positive || s <= -negative ? 1 : 0;
    }
    return n;
  }
}
