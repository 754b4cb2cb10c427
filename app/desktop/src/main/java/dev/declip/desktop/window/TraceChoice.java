package dev.declip.desktop.window;

/**
 * Which traces the waveform draws. INTEGRATION POINT: mirrors feat/waveform's TraceMode (OVERLAY,
 * ORIGINAL, RESTORED) until it lands.
 */
public enum TraceChoice {
  OVERLAY("Original and restored"),
  ORIGINAL("Original only"),
  RESTORED("Restored only");

  private final String label;

  TraceChoice(String label) {
    this.label = label;
  }

  String label() {
    return label;
  }
}
