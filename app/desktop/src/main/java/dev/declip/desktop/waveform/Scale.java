package dev.declip.desktop.waveform;

/**
 * How the level axis is drawn.
 *
 * @param zoom vertical magnification: 1 shows full scale and the restored peaks, 2 half of that
 * @param dbfs labels in dBFS instead of linear full scale
 */
record Scale(double zoom, boolean dbfs) {}
