package dev.declip.training.synthetic;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Writes one CSV row per trained cell. */
final class ResultsCsv {

  static final String HEADER =
      "study,objective,d,v,g_max,input_sdr_db,output_sdr_db,blended_sdr_db,final_loss,seconds";

  private ResultsCsv() {}

  static void write(Path file, List<CellResult> cells) throws IOException {
    List<String> lines = new ArrayList<>();
    lines.add(HEADER);
    for (CellResult c : cells) {
      lines.add(
          String.format(
              Locale.ROOT,
              "%s,%s,%d,%.4f,%.4f,%.4f,%.4f,%.4f,%.6g,%.2f",
              c.study(),
              c.objective(),
              c.dim(),
              c.fraction(),
              c.gMax(),
              c.inputSdr(),
              c.outputSdr(),
              c.blendedSdr(),
              c.finalLoss(),
              c.seconds()));
    }
    Files.write(file, lines, StandardCharsets.UTF_8);
  }
}
