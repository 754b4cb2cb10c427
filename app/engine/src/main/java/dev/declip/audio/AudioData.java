package dev.declip.audio;

/**
 * A whole decoded file in memory, for tests and short clips. Long files should stream through
 * {@link AudioSource} instead.
 *
 * @param info what the file holds
 * @param samples planar samples, {@code samples[channel][frame]}, on the [-1, 1] full-scale range
 */
public record AudioData(AudioInfo info, float[][] samples) {

  public AudioData {
    if (samples.length != info.channels()) {
      throw new IllegalArgumentException(
          samples.length + " sample channels for " + info.channels() + " channels");
    }
  }

  public int frames() {
    return samples.length == 0 ? 0 : samples[0].length;
  }
}
