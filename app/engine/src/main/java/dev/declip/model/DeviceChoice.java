package dev.declip.model;

/**
 * Where inference should run. GPU falls back to CPU, with a warning, when there is no CUDA device.
 */
public enum DeviceChoice {
  CPU,
  GPU
}
