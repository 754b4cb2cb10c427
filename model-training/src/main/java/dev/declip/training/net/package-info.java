/**
 * The trainable network: {@link dev.declip.training.net.BiasFreeUNet}, the engine's bias-free UNet
 * as a DJL block on the PyTorch engine ({@link dev.declip.training.net.PyTorchRuntime}), exported
 * with {@code UNetOnnxWriter.write(path, net.toWeights(), metadata)} and read back for fine-tuning
 * with {@code BiasFreeUNet.of(UNetOnnxReader.read(path), manager)}.
 */
package dev.declip.training.net;
