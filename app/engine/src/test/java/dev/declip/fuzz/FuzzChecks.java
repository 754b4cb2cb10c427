package dev.declip.fuzz;

import java.io.IOException;
import java.lang.management.ClassLoadingMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What every fuzz target checks besides its own contract (docs/fuzzing.md): a refused input ends in
 * one of the documented exceptions with a one-line message, and no input makes the reading thread
 * allocate more than {@link #MAX_ALLOCATED_BYTES}.
 */
public final class FuzzChecks {

  /**
   * Bytes one input may make the reading thread allocate. Fuzz inputs are a few kilobytes, so
   * reading one needs a few megabytes; a header that lies about its sizes must be checked against
   * what the file can hold, not trusted up to the heap's limit.
   */
  public static final long MAX_ALLOCATED_BYTES = 256L << 20;

  /**
   * The longest a fuzzing run may last. {@code .ci/fuzz} stops runs earlier (by executions or
   * time); {@code @FuzzTest}'s own limit would override libFuzzer's {@code -max_total_time}.
   */
  public static final String MAX_DURATION = "24h";

  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
  private static final ClassLoadingMXBean CLASSES = ManagementFactory.getClassLoadingMXBean();

  /** The body of a fuzz target. */
  @FunctionalInterface
  public interface Body {
    void run() throws Exception;
  }

  private FuzzChecks() {}

  /**
   * Runs {@code body} on one input: it may finish or throw a {@code refusal} with a one-line
   * message; anything else it throws, or allocating more than {@link #MAX_ALLOCATED_BYTES}, is a
   * finding.
   */
  public static void readsOrRefuses(Class<? extends Exception> refusal, Body body)
      throws Exception {
    long classes = CLASSES.getTotalLoadedClassCount();
    long allocated = allocatedBy(refusal, body);
    if (allocated > MAX_ALLOCATED_BYTES && CLASSES.getTotalLoadedClassCount() != classes) {
      // Loading (and, while fuzzing, instrumenting) classes the input reached first allocates too.
      allocated = allocatedBy(refusal, body);
    }
    if (allocated > MAX_ALLOCATED_BYTES) {
      throw new AssertionError(
          "one input allocated " + allocated + " bytes (bound " + MAX_ALLOCATED_BYTES + ")");
    }
  }

  private static long allocatedBy(Class<? extends Exception> refusal, Body body) throws Exception {
    long before = THREADS.getCurrentThreadAllocatedBytes();
    try {
      body.run();
    } catch (Exception e) {
      if (refusal == null || !refusal.isInstance(e)) {
        throw e;
      }
      String message = e.getMessage();
      if (message == null || message.isBlank() || message.lines().count() != 1) {
        throw new AssertionError("not a one-line message: " + message, e);
      }
    }
    return THREADS.getCurrentThreadAllocatedBytes() - before;
  }

  /** Runs {@code body} on an input it must always accept (it warns instead of refusing). */
  public static void readsWithoutFailing(Body body) throws Exception {
    readsOrRefuses(null, body);
  }

  /** A file in a private temporary folder that each input overwrites. */
  public static Path scratchFile(String name) {
    try {
      Path dir = Files.createTempDirectory("declip-fuzz");
      dir.toFile().deleteOnExit();
      Path file = dir.resolve(name);
      file.toFile().deleteOnExit();
      return file;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
