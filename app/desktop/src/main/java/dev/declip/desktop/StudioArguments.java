package dev.declip.desktop;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The command line: {@code declip-studio [FILE]} or {@code declip-studio --screenshot OUT.png
 * [--welcome | [--history | --export] FILE]}.
 *
 * @param file the recording to open at start
 * @param screenshot where to save a PNG of the window once the recording is restored, then quit
 * @param welcome the screenshot shows the first start's welcome view instead of a restore
 * @param history the screenshot shows a history of two restores compared A/B
 * @param export the screenshot shows the export dialog over the restored recording
 */
public record StudioArguments(
    Optional<Path> file,
    Optional<Path> screenshot,
    boolean welcome,
    boolean history,
    boolean export) {
  static final String USAGE =
      "usage: declip-studio [--screenshot OUT.png [--welcome | --history | --export]] [FILE]";

  public static StudioArguments parse(List<String> args) {
    Optional<Path> file = Optional.empty();
    Optional<Path> screenshot = Optional.empty();
    boolean welcome = false;
    boolean history = false;
    boolean export = false;
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (arg.equals("--screenshot")) {
        if (i + 1 >= args.size()) {
          throw new IllegalArgumentException("--screenshot needs a PNG file name");
        }
        screenshot = Optional.of(Path.of(args.get(++i)));
      } else if (arg.equals("--welcome")) {
        welcome = true;
      } else if (arg.equals("--history")) {
        history = true;
      } else if (arg.equals("--export")) {
        export = true;
      } else if (arg.startsWith("--")) {
        throw new IllegalArgumentException("unknown option " + arg + "; " + USAGE);
      } else if (file.isPresent()) {
        throw new IllegalArgumentException("give one audio file, not several");
      } else {
        file = Optional.of(Path.of(arg));
      }
    }
    if (welcome && (screenshot.isEmpty() || file.isPresent())) {
      throw new IllegalArgumentException("--welcome goes with --screenshot and no file; " + USAGE);
    }
    if (history && (screenshot.isEmpty() || welcome)) {
      throw new IllegalArgumentException("--history goes with --screenshot; " + USAGE);
    }
    if (export && (screenshot.isEmpty() || welcome || history)) {
      throw new IllegalArgumentException("--export goes with --screenshot; " + USAGE);
    }
    return new StudioArguments(file, screenshot, welcome, history, export);
  }
}
