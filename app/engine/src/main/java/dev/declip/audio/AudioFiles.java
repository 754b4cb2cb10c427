package dev.declip.audio;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/**
 * Opens and creates audio files. The container is told from the file's first bytes, not its name.
 *
 * <p>MP3 is decoded gaplessly when the file carries a LAME/Xing tag: the encoder delay, the
 * decoder's own delay and the padding are trimmed so that the samples line up one for one with what
 * ffmpeg decodes. Without the tag the decoder's output is passed on as it is.
 */
public final class AudioFiles {

  /**
   * The delay of the layer III synthesis filterbank, in samples, which ffmpeg also skips. Before
   * the encoder's first sample mp3spi (JLayer) outputs one silent MPEG frame (it decodes the
   * Xing/Info frame as audio), then the LAME encoder delay, then these 529 samples. Measured
   * against ffmpeg's decode by cross-correlation: with all three trimmed the lag is 0 and the
   * length equal (Mp3DecodingTest).
   */
  static final int MP3_DECODER_DELAY = 529;

  private static final int BUFFER_BYTES = 1 << 16;

  private AudioFiles() {}

  /** Opens a file for streaming reads. */
  public static AudioSource open(Path file) throws IOException {
    Container container = detect(file);
    return switch (container) {
      case WAV -> openWav(file);
      case MP3 -> openMp3(file);
      case FLAC -> openFlac(file);
      case OGG -> openOgg(file);
      default -> JavaSoundOpener.open(file, container, -1);
    };
  }

  /** Creates a file for streaming writes; {@link AudioSink#close()} finishes it. */
  public static AudioSink create(Path file, OutputFormat format, int sampleRate, int channels)
      throws IOException {
    if (channels < 1 || sampleRate < 1) {
      throw new IllegalArgumentException(channels + " channels at " + sampleRate + " Hz");
    }
    return switch (format.container()) {
      case WAV -> new WavSink(file, format.encoding(), sampleRate, channels);
      case FLAC -> new FlacSink(file, format.encoding(), sampleRate, channels);
      default -> throw new IllegalStateException("not writable: " + format);
    };
  }

  /** Reads a whole file into memory. Meant for short clips and tests. */
  public static AudioData readAll(Path file) throws IOException {
    try (AudioSource source = open(file)) {
      int channels = source.info().channels();
      int block = 8192;
      float[][] buffer = new float[channels][block];
      float[][] all = new float[channels][block];
      int total = 0;
      int n;
      while ((n = source.read(buffer, block)) >= 0) {
        if (total + n > all[0].length) {
          for (int c = 0; c < channels; c++) {
            all[c] = Arrays.copyOf(all[c], Math.max(total + n, all[c].length * 2));
          }
        }
        for (int c = 0; c < channels; c++) {
          System.arraycopy(buffer[c], 0, all[c], total, n);
        }
        total += n;
      }
      for (int c = 0; c < channels; c++) {
        all[c] = Arrays.copyOf(all[c], total);
      }
      AudioInfo i = source.info();
      AudioInfo info =
          new AudioInfo(
              i.container(), i.sampleRate(), channels, i.bitsPerSample(), i.floatingPoint(), total);
      return new AudioData(info, all);
    }
  }

  /** Writes a whole clip held in memory. */
  public static void writeAll(Path file, OutputFormat format, AudioData data) throws IOException {
    try (AudioSink sink = create(file, format, data.info().sampleRate(), data.info().channels())) {
      sink.write(data.samples(), data.frames());
    }
  }

  static String nameOf(Path file) {
    Path name = file.getFileName();
    return name == null ? file.toString() : name.toString();
  }

  private static Container detect(Path file) throws IOException {
    String name = nameOf(file);
    if (!Files.exists(file)) {
      throw new AudioFileException(
          name + ": file not found", new NoSuchFileException(file.toString()));
    }
    if (Files.isDirectory(file)) {
      throw new AudioFileException(name + ": is a folder, not an audio file");
    }
    if (!Files.isReadable(file)) {
      throw new AudioFileException(
          name + ": permission denied; the file cannot be read",
          new java.nio.file.AccessDeniedException(file.toString()));
    }
    if (Files.size(file) == 0) {
      throw new AudioFileException(name + ": file is empty");
    }
    Optional<Container> container = ContainerSniffer.sniff(file);
    return container.orElseThrow(
        () ->
            new AudioFileException(
                name + ": unsupported format (not WAV, AIFF, FLAC, MP3 or Ogg Vorbis)"));
  }

  private static AudioSource openWav(Path file) throws IOException {
    InputStream in = new BufferedInputStream(Files.newInputStream(file), BUFFER_BYTES);
    try {
      WavHeader header = new WavHeaderReader(nameOf(file)).read(in);
      long held = Files.size(file) - header.dataOffset();
      if (header.dataBytes() > held) {
        // Said now, before anything (an output format that cannot hold the promise) is decided.
        throw DecodeFailures.truncated(
            nameOf(file), held / header.frameBytes(), header.frames(), header.sampleRate());
      }
      return new PcmStreamSource(nameOf(file), in, header.layout(), header.info(), header.frames());
    } catch (IOException | RuntimeException e) {
      in.close();
      throw e;
    }
  }

  private static AudioSource openFlac(Path file) throws IOException {
    long frames = FlacStreamInfo.totalFrames(file);
    FlacMetadata.check(file);
    return JavaSoundOpener.open(file, Container.FLAC, frames);
  }

  private static AudioSource openOgg(Path file) throws IOException {
    if (carriesOpus(file)) {
      throw new AudioFileException(
          nameOf(file)
              + ": Opus audio is not supported (Ogg Vorbis is); convert it to FLAC or WAV first");
    }
    return new VorbisSource(file, OggEnding.totalFrames(file));
  }

  /** Whether the Ogg stream's first packet is an Opus header rather than a Vorbis one. */
  private static boolean carriesOpus(Path file) throws IOException {
    byte[] head = new byte[128];
    int n;
    try (InputStream in = Files.newInputStream(file)) {
      n = in.readNBytes(head, 0, head.length);
    }
    return new String(head, 0, n, java.nio.charset.StandardCharsets.ISO_8859_1)
        .contains("OpusHead");
  }

  private static AudioSource openMp3(Path file) throws IOException {
    Optional<LameTag> tag = LameTag.read(file);
    AudioSource decoded = JavaSoundOpener.open(file, Container.MP3, -1);
    if (tag.isEmpty()) {
      return decoded;
    }
    LameTag t = tag.get();
    long lead = t.samplesPerFrame() + t.encoderDelay() + MP3_DECODER_DELAY;
    return new TrimmedSource(nameOf(file), decoded, lead, t.audioFrames());
  }
}
