package dev.declip.training.net;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import dev.declip.model.UNetLayout;
import dev.declip.model.UNetOnnxWriter;
import dev.declip.model.UNetSpec;
import dev.declip.model.UNetWeights;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The engine's bias-free UNet ({@link UNetLayout}) as one DJL block: exactly the network {@link
 * UNetOnnxWriter} exports, so {@code UNetOnnxWriter.write(path, net.toWeights(), metadata)} ships
 * what was trained. Inputs {@code [N, T]} signal and mask, output {@code [N, T]}; no bias anywhere,
 * so {@code f(a y, m) = a f(y, m)} (eq. 15).
 *
 * <p>Parameters are named as the layout says. The transposed convolution, which DJL's PyTorch
 * engine lacks, is a 1x1 convolution to {@code 2 Cout} channels followed by interleaving, held as
 * {@code [2 Cout, Cin, 1]} ({@link UNetParameters}). Parameters save and load with DJL's {@link
 * #saveParameters} and {@link #loadParameters} (the spec is not saved: keep it beside them).
 */
public final class BiasFreeUNet extends AbstractBlock implements RestorationNetwork {

  private static final byte VERSION = 1;

  private final UNetSpec spec;
  private final Map<String, Parameter> weights = new LinkedHashMap<>();
  private ParameterStore store;

  private BiasFreeUNet(UNetSpec spec) {
    super(VERSION);
    this.spec = spec;
    for (UNetLayout.Entry entry : UNetLayout.of(spec)) {
      Parameter parameter =
          Parameter.builder()
              .setName(entry.name())
              .setType(Parameter.Type.WEIGHT)
              .optShape(UNetParameters.djlShape(entry))
              .build();
      weights.put(entry.name(), addParameter(parameter));
    }
  }

  /** A network holding {@code initial}, its arrays in {@code manager}. */
  public static BiasFreeUNet of(UNetWeights initial, NDManager manager) {
    BiasFreeUNet net = new BiasFreeUNet(initial.spec());
    for (UNetLayout.Entry entry : UNetLayout.of(initial.spec())) {
      float[] values = UNetParameters.toDjl(entry, initial.get(entry.name()));
      net.weights.get(entry.name()).setInitializer((m, shape, type) -> m.create(values, shape));
    }
    Shape window = new Shape(1, initial.spec().lengthMultiple());
    net.initialize(manager, DataType.FLOAT32, window, window);
    return net;
  }

  /**
   * A fresh network: He-normal weights drawn from {@code seed} (the same on every machine), the
   * head of a residual network scaled down so it starts near {@code x = y}.
   */
  public static BiasFreeUNet random(UNetSpec spec, long seed, NDManager manager) {
    return of(UNetParameters.initial(spec, seed), manager);
  }

  public UNetSpec spec() {
    return spec;
  }

  /** The current parameters in the engine's layout, ready for {@link UNetOnnxWriter#write}. */
  public UNetWeights toWeights() {
    Map<String, float[]> named = new LinkedHashMap<>();
    for (UNetLayout.Entry entry : UNetLayout.of(spec)) {
      float[] values = weights.get(entry.name()).getArray().toFloatArray();
      named.put(entry.name(), UNetParameters.toOnnx(entry, values));
    }
    return UNetWeights.of(spec, named);
  }

  /** The total number of weights. */
  public long parameterCount() {
    return UNetLayout.of(spec).stream().mapToLong(UNetLayout.Entry::size).sum();
  }

  @Override
  public NDArray restore(NDArray clipped, NDArray mask, boolean training) {
    if (store == null) {
      // The parameters' own manager: a step's sub-manager is closed after the step.
      store = new ParameterStore(weights.get(UNetLayout.HEAD).getArray().getManager(), false);
    }
    return forward(store, new NDList(clipped, mask), training).singletonOrThrow();
  }

  @Override
  protected NDList forwardInternal(
      ParameterStore parameters, NDList inputs, boolean training, PairList<String, Object> params) {
    return new NDList(new UNetPass(spec, parameters, weights, training).run(inputs));
  }

  @Override
  public Shape[] getOutputShapes(Shape[] inputShapes) {
    return new Shape[] {inputShapes[0]};
  }
}
