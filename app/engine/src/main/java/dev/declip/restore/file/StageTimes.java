package dev.declip.restore.file;

import java.time.Duration;

/** Where the time of one file restoration went; stages overlap nothing, so they add up. */
public record StageTimes(
    Duration decode, Duration detect, Duration inference, Duration encode, Duration total) {

  /** Seconds of compute per second of audio for a stage: below 1 is faster than real time. */
  public static double realTimeFactor(Duration stage, double audioSeconds) {
    return stage.toNanos() / 1e9 / audioSeconds;
  }
}
