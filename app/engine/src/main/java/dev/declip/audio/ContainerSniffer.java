package dev.declip.audio;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Tells a file's container from its first bytes, so that a misnamed file still opens right. */
final class ContainerSniffer {

  private static final int HEAD = 12;

  private ContainerSniffer() {}

  static Optional<Container> sniff(Path file) throws IOException {
    byte[] head = new byte[HEAD];
    int n;
    try (InputStream in = Files.newInputStream(file)) {
      n = in.readNBytes(head, 0, HEAD);
    }
    return sniff(head, n);
  }

  static Optional<Container> sniff(byte[] head, int length) {
    String ascii = new String(head, 0, length, StandardCharsets.ISO_8859_1);
    if (ascii.startsWith("RIFF") && ascii.startsWith("WAVE", 8)) {
      return Optional.of(Container.WAV);
    }
    if (ascii.startsWith("FORM") && (ascii.startsWith("AIFF", 8) || ascii.startsWith("AIFC", 8))) {
      return Optional.of(Container.AIFF);
    }
    if (ascii.startsWith("fLaC")) {
      return Optional.of(Container.FLAC);
    }
    if (ascii.startsWith("OggS")) {
      return Optional.of(Container.OGG);
    }
    if (ascii.startsWith("ID3") || isMpegFrameSync(head, length)) {
      return Optional.of(Container.MP3);
    }
    return Optional.empty();
  }

  /** An MPEG audio frame header: 11 sync bits, a valid version, layer III, a valid bitrate. */
  private static boolean isMpegFrameSync(byte[] h, int length) {
    if (length < 4 || (h[0] & 0xFF) != 0xFF || (h[1] & 0xE0) != 0xE0) {
      return false;
    }
    int version = (h[1] >> 3) & 0x3;
    int layer = (h[1] >> 1) & 0x3;
    int bitrate = (h[2] >> 4) & 0xF;
    int rate = (h[2] >> 2) & 0x3;
    return version != 1 && layer == 1 && bitrate != 0xF && rate != 3;
  }
}
