package dev.declip.audio;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;
import javax.sound.sampled.spi.AudioFileReader;
import javax.sound.sampled.spi.FormatConversionProvider;
import javazoom.spi.mpeg.sampled.convert.MpegFormatConversionProvider;
import javazoom.spi.mpeg.sampled.file.MpegAudioFileReader;
import org.jflac.sound.spi.Flac2PcmAudioInputStream;
import org.jflac.sound.spi.FlacAudioFileReader;

/**
 * Opens AIFF, FLAC and MP3 through javax.sound.sampled service providers. The reader is chosen from
 * the sniffed container rather than by AudioSystem's trial loop, in which mp3spi claims almost any
 * byte soup.
 */
final class JavaSoundOpener {

  private JavaSoundOpener() {}

  static PcmStreamSource open(Path file, Container container, long expectedFrames)
      throws IOException {
    String name = AudioFiles.nameOf(file);
    AudioInputStream encoded = null;
    try {
      encoded = encodedStream(file, container);
      AudioFormat source = encoded.getFormat();
      if (container == Container.AIFF && !isPcm(source.getEncoding())) {
        throw new AudioFileException(
            name + ": AIFF compression " + source.getEncoding() + " is not supported");
      }
      int channels = source.getChannels();
      int rate = Math.round(source.getSampleRate());
      if (channels <= 0 || rate <= 0) {
        throw new AudioFileException(
            name + ": header says " + channels + " channels at " + rate + " Hz");
      }
      // Lossy decoders deliver 16 bits; FLAC must be asked for its own depth.
      int bits =
          container == Container.FLAC || container == Container.AIFF
              ? source.getSampleSizeInBits()
              : 16;
      boolean bigEndian = container == Container.AIFF && source.isBigEndian();
      AudioFormat pcm =
          new AudioFormat(
              AudioFormat.Encoding.PCM_SIGNED,
              rate,
              bits,
              channels,
              channels * ((bits + 7) / 8),
              rate,
              bigEndian);
      AudioInputStream decoded = decode(container, pcm, encoded);
      PcmLayout layout = new PcmLayout((bits + 7) / 8, false, true, bigEndian);
      long frames = expectedFrames >= 0 ? expectedFrames : knownLength(decoded, container);
      AudioInfo info = new AudioInfo(container, rate, channels, bits, false, frames);
      // An AIFF header states its length: a file cut short must not read as a shorter whole one.
      long promised = container == Container.AIFF ? frames : expectedFrames;
      return new PcmStreamSource(name, decoded, layout, info, promised);
    } catch (UnsupportedAudioFileException | IllegalArgumentException e) {
      closeQuietly(encoded);
      throw new AudioFileException(name + ": not a readable " + container + " file", e);
    } catch (AudioFileException e) {
      closeQuietly(encoded);
      throw e;
    } catch (IOException | RuntimeException | LinkageError | AssertionError e) {
      closeQuietly(encoded);
      throw new AudioFileException(
          name + ": damaged " + container + " header (" + DecodeFailures.reason(e) + ")", e);
    }
  }

  private static AudioInputStream encodedStream(Path file, Container container)
      throws IOException, UnsupportedAudioFileException {
    if (container == Container.AIFF) {
      return AudioSystem.getAudioInputStream(file.toFile());
    }
    AudioFileReader reader =
        switch (container) {
          case FLAC -> new FlacAudioFileReader();
          case MP3 -> new MpegAudioFileReader();
          default -> throw new IllegalStateException("not a javax.sound container: " + container);
        };
    InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
    try {
      return reader.getAudioInputStream(in);
    } catch (IOException | UnsupportedAudioFileException | RuntimeException e) {
      in.close();
      throw e;
    }
  }

  private static AudioInputStream decode(
      Container container, AudioFormat pcm, AudioInputStream in) {
    if (container == Container.FLAC) {
      // jflac's conversion provider refuses more than two channels; its decoding stream does not.
      return new Flac2PcmAudioInputStream(in, pcm, AudioSystem.NOT_SPECIFIED);
    }
    FormatConversionProvider provider =
        switch (container) {
          case MP3 -> new MpegFormatConversionProvider();
          default -> null;
        };
    if (provider == null) {
      return AudioSystem.getAudioInputStream(pcm, in);
    }
    return provider.getAudioInputStream(pcm, in);
  }

  private static boolean isPcm(AudioFormat.Encoding encoding) {
    return encoding.equals(AudioFormat.Encoding.PCM_SIGNED)
        || encoding.equals(AudioFormat.Encoding.PCM_UNSIGNED);
  }

  private static long knownLength(AudioInputStream decoded, Container container) {
    long frames = decoded.getFrameLength();
    return container == Container.MP3 || frames == AudioSystem.NOT_SPECIFIED ? -1 : frames;
  }

  private static void closeQuietly(AudioInputStream in) {
    if (in != null) {
      try {
        in.close();
      } catch (IOException ignored) {
        // Already failing; the first error is the one worth reporting.
      }
    }
  }
}
