package dev.declip.training.data;

/**
 * One training batch, {@code [B][T]} each, in units of the clip level.
 *
 * @param clipped the network's input
 * @param mask 1 on unclipped samples, 0 on clipped ones
 * @param clean the ground truth, or null for clipped recordings alone
 */
public record Batch(float[][] clipped, float[][] mask, float[][] clean) {

  public int size() {
    return clipped.length;
  }

  public int length() {
    return clipped.length == 0 ? 0 : clipped[0].length;
  }

  public boolean hasClean() {
    return clean != null;
  }
}
