package dev.declip.desktop;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The command line: {@code declip-studio [FILE]} or {@code declip-studio --screenshot OUT.png
 * [FILE]}.
 *
 * @param file the recording to open at start
 * @param screenshot where to save a PNG of the window once the recording is restored, then quit
 */
public record StudioArguments(Optional<Path> file, Optional<Path> screenshot) {

  public static StudioArguments parse(List<String> args) {
    Optional<Path> file = Optional.empty();
    Optional<Path> screenshot = Optional.empty();
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (arg.equals("--screenshot")) {
        if (i + 1 >= args.size()) {
          throw new IllegalArgumentException("--screenshot needs a PNG file name");
        }
        screenshot = Optional.of(Path.of(args.get(++i)));
      } else if (arg.startsWith("--")) {
        throw new IllegalArgumentException(
            "unknown option " + arg + "; usage: declip-studio [--screenshot OUT.png] [FILE]");
      } else if (file.isPresent()) {
        throw new IllegalArgumentException("give one audio file, not several");
      } else {
        file = Optional.of(Path.of(arg));
      }
    }
    return new StudioArguments(file, screenshot);
  }
}
