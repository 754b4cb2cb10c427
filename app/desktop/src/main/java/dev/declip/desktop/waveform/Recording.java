package dev.declip.desktop.waveform;

import dev.declip.clipping.ClipLevels;
import dev.declip.samples.SampleStore;
import java.util.List;
import java.util.Optional;

/** What a waveform view shows: the original, its levels, and the restored audio if any. */
record Recording(
    SampleStore original,
    MinMaxPyramid pyramid,
    List<Optional<ClipLevels>> levels,
    SampleStore restored,
    MinMaxPyramid restoredPyramid) {

  Recording withRestored(SampleStore samples, MinMaxPyramid summary) {
    return new Recording(original, pyramid, levels, samples, samples == null ? null : summary);
  }

  Optional<ClipLevels> levels(int channel) {
    return channel < levels.size() ? levels.get(channel) : Optional.empty();
  }

  /** The amplitude the scale must reach: full scale, or the restored peak above it. */
  double peak() {
    double peak = 1;
    if (restoredPyramid != null) {
      var all = new dev.declip.samples.FrameRange(0, restoredPyramid.frames());
      for (int c = 0; c < restoredPyramid.channels() && all.length() > 0; c++) {
        Envelope e = restoredPyramid.query(c, all, 1);
        peak = Math.max(peak, Math.max(-e.min()[0], e.max()[0]));
      }
    }
    return peak * 1.12; // headroom: the clipped stretches show beyond their levels
  }
}
