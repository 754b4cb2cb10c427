package dev.declip.restore.choice;

import dev.declip.restore.RestorationAlgorithm;
import java.util.List;

/**
 * An algorithm ready to run, with what the user should know about how it was chosen ("no model
 * given: using cubic interpolation", "GPU requested but no CUDA device found"). Closing it releases
 * the model.
 */
public record OpenedAlgorithm(RestorationAlgorithm algorithm, List<String> notes)
    implements AutoCloseable {

  public OpenedAlgorithm {
    notes = List.copyOf(notes);
  }

  @Override
  public void close() {
    algorithm.close();
  }
}
