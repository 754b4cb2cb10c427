package dev.declip.audio;

import java.io.IOException;
import java.nio.file.Path;
import net.sourceforge.javaflacencoder.EncodingConfiguration;
import net.sourceforge.javaflacencoder.FLACEncoder;
import net.sourceforge.javaflacencoder.FLACFileOutputStream;
import net.sourceforge.javaflacencoder.StreamConfiguration;

/**
 * Streams samples into a FLAC file with java-flac-encoder. Each call encodes the full blocks it
 * completes, so the encoder holds at most one block of pending samples; the stream info (length,
 * MD5) is patched when the file is closed.
 */
final class FlacSink implements AudioSink {

  private static final int BLOCK = 4096;

  /** Above the highest predictor order java-flac-encoder tries (LPC 32). */
  private static final int MIN_PREDICTED_BLOCK = 64;

  private final String name;
  private final FLACEncoder encoder = new FLACEncoder();
  private final FLACFileOutputStream out;
  private final int channels;
  private final int bits;
  private int[] interleaved = new int[0];
  private boolean closed;

  FlacSink(Path file, SampleEncoding encoding, int sampleRate, int channels) throws IOException {
    this.name = AudioFiles.nameOf(file);
    this.channels = channels;
    this.bits = encoding.bits();
    StreamConfiguration config =
        new StreamConfiguration(channels, BLOCK, BLOCK, sampleRate, encoding.bits());
    if (!config.isValid()) {
      throw new AudioFileException(
          name + ": FLAC cannot hold " + channels + " channels at " + sampleRate + " Hz");
    }
    encoder.setStreamConfiguration(config);
    encoder.setEncodingConfiguration(new EncodingConfiguration());
    out = new FLACFileOutputStream(file.toFile());
    if (!out.isValid()) {
      throw new AudioFileException(name + ": cannot create the file");
    }
    encoder.setOutputStream(out);
    encoder.openFLACStream();
  }

  @Override
  public void write(float[][] buffer, int frames) throws IOException {
    SinkChecks.requireWritable(name, closed, channels, buffer);
    if (interleaved.length < frames * channels) {
      interleaved = new int[frames * channels];
    }
    int pos = 0;
    for (int i = 0; i < frames; i++) {
      for (int c = 0; c < channels; c++) {
        interleaved[pos++] = (int) SampleQuantizer.quantize(buffer[c][i], bits);
      }
    }
    encoder.addSamples(interleaved, frames);
    int full = encoder.fullBlockSamplesAvailableToEncode();
    if (full > 0) {
      encoder.encodeSamples(full, false);
    }
  }

  @Override
  public void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    try (out) {
      int last = encoder.samplesAvailableToEncode();
      if (last < MIN_PREDICTED_BLOCK) {
        // The fixed and LPC predictors index past a block shorter than their order.
        EncodingConfiguration verbatim = new EncodingConfiguration();
        verbatim.setSubframeType(EncodingConfiguration.SubframeType.VERBATIM);
        encoder.setEncodingConfiguration(verbatim);
      }
      encoder.encodeSamples(last, true);
    } catch (RuntimeException e) {
      throw new AudioFileException(name + ": FLAC encoder failed (" + e + ")", e);
    }
  }
}
