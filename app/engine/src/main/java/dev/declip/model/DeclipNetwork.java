package dev.declip.model;

/**
 * A restoration network honouring the model contract (docs/model-contract.md): it maps windows of
 * {@code (y / mu, mask)} to {@code x / mu}. Implemented by the ONNX Runtime model; the pipeline
 * only sees this interface.
 */
public interface DeclipNetwork extends AutoCloseable {

  /** The sample rate the network was trained at, or 0 when the model does not say. */
  int sampleRate();

  /** The window length the network was trained on, in samples at {@link #sampleRate()}. */
  int windowLength();

  /**
   * Runs a batch of windows.
   *
   * @param signal N windows of {@code y / mu}, all of the same length
   * @param mask N windows, 1 where the sample is not clipped, 0 where it is
   * @return N windows of the restored {@code x / mu}
   */
  float[][] predict(float[][] signal, float[][] mask);

  @Override
  void close();
}
