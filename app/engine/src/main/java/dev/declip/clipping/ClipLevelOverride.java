package dev.declip.clipping;

import static dev.declip.io.MessageText.oneLine;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Clip levels given by the user instead of detected ones, for all channels and/or per channel.
 *
 * <p>Syntax, as parsed by {@link #parse(String)}:
 *
 * <pre>
 *   spec    := entry (';' entry)*
 *   entry   := [channel ':'] levels          channel counts from 1; no channel = every channel
 *   levels  := level | level '/' level       one level for both polarities, or positive/negative
 *   level   := number | number 'dB' | number 'dBFS' | 'none'
 * </pre>
 *
 * Linear levels are magnitudes in (0, 10^10]; in the positive/negative form the positive one may
 * carry a '+' and the negative one a '-'. Levels in dB are relative to full scale and must lie in
 * [-100, +200]. Levels above full scale (1, 0 dB) are for float recordings, which can hold them;
 * integer ones never reach them. {@code none} says that polarity did not clip (at most one per
 * entry). Examples: {@code 0.9}, {@code -0.5dB}, {@code +0.9/-0.85}, {@code -1dB/none}, {@code
 * 0.9;2:0.8/0.75}. Entries for a channel win over the entry for every channel.
 */
public final class ClipLevelOverride {

  /** Far above any float recording's level, far below the float's own limit. */
  private static final double MAX_DB = 200;

  private static final double MAX_LINEAR = 1e10;

  private final Optional<ClipLevels> everyChannel;
  private final Map<Integer, ClipLevels> perChannel;

  private ClipLevelOverride(
      Optional<ClipLevels> everyChannel, Map<Integer, ClipLevels> perChannel) {
    this.everyChannel = everyChannel;
    this.perChannel = Map.copyOf(perChannel);
  }

  public static ClipLevelOverride forEveryChannel(ClipLevels levels) {
    return new ClipLevelOverride(Optional.of(levels), Map.of());
  }

  public static ClipLevelOverride parse(String spec) throws ClipLevelFormatException {
    Optional<ClipLevels> every = Optional.empty();
    Map<Integer, ClipLevels> channels = new HashMap<>();
    for (String entry : spec.split(";", -1)) {
      String text = entry.strip();
      int colon = text.indexOf(':');
      if (colon < 0) {
        if (every.isPresent()) {
          throw new ClipLevelFormatException(
              "clip level '" + oneLine(spec) + "' gives two levels for every channel");
        }
        every = Optional.of(parseLevels(text));
      } else {
        int channel = parseChannel(text.substring(0, colon).strip());
        if (channels.put(channel - 1, parseLevels(text.substring(colon + 1).strip())) != null) {
          throw new ClipLevelFormatException(
              "clip level '" + oneLine(spec) + "' names channel " + channel + " twice");
        }
      }
    }
    return new ClipLevelOverride(every, channels);
  }

  /** The levels for a channel (counted from 0), if this override covers it. */
  public Optional<ClipLevels> levelsFor(int channel) {
    return Optional.ofNullable(perChannel.get(channel)).or(() -> everyChannel);
  }

  /** The highest channel (counted from 1) the override names, or 0 when it names none. */
  public int highestChannel() {
    return perChannel.keySet().stream().mapToInt(c -> c + 1).max().orElse(0);
  }

  /** Whether every one of {@code channels} channels has a level, so detection can be skipped. */
  public boolean covers(int channels) {
    for (int c = 0; c < channels; c++) {
      if (levelsFor(c).isEmpty()) {
        return false;
      }
    }
    return true;
  }

  private static int parseChannel(String text) throws ClipLevelFormatException {
    try {
      int channel = Integer.parseInt(text);
      if (channel >= 1) {
        return channel;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new ClipLevelFormatException(
        "clip level channel '" + oneLine(text) + "' is not a channel number (1, 2, ...)");
  }

  private static ClipLevels parseLevels(String text) throws ClipLevelFormatException {
    int slash = text.indexOf('/');
    if (slash < 0) {
      float level = parseLevel(text, "");
      if (Float.isInfinite(level)) {
        throw new ClipLevelFormatException(
            "clip level 'none' needs the other polarity, e.g. '0.9/none'");
      }
      return ClipLevels.symmetric(level);
    }
    float positive = parseLevel(text.substring(0, slash).strip(), "+");
    float negative = parseLevel(text.substring(slash + 1).strip(), "-");
    if (Float.isInfinite(positive) && Float.isInfinite(negative)) {
      throw new ClipLevelFormatException(
          "clip level '" + oneLine(text) + "' says neither polarity clipped");
    }
    return new ClipLevels(positive, negative);
  }

  /** One level; {@code allowedSign} may prefix a linear value ("+" positive side, "-" negative). */
  private static float parseLevel(String text, String allowedSign) throws ClipLevelFormatException {
    String lower = text.toLowerCase(Locale.ROOT);
    if (lower.equals("none")) {
      return Float.POSITIVE_INFINITY;
    }
    boolean db = lower.endsWith("db") || lower.endsWith("dbfs");
    String number = lower.replaceFirst("dbfs$|db$", "").strip();
    double value;
    try {
      value = Double.parseDouble(number);
    } catch (NumberFormatException e) {
      throw new ClipLevelFormatException(
          "clip level '" + oneLine(text) + "' is not a number such as 0.9, -0.5dB or none");
    }
    if (db) {
      if (!(value <= MAX_DB && value >= -100)) {
        throw new ClipLevelFormatException(
            "clip level '"
                + oneLine(text)
                + "' must be between -100 dB and +200 dB (0 dB is full scale)");
      }
      return (float) ClipLevels.fromDbfs(value);
    }
    if (!allowedSign.isEmpty() && number.startsWith(allowedSign)) {
      value = Math.abs(value);
    }
    // Checked as the float it becomes: 1e-50 is positive but rounds to 0.
    if (!((float) value > 0 && value <= MAX_LINEAR)) {
      throw new ClipLevelFormatException(
          "clip level '"
              + oneLine(text)
              + "' must be a positive linear magnitude (1 is full scale) or a level in dB, e.g."
              + " -0.5dB");
    }
    return (float) value;
  }
}
