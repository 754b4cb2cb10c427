package dev.declip.model;

import ai.onnx.proto.OnnxMl.ModelProto;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Model files for tests, here and in other packages (the engine's test-jar). */
public final class TestModels {

  /** Small and quick: depth 3, base 8, kernel 9, with mask, residual. */
  public static final UNetSpec SMALL = new UNetSpec(3, 8, 9, true, true);

  public static final int SAMPLE_RATE = 22050;
  public static final int WINDOW = 8192;
  public static final long SEED = 42;

  private TestModels() {}

  /** A UNet with He-random weights and full metadata, written to {@code dir/unet-<seed>.onnx}. */
  public static Path writeRandomUNet(Path dir, UNetSpec spec, int sampleRate, int window, long seed)
      throws IOException {
    Path path = dir.resolve("unet-" + seed + ".onnx");
    UNetOnnxWriter.write(
        path,
        UNetWeights.random(spec, seed),
        new ModelMetadata(sampleRate, window, "random weights, untrained (test fixture)"));
    return path;
  }

  /** {@link #SMALL} at 22050 Hz, window 8192, seed 42. */
  public static Path writeRandomUNet(Path dir) throws IOException {
    return writeRandomUNet(dir, SMALL, SAMPLE_RATE, WINDOW, SEED);
  }

  /** The small UNet without any metadata, as a plain PyTorch export would be. */
  public static Path writeWithoutMetadata(Path dir) throws IOException {
    ModelProto model =
        ModelProto.parseFrom(Files.readAllBytes(writeRandomUNet(dir))).toBuilder()
            .clearMetadataProps()
            .build();
    return save(model, dir.resolve("no-metadata.onnx"));
  }

  /** A valid ONNX file whose input is [N, 3, T]: breaks the contract. */
  public static Path writeWrongInput(Path dir) throws IOException {
    OnnxGraphBuilder g = new OnnxGraphBuilder("three-channels");
    g.input("input", "N", 3, "T");
    g.output("output", "N", 1, "T");
    g.namedNode("Slice", "output", new String[] {"input", g.longs(0), g.longs(1), g.longs(1)});
    return save(g.model("wrong input", Map.of()), dir.resolve("wrong-input.onnx"));
  }

  /** Honours the contract on paper but only runs windows of exactly 1000 samples (a Reshape). */
  public static Path writeFixedLengthInside(Path dir) throws IOException {
    OnnxGraphBuilder g = new OnnxGraphBuilder("fixed-length");
    g.input("input", "N", 2, "T");
    g.output("output", "N", 1, "T");
    String signal = g.node("Slice", new String[] {"input", g.longs(0), g.longs(1), g.longs(1)});
    g.namedNode("Reshape", "output", new String[] {signal, g.longs(-1, 1, 1000)});
    return save(g.model("fixed length", Map.of()), dir.resolve("fixed-length.onnx"));
  }

  static Path save(ModelProto model, Path path) throws IOException {
    try (OutputStream out = Files.newOutputStream(path)) {
      model.writeTo(out);
    }
    return path;
  }
}
