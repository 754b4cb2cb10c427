package dev.declip.clipping;

import dev.declip.audio.AudioFileException;
import dev.declip.audio.AudioSource;
import dev.declip.progress.Cancellation;
import dev.declip.progress.ProgressListener;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds and counts the clipping of an audio stream in two passes: detection of the levels (skipped
 * when the user gave levels for every channel), then counting against those levels.
 */
public final class ClippingAnalysis {

  private static final int BLOCK_FRAMES = 8192;

  private final int maxRuns;

  public ClippingAnalysis(int maxRuns) {
    this.maxRuns = maxRuns;
  }

  public ClippingAnalysis() {
    this(ClippingCounter.DEFAULT_MAX_RUNS);
  }

  /**
   * @param audio opens the stream afresh for each pass
   * @throws dev.declip.progress.OperationCancelledException when cancelled between blocks
   */
  public ClippingReport analyse(
      IoSupplier<AudioSource> audio,
      Optional<ClipLevelOverride> override,
      ProgressListener progress,
      Cancellation cancellation)
      throws IOException {
    AudioSource source = audio.get();
    try {
      int channels = source.info().channels();
      int named = override.map(ClipLevelOverride::highestChannel).orElse(0);
      if (named > channels) {
        throw new AudioFileException(
            "clip levels are given for channel "
                + named
                + ", but the audio has "
                + channels
                + " channel"
                + (channels == 1 ? "" : "s"));
      }
      List<ChannelDetection> detected = List.of();
      if (override.isEmpty() || !override.get().covers(channels)) {
        ClippingDetector detector = new ClippingDetector(channels);
        stream(source, detector::accept, "detecting clipping", progress, cancellation);
        detected = detector.result();
        source.close();
        source = audio.get(); // pass 2 reads the stream again from its start
      }
      List<Optional<ClipLevels>> levels = new ArrayList<>();
      List<LevelSource> sources = new ArrayList<>();
      for (int c = 0; c < channels; c++) {
        int index = c;
        Optional<ClipLevels> manual = override.flatMap(o -> o.levelsFor(index));
        Optional<ClipLevels> automatic =
            detected.isEmpty() ? Optional.empty() : detected.get(c).levels();
        levels.add(manual.or(() -> automatic));
        sources.add(
            manual.isPresent()
                ? LevelSource.MANUAL
                : automatic.isPresent() ? LevelSource.AUTOMATIC : LevelSource.NONE);
      }
      return count(source, levels, sources, progress, cancellation);
    } finally {
      source.close();
    }
  }

  private ClippingReport count(
      AudioSource source,
      List<Optional<ClipLevels>> levels,
      List<LevelSource> sources,
      ProgressListener progress,
      Cancellation cancellation)
      throws IOException {
    ClippingCounter counter = new ClippingCounter(levels, maxRuns);
    stream(source, counter::accept, "counting clipped samples", progress, cancellation);
    List<ChannelCount> counts = counter.counts();
    List<ChannelReport> reports = new ArrayList<>();
    for (int c = 0; c < counts.size(); c++) {
      reports.add(
          new ChannelReport(
              c, levels.get(c), sources.get(c), counts.get(c), source.info().sampleRate()));
    }
    return new ClippingReport(reports, counter.keptRuns(), counter.droppedRuns());
  }

  private interface BlockConsumer {
    void accept(float[][] block, int frames);
  }

  private static void stream(
      AudioSource source,
      BlockConsumer consumer,
      String stage,
      ProgressListener progress,
      Cancellation cancellation)
      throws IOException {
    float[][] block = new float[source.info().channels()][BLOCK_FRAMES];
    long total = source.info().frames();
    long done = 0;
    int read;
    while ((read = source.read(block, BLOCK_FRAMES)) >= 0) {
      cancellation.throwIfCancelled();
      consumer.accept(block, read);
      done += read;
      progress.progress(stage, done, total);
    }
  }
}
