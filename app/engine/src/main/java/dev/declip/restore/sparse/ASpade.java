package dev.declip.restore.sparse;

import dev.declip.clipping.ClipLevels;
import dev.declip.progress.Cancellation;
import dev.declip.restore.ConsistencyProjection;
import dev.declip.restore.RestorationAlgorithm;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A-SPADE, the analysis sparse audio declipper (Kitić et al. 2015, as revisited by Záviška et al.
 * 2019), the model-free reference the network is measured against. The block is cut into Hann
 * frames with 75 % overlap on a grid anchored at frame 0 of the file; each frame holding a clipped
 * sample is restored by {@link FrameSolver} in parallel, the others keep the input; the frames are
 * overlap-added ({@link SpadeWindow}) and the result projected onto the consistent set.
 *
 * <p>Units: the block is divided by its clip level (the mean of the finite levels, one linear
 * factor so the signal's spectrum and sparsity are untouched), so {@link SpadeSettings#epsilon()}
 * means the same on any recording; asymmetric levels enter the constraints as they are. Beyond the
 * block's edges the signal is known silence; {@link #contextSamples} makes the pipeline stream
 * blocks with a margin of a window so kept samples never see those edges.
 */
public final class ASpade implements RestorationAlgorithm {

  private static final Logger LOG = LoggerFactory.getLogger(ASpade.class);

  private final SpadeSettings settings;
  private final ForkJoinPool pool;

  /** Default settings on all cores. */
  public ASpade() {
    this(SpadeSettings.DEFAULTS, Runtime.getRuntime().availableProcessors());
  }

  /**
   * @param threads frames restored at once (>= 1)
   */
  public ASpade(SpadeSettings settings, int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1, got " + threads);
    }
    this.settings = settings;
    this.pool = new ForkJoinPool(threads);
  }

  @Override
  public String name() {
    return "a-spade";
  }

  @Override
  public float[] estimate(
      float[] y, long firstFrame, ClipLevels levels, int sampleRate, Cancellation cancellation) {
    SpadeOutcome outcome = restore(y, firstFrame, levels, sampleRate, cancellation);
    if (outcome.framesUnconverged() > 0) {
      LOG.warn(
          "A-SPADE: {} of {} frames stopped unconverged after {} iterations",
          outcome.framesUnconverged(),
          outcome.framesRestored(),
          settings.maxIterations());
    }
    return outcome.estimate();
  }

  /** Restores a block whose first sample is frame {@code firstFrame} of its file. */
  public SpadeOutcome restore(
      float[] y, long firstFrame, ClipLevels levels, int sampleRate, Cancellation cancellation) {
    SpadeWindow window = new SpadeWindow(settings.windowLength(sampleRate));
    BlockFrames block = new BlockFrames(y, firstFrame, levels, window);
    DftFrame frame = new DftFrame(window.length());
    List<ForkJoinTask<FrameSolver.Solution>> tasks = new ArrayList<>();
    List<Long> starts = block.framesWithClipping();
    for (long start : starts) {
      tasks.add(
          ForkJoinTask.adapt(
              () -> {
                cancellation.throwIfCancelled();
                return block.solve(start, new FrameSolver(frame), settings);
              }));
    }
    pool.invoke(ForkJoinTask.adapt(() -> ForkJoinTask.invokeAll(tasks)));
    int unconverged = 0;
    long iterations = 0;
    for (int f = 0; f < tasks.size(); f++) {
      FrameSolver.Solution solution = tasks.get(f).join();
      block.add(starts.get(f), solution.x());
      unconverged += solution.converged() ? 0 : 1;
      iterations += solution.iterations();
    }
    float[] estimate = ConsistencyProjection.apply(block.result(), y, levels);
    return new SpadeOutcome(estimate, tasks.size(), unconverged, iterations);
  }

  /** A window: frames reaching this far from a kept sample must see real samples, not the edge. */
  @Override
  public int contextSamples(int sampleRate) {
    return settings.windowLength(sampleRate);
  }

  @Override
  public void close() {
    pool.shutdown();
  }
}
