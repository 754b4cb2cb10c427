package dev.declip.training.quality;

import dev.declip.training.data.CleanClipping;
import dev.declip.training.data.DataException;
import dev.declip.training.data.DataOptions;
import dev.declip.training.fit.DataSource;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Cuts the benchmark's sets from the folders {@code bench/prepare-bench.sh} writes. Segments are
 * prepared exactly as training and inference prepare windows (the engine's detection of the levels
 * set on purpose, per-polarity normalisation), and those without a clipped sample are left out.
 */
public final class BenchmarkSets {
  /** The paper's clip level on the raw decoded level (Table II). */
  public static final float PAPER_CLIP_LEVEL = 0.1f;

  private BenchmarkSets() {}

  /** The paper's Table II protocol: 1-second segments of held-out tracks clipped at 0.1. */
  public static BenchmarkSet oneSecond(String title, Path dir, int rate) throws DataException {
    return load(title, new CleanClipping.AtLevel(PAPER_CLIP_LEVEL), dir, rate, rate);
  }

  /**
   * Whole excerpts (the survey's protocol): each file clipped at the level giving {@code inputSdr}
   * dB, one segment per file of {@code seconds}.
   */
  public static BenchmarkSet atInputSdr(Path dir, double inputSdr, int rate, double seconds)
      throws DataException {
    String title = String.format(Locale.ROOT, "input SDR %.0f dB, %d Hz", inputSdr, rate);
    return load(
        title, new CleanClipping.AtInputSdr(inputSdr), dir, rate, (int) Math.round(seconds * rate));
  }

  /** 1-second segments of files each clipped at the level giving {@code inputSdr} dB. */
  public static BenchmarkSet oneSecondAtInputSdr(String title, Path dir, double inputSdr, int rate)
      throws DataException {
    return load(title, new CleanClipping.AtInputSdr(inputSdr), dir, rate, rate);
  }

  /** The sets of other kinds of audio, clipped per file to {@code inputSdr} like Table III. */
  public static final List<String> OTHER_KINDS = List.of("table3", "speech", "rock");

  /** The whole-song sets: each song clipped at 1/2, 1/3 and 1/4 of its peak. */
  public static final List<String> SONGS = List.of("songs2", "songs3", "songs4");

  /**
   * Table II, or one of {@link #OTHER_KINDS} (1-second segments of files clipped to {@code
   * inputSdr}), or one of {@link #SONGS}, from the folder prepare-bench.sh wrote.
   */
  public static BenchmarkSet named(String name, Path data, double inputSdr) throws DataException {
    String sdr = String.format(Locale.ROOT, "clipped to %.0f dB input SDR", inputSdr);
    return switch (name) {
      case "table2" ->
          oneSecond(
              "Table II: 1-second segments of the held-out wesnoth tracks, clipped at 0.1",
              data.resolve("wesnoth/test"),
              DataOptions.PAPER_RATE);
      case "table3" ->
          oneSecondAtInputSdr(
              "Table III: 1-second segments of another genre (frozen-bubble), " + sdr,
              data.resolve("genre"),
              inputSdr,
              DataOptions.PAPER_RATE);
      case "speech" ->
          oneSecondAtInputSdr(
              "Speech: 1-second segments of six speakers (fillets-ng, English), " + sdr,
              data.resolve("speech"),
              inputSdr,
              DataOptions.PAPER_RATE);
      case "rock" ->
          oneSecondAtInputSdr(
              "Rock/pop: 1-second segments of four hedgewars mixes, " + sdr,
              data.resolve("rock"),
              inputSdr,
              DataOptions.PAPER_RATE);
      case "loud" ->
          load(
              "The loud master: 30 s of a dense electronic master (fb-music-high), stereo 44.1"
                  + " kHz, peak-normalised, clipped at 1/3 of the peak",
              new CleanClipping.AtLevel(1f / 3),
              data.resolve("loud-master"),
              DataOptions.USER_RATE,
              30 * DataOptions.USER_RATE);
      case "songs2", "songs3", "songs4" -> {
        int fraction = name.charAt(5) - '0';
        yield load(
            "Whole songs (hedgewars), peak-normalised, clipped at 1/" + fraction + " of the peak",
            new CleanClipping.AtLevel(1f / fraction),
            data.resolve("songs"),
            DataOptions.PAPER_RATE,
            SONG_SECONDS * DataOptions.PAPER_RATE);
      }
      default ->
          throw new IllegalArgumentException(
              "unknown set '"
                  + name
                  + "': choose from table2, table3, speech, rock, loud, songs2, songs3, songs4");
    };
  }

  /** Longer than every song of the set: a song is one segment (silence after its end). */
  private static final int SONG_SECONDS = 100;

  private static BenchmarkSet load(
      String title, CleanClipping clipping, Path dir, int rate, int segmentLength)
      throws DataException {
    DataOptions options = DataOptions.of(rate, segmentLength).withValidationFraction(0);
    return new BenchmarkSet(title, rate, new DataSource.Clean(dir, clipping).load(options).train());
  }
}
