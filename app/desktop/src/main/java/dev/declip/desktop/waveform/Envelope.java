package dev.declip.desktop.waveform;

/**
 * The lowest and highest sample under each pixel column of a view.
 *
 * @param min per column, the lowest sample
 * @param max per column, the highest sample
 */
public record Envelope(float[] min, float[] max) {

  public int columns() {
    return min.length;
  }
}
