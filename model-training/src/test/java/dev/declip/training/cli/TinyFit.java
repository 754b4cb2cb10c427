package dev.declip.training.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The command line of a {@code fit} small enough for a test: a tiny UNet at 8 kHz, one thread. */
final class TinyFit {
  private TinyFit() {}

  static String[] args(String dataOption, Path data, Path model, String... more) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "fit",
                dataOption,
                data.toString(),
                "--depth",
                "1",
                "--channels",
                "2",
                "--kernel",
                "3",
                "--sample-rate",
                "8000",
                "--window",
                "512",
                "--threads",
                "1"));
    args.addAll(List.of(more));
    args.addAll(List.of("-o", model.toString()));
    return args.toArray(String[]::new);
  }
}
