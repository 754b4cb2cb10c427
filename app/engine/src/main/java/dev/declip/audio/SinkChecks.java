package dev.declip.audio;

/** The argument checks every {@link AudioSink#write} makes. */
final class SinkChecks {
  private SinkChecks() {}

  static void requireWritable(String name, boolean closed, int channels, float[][] buffer) {
    if (closed) {
      throw new IllegalStateException(name + " is closed");
    }
    if (buffer.length != channels) {
      throw new IllegalArgumentException(
          buffer.length + " channels given, " + channels + " expected");
    }
  }
}
