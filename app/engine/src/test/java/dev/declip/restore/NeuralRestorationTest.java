package dev.declip.restore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.declip.clipping.ClipLevels;
import dev.declip.progress.Cancellation;
import dev.declip.progress.OperationCancelledException;
import dev.declip.progress.ProgressListener;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class NeuralRestorationTest {

  private static final ClipLevels LEVELS = new ClipLevels(0.1f, 0.08f);

  private final float[] x = Signals.fixture("northerners-59s-22k.wav");
  private final float[] y = Signals.clip(x, LEVELS.positive(), LEVELS.negative());

  private static float[] estimate(TestNetworks.FunctionNetwork net, float[] y, long first) {
    return new NeuralRestoration(net, "test").estimate(y, first, LEVELS, 22050, Cancellation.NEVER);
  }

  @Test
  void givesEveryClippedSampleTheNetworksAnswerInTheFilesUnits() {
    float[] f = estimate(TestNetworks.scaling(0, 1024), y, 0);

    for (int i = 0; i < y.length; i++) {
      if (y[i] >= LEVELS.positive()) {
        assertThat(f[i])
            .isEqualTo(1.5f * LEVELS.positive(), org.assertj.core.api.Assertions.within(1e-6f));
      } else if (y[i] <= -LEVELS.negative()) {
        assertThat(f[i])
            .isEqualTo(-1.5f * LEVELS.negative(), org.assertj.core.api.Assertions.within(1e-6f));
      }
    }
  }

  @Test
  void crossFadesOverlappingWindowsWithWeightsSummingToOne() {
    float[] f = estimate(TestNetworks.constant(0, 1024, 0.7f), y, 0);

    float expected = 0.7f * LEVELS.positive();
    for (int i = 0; i < y.length; i++) {
      if (LEVELS.isClipped(y[i])) {
        assertThat(f[i]).isEqualTo(expected);
      }
    }
  }

  @Test
  void keepsTheInputWhereNoWindowWasPlanned() {
    float[] quiet = Arrays.copyOf(y, 20000);
    Arrays.fill(quiet, 0, 12000, 0.01f);
    Arrays.fill(quiet, 3000, 3001, 0.1f);

    float[] f = estimate(TestNetworks.constant(0, 1024, 0.7f), quiet, 0);

    assertThat(Arrays.copyOfRange(f, 4096, 5000))
        .containsExactly(Arrays.copyOfRange(quiet, 4096, 5000));
  }

  @Test
  void givesTheNetworkWindowsOfFourTrainingLengthsCutToTheBlockInBatchesOfTheConfiguredSize() {
    TestNetworks.FunctionNetwork net = TestNetworks.identity(0, 512);

    new NeuralRestoration(net, "test", 16, ProgressListener.NONE)
        .estimate(y, LEVELS, 22050, Cancellation.NEVER);

    assertThat(net.windowLengths).isNotEmpty().allMatch(n -> n <= 2048);
    assertThat(net.windowLengths.stream().filter(n -> n != 2048)).hasSizeLessThanOrEqualTo(2);
    // 16 training windows of 512 samples per call: 4 of the grid's 2048.
    assertThat(net.batchSizes).allMatch(b -> b <= 4).contains(4);
  }

  @Test
  void restoresAOneSecondBlockInOneWindowOfItsOwnLength() {
    TestNetworks.FunctionNetwork net = TestNetworks.identity(0, 8192);

    new NeuralRestoration(net, "test")
        .estimate(Arrays.copyOf(y, 22050), LEVELS, 22050, Cancellation.NEVER);

    assertThat(net.windowLengths).containsExactly(22050);
  }

  @Test
  void givesTheSameResultWhereverTheBlockStarts() {
    NeuralRestoration alg = new NeuralRestoration(TestNetworks.ramp(0, 1024), "ramp");
    int context = alg.contextSamples(22050);
    int start = 1234;
    int end = y.length - 777;

    float[] whole = alg.estimate(y, 0, LEVELS, 22050, Cancellation.NEVER);
    float[] block =
        alg.estimate(Arrays.copyOfRange(y, start, end), start, LEVELS, 22050, Cancellation.NEVER);

    assertThat(Arrays.copyOfRange(block, context, block.length - context))
        .containsExactly(Arrays.copyOfRange(whole, start + context, end - context));
  }

  @Test
  void resamplesForANetworkAtAnotherRateKeepingLengthAndAlignment() {
    float[] music = Signals.fixture("wanderer-23s-44k.wav");
    ClipLevels levels = ClipLevels.symmetric(0.2f);
    float[] clipped = Signals.clip(music, 0.2f, 0.2f);
    NeuralRestoration alg = new NeuralRestoration(TestNetworks.identity(22050, 1024), "id");

    float[] f = alg.estimate(clipped, levels, 44100, Cancellation.NEVER);

    assertThat(f).hasSize(clipped.length);
    assertThat(Sdr.db(clipped, f)).isGreaterThan(40);
  }

  @Test
  void stopsBetweenBatchesWhenCancelled() {
    TestNetworks.FunctionNetwork net = TestNetworks.identity(0, 512);
    Cancellation.Flag flag = new Cancellation.Flag();
    NeuralRestoration alg =
        new NeuralRestoration(net, "test", 1, (stage, done, total) -> flag.cancel());

    assertThatThrownBy(() -> alg.estimate(y, LEVELS, 22050, flag))
        .isInstanceOf(OperationCancelledException.class);
    assertThat(net.batchSizes).hasSize(1);
  }
}
