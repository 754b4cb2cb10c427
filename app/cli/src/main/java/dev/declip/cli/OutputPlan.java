package dev.declip.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks a run's outputs against each other and against all its inputs before anything is written:
 * two inputs must not share an output, and no output may be any input of the run (with {@code
 * --overwrite} it would be replaced). Inputs are named as the user typed them, so that two files of
 * the same name in different folders can be told apart.
 */
final class OutputPlan {
  private OutputPlan() {}

  /**
   * @param outputs the output of each input, in the same order
   * @throws IllegalArgumentException naming the inputs and the output, for a usage error
   */
  static void check(List<Path> inputs, List<Path> outputs) throws IOException {
    Map<Path, Path> inputOf = new HashMap<>();
    for (int i = 0; i < outputs.size(); i++) {
      Path output = outputs.get(i).toAbsolutePath().normalize();
      Path earlier = inputOf.putIfAbsent(output, inputs.get(i));
      if (earlier != null) {
        throw new IllegalArgumentException(
            earlier
                + " and "
                + inputs.get(i)
                + " would both be written to "
                + outputs.get(i)
                + "; restore them into different folders");
      }
    }
    Map<Object, Integer> inputFiles = new HashMap<>();
    for (int i = 0; i < inputs.size(); i++) {
      int index = i;
      identity(inputs.get(i)).ifPresent(file -> inputFiles.putIfAbsent(file, index));
    }
    for (int i = 0; i < outputs.size(); i++) {
      // An output that does not exist yet cannot be an input; one that exists is compared by file
      // identity, which sees through links and different spellings of the same path. An output
      // that is its own input is refused by the restorer, in its words.
      Integer owner = identity(outputs.get(i)).map(inputFiles::get).orElse(null);
      if (owner != null && owner != i) {
        throw new IllegalArgumentException(
            outputs.get(i)
                + " is an input of this run; it is never overwritten (choose another --out-dir)");
      }
    }
  }

  /** The file's identity (device and inode where the system has them), if it exists. */
  private static Optional<Object> identity(Path path) throws IOException {
    if (!Files.exists(path)) {
      return Optional.empty();
    }
    BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
    Object key = attributes.fileKey();
    return Optional.of(key != null ? key : path.toRealPath());
  }
}
