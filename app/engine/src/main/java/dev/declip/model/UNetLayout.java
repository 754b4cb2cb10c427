package dev.declip.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Names, shapes and order of a {@link UNetSpec}'s parameters: the mapping any trainer must follow.
 * There are only weights (no biases anywhere). With {@code C(l) = min(baseChannels * 2^l,
 * maxChannels)} (no cap when {@code maxChannels} is 0), {@code k = kernelSize}, and {@code Cin = 2}
 * with the mask or 1 without, in this order:
 *
 * <ol>
 *   <li>for each level {@code l = 0 .. depth-1} (top first): {@code down.<l>.conv1.weight} {@code
 *       [C(l), l == 0 ? Cin : C(l-1), k]} and {@code down.<l>.conv2.weight} {@code [C(l), C(l),
 *       k]}, each followed by ReLU, then MaxPool(2) (the pooled output feeds the next level, the
 *       unpooled one is the skip);
 *   <li>{@code bottleneck.conv1.weight} {@code [C(depth), C(depth-1), k]} (or {@code Cin} when
 *       depth is 0) and {@code bottleneck.conv2.weight} {@code [C(depth), C(depth), k]}, each with
 *       ReLU;
 *   <li>for each level {@code l = depth-1 .. 0} (bottom first): {@code up.<l>.upsample.weight}
 *       {@code [C(l+1), C(l), 2]}, a ConvTranspose(kernel 2, stride 2) in ONNX layout {@code [Cin,
 *       Cout, k]}; then Concat(upsampled, skip) on the channel axis, in that order; then {@code
 *       up.<l>.conv1.weight} {@code [C(l), 2 C(l), k]} and {@code up.<l>.conv2.weight} {@code
 *       [C(l), C(l), k]}, each with ReLU;
 *   <li>{@code head.weight} {@code [1, C(0), 1]}: a 1x1 convolution, no activation.
 * </ol>
 *
 * <p>The network's own input: the contract's {@code [N, 2, T]} (y, mask) zero-padded to a multiple
 * of {@code 2^depth}; then, with the mask, the two channels {@code y * mask} and {@code y * (1 -
 * mask)} (the signal gated by the mask, which keeps {@code f(a y, mask) = a f(y, mask)}, eq. 15),
 * without it the single channel {@code y}. The output is cropped back to {@code T}.
 *
 * <p>Convolution weights are {@code [Cout, Cin, k]} (ONNX and PyTorch Conv1d), stride 1, "same"
 * padding with {@code (k-1)/2} zeros on the left and the rest on the right. With {@code residual},
 * the output is the signal channel plus the head's output. A DJL trainer that builds the transposed
 * convolution as a 1x1 convolution {@code Wz} to {@code 2 Cout} channels followed by interleaving
 * maps it as {@code W[ci][co][r] = Wz[r*Cout + co][ci][0]}.
 */
public final class UNetLayout {

  /** One parameter's name and shape. */
  public record Entry(String name, int[] shape) {
    public int size() {
      int n = 1;
      for (int d : shape) {
        n *= d;
      }
      return n;
    }
  }

  private UNetLayout() {}

  public static String downConv(int level, int index) {
    return "down." + level + ".conv" + index + ".weight";
  }

  public static String bottleneckConv(int index) {
    return "bottleneck.conv" + index + ".weight";
  }

  public static String upSample(int level) {
    return "up." + level + ".upsample.weight";
  }

  public static String upConv(int level, int index) {
    return "up." + level + ".conv" + index + ".weight";
  }

  public static final String HEAD = "head.weight";

  /** All parameters of {@code spec}, in the documented order. */
  public static List<Entry> of(UNetSpec spec) {
    int k = spec.kernelSize();
    List<Entry> entries = new ArrayList<>();
    int in = spec.inputChannels();
    for (int l = 0; l < spec.depth(); l++) {
      int c = spec.channels(l);
      entries.add(new Entry(downConv(l, 1), new int[] {c, in, k}));
      entries.add(new Entry(downConv(l, 2), new int[] {c, c, k}));
      in = c;
    }
    int bottom = spec.channels(spec.depth());
    entries.add(new Entry(bottleneckConv(1), new int[] {bottom, in, k}));
    entries.add(new Entry(bottleneckConv(2), new int[] {bottom, bottom, k}));
    for (int l = spec.depth() - 1; l >= 0; l--) {
      int c = spec.channels(l);
      entries.add(new Entry(upSample(l), new int[] {spec.channels(l + 1), c, 2}));
      entries.add(new Entry(upConv(l, 1), new int[] {c, 2 * c, k}));
      entries.add(new Entry(upConv(l, 2), new int[] {c, c, k}));
    }
    entries.add(new Entry(HEAD, new int[] {1, spec.channels(0), 1}));
    return List.copyOf(entries);
  }
}
