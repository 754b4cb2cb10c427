package dev.declip.training.corpus;

import dev.declip.training.data.Batch;
import dev.declip.training.data.BatchSource;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * Training batches drawn afresh from the corpus: for each crop a genre (all genres equally often,
 * so an hour of speech weighs as much as two of orchestral music), a track of it (in proportion to
 * its length), a place in it, sometimes the track's lossy-coded variant, a polarity, and a {@link
 * Degradation}. Near-silent places are drawn again. An epoch is nominal: as many batches as cover
 * the training audio's duration once.
 */
final class CorpusSampler implements BatchSource {
  /** Share of crops taken from a coded variant where the track has one. */
  static final double CODED = 0.25;

  /** Crops quieter than this RMS (full scale 1) are drawn again. */
  static final double SILENCE = 1e-3;

  private static final int TRIES = 20;

  private final List<Genre> genres = new ArrayList<>();
  private final Map<String, List<CorpusTrack>> coded;
  private final int batchSize;
  private final long seed;
  private final int crop;
  private final int batchesPerEpoch;

  private record Genre(List<CorpusTrack> tracks, long[] cumulative) {}

  CorpusSampler(
      List<CorpusTrack> clean,
      Map<String, List<CorpusTrack>> coded,
      int batchSize,
      long seed,
      int crop) {
    if (batchSize < 1 || crop < 1) {
      throw new IllegalArgumentException(
          "a corpus needs a batch size and a crop length (--crop), got " + batchSize + ", " + crop);
    }
    Map<String, List<CorpusTrack>> byGenre = new TreeMap<>();
    long total = 0;
    for (CorpusTrack t : clean) {
      if (t.length() >= crop) {
        byGenre.computeIfAbsent(t.row().genre(), g -> new ArrayList<>()).add(t);
        total += t.length();
      }
    }
    if (byGenre.isEmpty()) {
      throw new IllegalArgumentException("no training track is as long as a crop of " + crop);
    }
    for (List<CorpusTrack> tracks : byGenre.values()) {
      long[] cumulative = new long[tracks.size()];
      long sum = 0;
      for (int i = 0; i < tracks.size(); i++) {
        sum += tracks.get(i).length() - crop + 1;
        cumulative[i] = sum;
      }
      genres.add(new Genre(List.copyOf(tracks), cumulative));
    }
    this.coded = coded;
    this.batchSize = batchSize;
    this.seed = seed;
    this.crop = crop;
    this.batchesPerEpoch = (int) Math.max(1, Math.min(Integer.MAX_VALUE, total / crop / batchSize));
  }

  @Override
  public int batchesPerEpoch() {
    return batchesPerEpoch;
  }

  @Override
  public Iterator<Batch> epoch(int epoch) {
    SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + epoch);
    return new Iterator<>() {
      private int made;

      @Override
      public boolean hasNext() {
        return made < batchesPerEpoch;
      }

      @Override
      public Batch next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        made++;
        return batch(random);
      }
    };
  }

  private Batch batch(SplittableRandom random) {
    float[][] y = new float[batchSize][];
    float[][] m = new float[batchSize][];
    float[][] x = new float[batchSize][];
    for (int b = 0; b < batchSize; b++) {
      Degradation.Clipped c = Degradation.draw(crop(random), random);
      y[b] = c.clipped();
      m[b] = c.mask();
      x[b] = c.clean();
    }
    return new Batch(y, m, x);
  }

  private float[] crop(SplittableRandom random) {
    float[] x = null;
    for (int attempt = 0; attempt < TRIES; attempt++) {
      Genre genre = genres.get(random.nextInt(genres.size()));
      long at = random.nextLong(genre.cumulative[genre.cumulative.length - 1]);
      int index = Arrays.binarySearch(genre.cumulative, at + 1);
      index = index >= 0 ? index : -index - 1;
      CorpusTrack track = genre.tracks.get(index);
      long before = index == 0 ? 0 : genre.cumulative[index - 1];
      int from = (int) (at - before);
      List<CorpusTrack> variants = coded.getOrDefault(track.row().track(), List.of());
      if (!variants.isEmpty() && random.nextDouble() < CODED) {
        CorpusTrack variant = variants.get(random.nextInt(variants.size()));
        track = variant.length() >= from + crop ? variant : track;
      }
      x = track.read(from, crop);
      if (rms(x) >= SILENCE) {
        break;
      }
    }
    if (random.nextBoolean()) {
      for (int i = 0; i < x.length; i++) {
        x[i] = -x[i];
      }
    }
    return x;
  }

  static double rms(float[] x) {
    double sum = 0;
    for (float v : x) {
      sum += (double) v * v;
    }
    return Math.sqrt(sum / x.length);
  }
}
