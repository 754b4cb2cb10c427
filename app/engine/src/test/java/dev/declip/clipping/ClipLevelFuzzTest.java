package dev.declip.clipping;

import static dev.declip.fuzz.FuzzChecks.readsOrRefuses;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.declip.fuzz.FuzzChecks;
import java.nio.charset.StandardCharsets;

/**
 * Fuzz target for the clip levels a user types ({@code --levels}, the desktop's manual levels):
 * text that makes no sense must be refused with a {@link ClipLevelFormatException} on one line.
 */
class ClipLevelFuzzTest {

  @DictionaryEntries({"dB", "dBFS", "none", ";", ":", "/", "+", "-", "e-", "0.", "NaN", "Infinity"})
  @FuzzTest(maxDuration = FuzzChecks.MAX_DURATION)
  void parsesClipLevels(byte[] bytes) throws Exception {
    String text = new String(bytes, StandardCharsets.UTF_8);
    readsOrRefuses(
        ClipLevelFormatException.class,
        () -> {
          ClipLevelOverride levels = ClipLevelOverride.parse(text);
          for (int c = 0; c <= Math.min(levels.highestChannel(), 64); c++) {
            levels.levelsFor(c);
          }
          levels.covers(2);
        });
  }
}
