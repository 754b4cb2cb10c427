package dev.declip.clipping;

import java.util.Optional;

/**
 * What pass 1 found in one channel.
 *
 * @param levels the detected clip levels, empty when neither polarity clipped
 * @param samples finite samples seen
 * @param nonFiniteSamples NaN or infinite samples, ignored for detection; a file holding any is
 *     corrupt or was made by a broken tool
 */
public record ChannelDetection(Optional<ClipLevels> levels, long samples, long nonFiniteSamples) {}
