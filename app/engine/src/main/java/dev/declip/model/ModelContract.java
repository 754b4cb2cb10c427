package dev.declip.model;

/**
 * The model contract: what an ONNX file must be for Declip Studio to run it.
 *
 * <ul>
 *   <li><b>One input</b> {@code [N, 2, T]} float32. Channel 0 is the clipped signal divided by its
 *       clip level, {@code y / mu}; channel 1 is the mask, 1 where the sample is not clipped and 0
 *       where it is. Working in units of the clip level puts the threshold at 1 for every file.
 *   <li><b>One output</b> {@code [N, 1, T]} float32: the restored signal in the same units, {@code
 *       x / mu}. The caller multiplies it by {@code mu}.
 *   <li>{@code N} (windows per batch) and {@code T} (samples per window) are dynamic. A network
 *       that needs {@code T} to be a multiple of something either pads internally and crops its
 *       output back to {@code T} (the networks Declip Studio writes do), or declares the multiple
 *       in the metadata property {@value #LENGTH_MULTIPLE}; the caller then zero-pads both channels
 *       to that multiple and crops the output.
 *   <li><b>Metadata</b> (ONNX {@code metadata_props}), all optional; a number outside its range
 *       ({@link #SAMPLE_RATES}, {@link #WINDOWS}, {@link #LENGTH_MULTIPLES}) refuses the model:
 *       <ul>
 *         <li>{@value #SAMPLE_RATE}: the sample rate in Hz the network was trained at; audio is
 *             resampled to it;
 *         <li>{@value #WINDOW}: the training window length in samples; inference uses windows of
 *             this length (default {@value #DEFAULT_WINDOW_LENGTH});
 *         <li>{@value #TRAINING}: how it was trained, free text (e.g. "MC+EI self-supervised, 40
 *             epochs");
 *         <li>{@value #ARCHITECTURE}: the architecture, e.g. the JSON of a {@link UNetSpec};
 *         <li>{@value #LENGTH_MULTIPLE}: see above (default 1);
 *         <li>any other properties, shown by {@code declip info}.
 *       </ul>
 * </ul>
 *
 * <p>Any ONNX file honouring the input and output shapes loads, including one exported from PyTorch
 * without this metadata; its sample rate is then unknown (0: it runs at the audio file's own rate)
 * and {@link ModelInfo#warnings()} says so. The names of the input and output do not matter.
 *
 * <p>Networks should be positively homogeneous in the signal, {@code f(a y, mask) = a f(y, mask)}
 * for {@code a > 0} (the paper's eq. 15): bias-free, ReLU, and reading the mask as a gate on the
 * signal ({@code y * mask}, {@code y * (1 - mask)}) rather than as a channel of its own, which
 * would act like a bias. The UNet Declip Studio writes does all three ({@link UNetLayout}).
 */
public final class ModelContract {

  /** Metadata key: the training sample rate in Hz. */
  public static final String SAMPLE_RATE = "declip.sample_rate";

  /** Metadata key: the training window length in samples. */
  public static final String WINDOW = "declip.window";

  /** Metadata key: how the network was trained, free text. */
  public static final String TRAINING = "declip.training";

  /** Metadata key: the architecture, e.g. the JSON of a {@link UNetSpec}. */
  public static final String ARCHITECTURE = "declip.architecture";

  /** Metadata key: the window length must be a multiple of this; the caller pads. */
  public static final String LENGTH_MULTIPLE = "declip.length_multiple";

  /** Input channels: the signal {@code y / mu} and the mask. */
  public static final int INPUT_CHANNELS = 2;

  /** Output channels: the restored signal {@code x / mu}. */
  public static final int OUTPUT_CHANNELS = 1;

  /** The window length used when a model does not declare {@value #WINDOW}. */
  public static final int DEFAULT_WINDOW_LENGTH = 8192;

  /** The range of {@value #SAMPLE_RATE}: anything outside is a mistake, not a network. */
  public static final Range SAMPLE_RATES = new Range(SAMPLE_RATE, 4_000, 768_000);

  /** The range of {@value #WINDOW}: up to about 20 s at 48 kHz, so batches fit in memory. */
  public static final Range WINDOWS = new Range(WINDOW, 16, 1 << 20);

  /** The range of {@value #LENGTH_MULTIPLE}: a padding step, never more than a long window. */
  public static final Range LENGTH_MULTIPLES = new Range(LENGTH_MULTIPLE, 1, 1 << 16);

  /** The whole numbers a metadata property may hold, inclusive. */
  public record Range(String key, int min, int max) {
    public boolean contains(long value) {
      return value >= min && value <= max;
    }
  }

  private ModelContract() {}
}
