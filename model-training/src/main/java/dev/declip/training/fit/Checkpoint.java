package dev.declip.training.fit;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Parameter;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * A training run's state after a whole epoch: the network's weights, Adam's moments, and a JSON
 * header (epoch, options, architecture) — everything {@code --resume} needs to continue the same
 * run. Written to a temporary file and moved into place, so a Ctrl-C or a crash while saving leaves
 * the previous checkpoint intact.
 */
public record Checkpoint(String headerJson, NDList weights, NDList optimizerState) {
  private static final String MAGIC = "DECLIP-CHECKPOINT";
  private static final int VERSION = 1;

  /** The weights of {@code parameters}, copied into {@code into} and named. */
  public static NDList weightsOf(List<Parameter> parameters, NDManager into) {
    NDList list = new NDList();
    for (Parameter parameter : parameters) {
      NDArray copy = parameter.getArray().duplicate();
      copy.attach(into);
      copy.setName(parameter.getName());
      list.add(copy);
    }
    return list;
  }

  /** Copies saved weights into {@code parameters}, matched by name; all must be present. */
  public void loadWeightsInto(List<Parameter> parameters, Path source) throws IOException {
    for (Parameter parameter : parameters) {
      NDArray saved = weights.get(parameter.getName());
      NDArray target = parameter.getArray();
      if (saved == null || !saved.getShape().equals(target.getShape())) {
        throw new IOException(
            source
                + ": the checkpoint does not fit this network (parameter "
                + parameter.getName()
                + (saved == null ? " missing" : " has shape " + saved.getShape())
                + ")");
      }
      target.set(saved.toByteBuffer());
    }
  }

  public void save(Path file) throws IOException {
    Path temporary = file.resolveSibling("." + file.getFileName() + ".partial");
    try (OutputStream stream = new BufferedOutputStream(Files.newOutputStream(temporary))) {
      DataOutputStream out = new DataOutputStream(stream);
      out.writeUTF(MAGIC);
      out.writeInt(VERSION);
      byte[] header = headerJson.getBytes(java.nio.charset.StandardCharsets.UTF_8);
      out.writeInt(header.length);
      out.write(header);
      weights.encode(out);
      optimizerState.encode(out);
      out.flush();
    } catch (IOException e) {
      Files.deleteIfExists(temporary);
      throw new IOException(file + ": could not write the checkpoint: " + e.getMessage(), e);
    }
    try {
      Files.move(
          temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** Reads a checkpoint; its arrays belong to {@code manager}. */
  public static Checkpoint load(Path file, NDManager manager) throws IOException {
    try (InputStream stream = new BufferedInputStream(Files.newInputStream(file))) {
      DataInputStream in = new DataInputStream(stream);
      String magic = in.readUTF();
      int version = in.readInt();
      if (!MAGIC.equals(magic) || version != VERSION) {
        throw new IOException(file + ": not a declip-train checkpoint (version " + VERSION + ")");
      }
      byte[] header = new byte[in.readInt()];
      in.readFully(header);
      NDList weights = NDList.decode(manager, in);
      NDList state = NDList.decode(manager, in);
      return new Checkpoint(
          new String(header, java.nio.charset.StandardCharsets.UTF_8), weights, state);
    } catch (java.io.EOFException | IllegalArgumentException e) {
      throw new IOException(file + ": the checkpoint is truncated or corrupt", e);
    }
  }
}
