package dev.declip.restore.file;

import java.time.Duration;

/** Accumulates the time spent in one stage across many short calls. Not thread-safe. */
final class StageClock {
  private long nanos;
  private long started = -1;

  void start() {
    started = System.nanoTime();
  }

  void stop() {
    nanos += System.nanoTime() - started;
    started = -1;
  }

  Duration elapsed() {
    return Duration.ofNanos(nanos);
  }
}
