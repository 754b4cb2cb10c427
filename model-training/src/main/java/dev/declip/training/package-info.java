/** Training the bias-free UNet with the paper's losses on DJL's PyTorch engine, and ONNX export. */
package dev.declip.training;
