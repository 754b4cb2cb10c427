package dev.declip.training.cli;

import dev.declip.model.UNetSpec;
import picocli.CommandLine.Option;

/** The UNet's shape, as {@code fit} trains it and {@code benchmark} times it. */
final class UNetShapeOptions {

  @Option(
      names = "--depth",
      defaultValue = "4",
      description = "Poolings. Default: ${DEFAULT-VALUE}.")
  int depth;

  @Option(
      names = "--channels",
      defaultValue = "16",
      description = "Channels at the top level. Default: ${DEFAULT-VALUE}.")
  int channels;

  @Option(
      names = "--kernel",
      defaultValue = "9",
      description = "Convolution taps. Default: ${DEFAULT-VALUE}.")
  int kernel;

  @Option(
      names = "--max-channels",
      defaultValue = "0",
      description =
          "Cap on the channels, which double per level (0: no cap). A cap makes deep networks,"
              + " with a long view, affordable. Default: ${DEFAULT-VALUE}.")
  int maxChannels;

  /** The bias-free, residual UNet of this shape, reading the mask or not. */
  UNetSpec spec(boolean maskInput) {
    return new UNetSpec(depth, channels, kernel, maskInput, true, maxChannels);
  }
}
