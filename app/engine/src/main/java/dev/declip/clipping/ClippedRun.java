package dev.declip.clipping;

/** Consecutive clipped samples of one polarity in one channel. */
public record ClippedRun(int channel, long startFrame, long length, Polarity polarity) {}
