package dev.declip.clipping;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command-line tools the detection evaluation runs (sox, lame, oggenc, ffmpeg): excerpts of
 * real music as floats, and 16-bit audio through a lossy codec and back. Evaluation only: CI does
 * not have these tools.
 */
final class CodecChain {

  /** A way to store 16-bit audio; {@code encoder} is empty for the uncoded cases. */
  enum Codec {
    FLAT("flat", List.of()),
    DITHER("tpdf", List.of()),
    MP3_96("mp3-96", List.of("lame", "--quiet", "-b", "96")),
    MP3_128("mp3-128", List.of("lame", "--quiet", "-b", "128")),
    MP3_192("mp3-192", List.of("lame", "--quiet", "-b", "192")),
    MP3_320("mp3-320", List.of("lame", "--quiet", "-b", "320")),
    MP3_V2("mp3-V2", List.of("lame", "--quiet", "-V", "2")),
    OGG_Q2("ogg-q2", List.of("oggenc", "--quiet", "-q", "2")),
    OGG_Q5("ogg-q5", List.of("oggenc", "--quiet", "-q", "5"));

    final String label;
    final List<String> encoder;

    Codec(String label, List<String> encoder) {
      this.label = label;
      this.encoder = encoder;
    }

    boolean lossy() {
      return !encoder.isEmpty();
    }
  }

  private final Path dir;
  private final Path cache;

  /** Decoded audio is kept in {@code cache}, so that re-runs while tuning skip the codecs. */
  CodecChain(Path dir, Path cache) {
    this.dir = dir;
    this.cache = cache;
  }

  /**
   * {@code seconds} of a track from {@code start}, resampled, as planar floats, then through sox
   * {@code effects} if any. ffmpeg decodes Vorbis to floats without clipping at full scale (sox and
   * libvorbisfile's 16-bit output would clip the louder tracks).
   */
  float[][] excerpt(
      Path track, double start, double seconds, int rate, int channels, String... effects) {
    Path raw = dir.resolve("excerpt-" + Thread.currentThread().getId() + ".f32");
    run(
        List.of(
            "ffmpeg",
            "-loglevel",
            "error",
            "-y",
            "-ss",
            "" + start,
            "-t",
            "" + seconds,
            "-i",
            track.toString(),
            "-f",
            "f32le",
            "-ac",
            "" + channels,
            "-ar",
            "" + rate,
            raw.toString()));
    if (effects.length > 0) {
      Path processed = dir.resolve("effects-" + Thread.currentThread().getId() + ".f32");
      List<String> format =
          List.of(
              "-t",
              "raw",
              "-e",
              "floating-point",
              "-b",
              "32",
              "-L",
              "-r",
              "" + rate,
              "-c",
              "" + channels);
      List<String> command = new ArrayList<>(List.of("sox"));
      command.addAll(format);
      command.add(raw.toString());
      command.addAll(format);
      command.add(processed.toString());
      command.addAll(List.of(effects));
      run(command);
      raw = processed;
    }
    return readFloats(raw, channels);
  }

  /** Writes {@code pcm} (16-bit values) through the codec and decodes it back to 16-bit values. */
  short[][] roundTrip(short[][] pcm, int rate, Codec codec) {
    if (!codec.lossy()) {
      return pcm;
    }
    Path cached =
        cache.resolve(
            codec.label
                + "-"
                + rate
                + "-"
                + Integer.toHexString(java.util.Arrays.deepHashCode(pcm))
                + ".s16");
    if (Files.exists(cached)) {
      return readShorts(cached, pcm.length);
    }
    String id = "rt-" + Thread.currentThread().getId();
    Path wav = dir.resolve(id + ".wav");
    Path coded = dir.resolve(id + (codec.encoder.get(0).equals("lame") ? ".mp3" : ".ogg"));
    Path decoded = dir.resolve(id + ".s16");
    try {
      Files.write(wav, wavBytes(pcm, rate));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<String> encode = new ArrayList<>(codec.encoder);
    if (codec.encoder.get(0).equals("lame")) {
      encode.addAll(List.of(wav.toString(), coded.toString()));
    } else {
      encode.addAll(List.of("-o", coded.toString(), wav.toString()));
    }
    run(encode);
    run(
        List.of(
            "ffmpeg",
            "-loglevel",
            "error",
            "-y",
            "-i",
            coded.toString(),
            "-f",
            "s16le",
            "-ac",
            "" + pcm.length,
            "-ar",
            "" + rate,
            decoded.toString()));
    try {
      Files.copy(decoded, cached, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return readShorts(decoded, pcm.length);
  }

  private static void run(List<String> command) {
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      byte[] output = process.getInputStream().readAllBytes();
      if (process.waitFor() != 0) {
        throw new IllegalStateException(command + " failed: " + new String(output));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static float[][] readFloats(Path raw, int channels) {
    ByteBuffer bytes = read(raw);
    int frames = bytes.remaining() / 4 / channels;
    float[][] out = new float[channels][frames];
    for (int i = 0; i < frames; i++) {
      for (int c = 0; c < channels; c++) {
        out[c][i] = bytes.getFloat();
      }
    }
    return out;
  }

  private static short[][] readShorts(Path raw, int channels) {
    ByteBuffer bytes = read(raw);
    int frames = bytes.remaining() / 2 / channels;
    short[][] out = new short[channels][frames];
    for (int i = 0; i < frames; i++) {
      for (int c = 0; c < channels; c++) {
        out[c][i] = bytes.getShort();
      }
    }
    return out;
  }

  private static ByteBuffer read(Path raw) {
    try {
      return ByteBuffer.wrap(Files.readAllBytes(raw)).order(ByteOrder.LITTLE_ENDIAN);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] wavBytes(short[][] pcm, int rate) {
    int channels = pcm.length;
    int frames = pcm[0].length;
    int data = frames * channels * 2;
    ByteBuffer b = ByteBuffer.allocate(44 + data).order(ByteOrder.LITTLE_ENDIAN);
    b.put("RIFF".getBytes()).putInt(36 + data).put("WAVE".getBytes());
    b.put("fmt ".getBytes()).putInt(16).putShort((short) 1).putShort((short) channels);
    b.putInt(rate).putInt(rate * channels * 2);
    b.putShort((short) (channels * 2)).putShort((short) 16);
    b.put("data".getBytes()).putInt(data);
    for (int i = 0; i < frames; i++) {
      for (short[] channel : pcm) {
        b.putShort(channel[i]);
      }
    }
    return b.array();
  }
}
