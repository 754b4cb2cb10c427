package dev.declip.audio;

import static dev.declip.fuzz.FuzzChecks.readsOrRefuses;

import dev.declip.fuzz.FuzzChecks;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Fuzz targets for everything that reads audio files (docs/fuzzing.md). Each input is a file's
 * bytes; a file that cannot be read must be refused with an {@link AudioFileException} whose
 * message is one line. In the normal build these replay their corpora in {@code
 * AudioFuzzTestInputs/<method>}; {@code .ci/fuzz} fuzzes them.
 */
class AudioFuzzTest {

  private static final Path FILE = FuzzChecks.scratchFile("input");
  private static final int BLOCK = 4096;

  @AudioFuzzTarget
  void sniffsTheContainerFromTheFirstBytes(byte[] bytes) throws Exception {
    Files.write(FILE, bytes);
    byte[] head = Arrays.copyOf(bytes, Math.min(bytes.length, 12));
    if (!ContainerSniffer.sniff(FILE).equals(ContainerSniffer.sniff(head, head.length))) {
      throw new AssertionError("the file and its first bytes sniff differently");
    }
  }

  @AudioFuzzTarget
  void readsWavHeaders(byte[] bytes) throws Exception {
    readsOrRefuses(
        AudioFileException.class,
        () -> new WavHeaderReader("input.wav").read(new ByteArrayInputStream(bytes)));
  }

  @AudioFuzzTarget
  void readsLameTags(byte[] bytes) throws Exception {
    readHead(bytes, LameTag::read);
  }

  @AudioFuzzTarget
  void readsFlacStreamInfo(byte[] bytes) throws Exception {
    readHead(bytes, FlacStreamInfo::totalFrames);
  }

  @AudioFuzzTarget
  void readsOggEndings(byte[] bytes) throws Exception {
    readHead(bytes, OggEnding::totalFrames);
  }

  @AudioFuzzTarget
  void decodesWholeWavFiles(byte[] bytes) throws Exception {
    decodeWholeFile(bytes);
  }

  @AudioFuzzTarget
  void decodesWholeAiffFiles(byte[] bytes) throws Exception {
    decodeWholeFile(bytes);
  }

  @AudioFuzzTarget
  void decodesWholeFlacFiles(byte[] bytes) throws Exception {
    decodeWholeFile(bytes);
  }

  @AudioFuzzTarget
  void decodesWholeMp3Files(byte[] bytes) throws Exception {
    decodeWholeFile(bytes);
  }

  @AudioFuzzTarget
  void decodesWholeOggVorbisFiles(byte[] bytes) throws Exception {
    decodeWholeFile(bytes);
  }

  /** One of the readers of a file's first or last bytes that open() calls before decoding. */
  private interface HeadReader {
    Object read(Path file) throws IOException;
  }

  private static void readHead(byte[] bytes, HeadReader reader) throws Exception {
    Files.write(FILE, bytes);
    readsOrRefuses(AudioFileException.class, () -> reader.read(FILE));
  }

  /**
   * Opens and reads a file as the app does, block by block. The decoding targets differ only in
   * their seed corpora: the sniffer picks the decoder, so a mutation of the magic words reaches the
   * other decoders too.
   */
  private static void decodeWholeFile(byte[] bytes) throws Exception {
    Files.write(FILE, bytes);
    readsOrRefuses(
        AudioFileException.class,
        () -> {
          try (AudioSource source = AudioFiles.open(FILE)) {
            readToTheEnd(source);
          }
        });
  }

  /** Reads every block; a promised length must be kept (or the shortfall reported). */
  private static void readToTheEnd(AudioSource source) throws IOException {
    AudioInfo info = source.info();
    float[][] buffer = new float[info.channels()][BLOCK];
    long frames = 0;
    int n;
    while ((n = source.read(buffer, BLOCK)) >= 0) {
      if (n < 1 || n > BLOCK) {
        throw new AssertionError("read returned " + n + " frames of " + BLOCK);
      }
      frames += n;
    }
    if (info.frames() >= 0 && frames != info.frames()) {
      throw new AssertionError(frames + " frames read, " + info.frames() + " promised");
    }
  }
}
