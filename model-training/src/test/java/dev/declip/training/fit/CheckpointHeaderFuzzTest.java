package dev.declip.training.fit;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.declip.fuzz.FuzzChecks;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Fuzz target for the JSON header of a training checkpoint, read by {@code --resume}: a damaged one
 * must be refused with an IOException whose message is one line.
 */
class CheckpointHeaderFuzzTest {

  @DictionaryEntries({
    "\"epoch\":",
    "\"adamSteps\":",
    "\"bestEpoch\":",
    "\"bestValidationLoss\":",
    "\"spec\":",
    "\"depth\":",
    "\"baseChannels\":",
    "\"kernelSize\":",
    "\"maskInput\":",
    "\"residual\":",
    "\"extra\":",
    "NaN",
    "null"
  })
  @FuzzTest(maxDuration = FuzzChecks.MAX_DURATION)
  void readsCheckpointHeaders(byte[] bytes) throws Exception {
    String json = new String(bytes, StandardCharsets.UTF_8);
    FuzzChecks.readsOrRefuses(IOException.class, () -> CheckpointHeader.fromJson(json).metadata());
  }
}
