package dev.declip.samples;

/**
 * Sees each block of planar samples as a file is decoded, so that summaries (a waveform pyramid)
 * are built in the same pass instead of reading an hour of audio twice.
 */
@FunctionalInterface
public interface SampleBlockConsumer {

  SampleBlockConsumer NONE = (block, frames) -> {};

  /** {@code block[channel][0..frames)} holds the next frames; the array is reused afterwards. */
  void accept(float[][] block, int frames);
}
