package dev.declip.audio;

/**
 * What a decoder found in a file.
 *
 * @param container the file's format
 * @param sampleRate frames per second
 * @param channels interleaved channels in the file, in the file's order
 * @param bitsPerSample bits of the decoded samples (16 for lossy formats, which decode to 16-bit)
 * @param floatingPoint whether the file stores IEEE float samples
 * @param frames frames in the file, or -1 when the container does not say (some MP3 and Ogg)
 */
public record AudioInfo(
    Container container,
    int sampleRate,
    int channels,
    int bitsPerSample,
    boolean floatingPoint,
    long frames) {

  public double durationSeconds() {
    return frames < 0 ? Double.NaN : frames / (double) sampleRate;
  }
}
