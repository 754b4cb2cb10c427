package dev.declip.training.data;

import dev.declip.audio.AudioData;
import dev.declip.clipping.ChannelDetection;
import dev.declip.clipping.ClipLevels;
import dev.declip.clipping.ClippingDetector;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Turns one decoded file into windows: from clipped recordings, or by clipping clean audio. */
interface FilePreparer {

  /**
   * @throws DataException when the file cannot be used; the message names it and says why
   */
  PreparedFile prepare(AudioData audio, String name, DataOptions options) throws DataException;

  /**
   * The user's clipped recordings: the engine detects the levels per channel and polarity; a
   * channel without clipping gives nothing, a polarity without clipping borrows its sibling's level
   * (as at inference).
   */
  static FilePreparer clipped() {
    return (audio, name, options) -> {
      ClippingDetector detector = new ClippingDetector(audio.info().channels());
      detector.accept(audio.samples(), audio.frames());
      List<ChannelDetection> found = detector.result();
      WindowCutter cutter = cutter(audio, options);
      List<ClipLevels> levels = new ArrayList<>();
      List<TrainingWindow> windows = new ArrayList<>();
      for (int c = 0; c < found.size(); c++) {
        long bad = found.get(c).nonFiniteSamples();
        if (bad > 0) {
          throw new DataException(
              name + ": channel " + (c + 1) + " holds " + bad + " NaN or infinite samples");
        }
        Optional<ClipLevels> level = found.get(c).levels();
        if (level.isPresent()) {
          levels.add(level.get());
          windows.addAll(cutter.cut(audio.samples()[c], null, level.get(), name, c));
        }
      }
      return new PreparedFile(name, seconds(audio), levels, windows);
    };
  }

  /** Clean audio clipped at a level that {@code clipping} chooses per file; the level is known. */
  static FilePreparer clean(CleanClipping clipping) {
    return (audio, name, options) -> {
      float[][] x = audio.samples();
      for (int c = 0; c < x.length; c++) {
        for (float v : x[c]) {
          if (!Float.isFinite(v)) {
            throw new DataException(
                name + ": channel " + (c + 1) + " holds NaN or infinite samples");
          }
        }
      }
      float level = clipping.levelFor(x);
      ClipLevels levels = ClipLevels.symmetric(level);
      WindowCutter cutter = cutter(audio, options);
      List<TrainingWindow> windows = new ArrayList<>();
      for (int c = 0; c < x.length; c++) {
        windows.addAll(cutter.cut(CleanClipping.clip(x[c], level), x[c], levels, name, c));
      }
      return new PreparedFile(name, seconds(audio), List.of(levels), windows);
    };
  }

  private static WindowCutter cutter(AudioData audio, DataOptions options) {
    return new WindowCutter(
        audio.info().sampleRate(), options.sampleRate(), options.windowLength());
  }

  private static double seconds(AudioData audio) {
    return audio.frames() / (double) audio.info().sampleRate();
  }
}
