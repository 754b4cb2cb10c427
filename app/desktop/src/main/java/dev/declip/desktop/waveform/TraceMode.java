package dev.declip.desktop.waveform;

/** Which traces the waveform shows. */
public enum TraceMode {
  /** The restored trace behind the original, so the rebuilt peaks stand out above the clip. */
  OVERLAY,
  ORIGINAL,
  RESTORED
}
