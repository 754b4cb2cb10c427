/**
 * Opening a recording: decode it to a temporary float file, summarise it for the waveform, find its
 * clipping.
 */
package dev.declip.desktop.open;
