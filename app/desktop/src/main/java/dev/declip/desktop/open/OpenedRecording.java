package dev.declip.desktop.open;

import dev.declip.audio.AudioInfo;
import dev.declip.clipping.ClippingReport;
import dev.declip.desktop.samples.SampleStore;
import java.nio.file.Path;

/**
 * A recording as the window holds it after opening: the file, its format, the decoded samples, its
 * clipping and its peak magnitude.
 */
public record OpenedRecording(
    Path file, AudioInfo info, SampleStore samples, ClippingReport clipping, float peak) {}
