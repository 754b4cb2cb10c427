package dev.declip.desktop.playback;

import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.SourceDataLine;

/** Opens the system's audio output through javax.sound, or says plainly why it cannot. */
public final class OutputLines {
  private OutputLines() {}

  /** The format the player sends: 16-bit signed little-endian PCM at the recording's rate. */
  public static AudioFormat pcm16(int sampleRate, int channels) {
    return new AudioFormat(sampleRate, 16, channels, true, false);
  }

  /**
   * Opens a line for {@code format} with a buffer of {@code bufferFrames} frames (the device may
   * choose another size).
   */
  public static SourceDataLine open(AudioFormat format, int bufferFrames)
      throws AudioOutputUnavailableException {
    SourceDataLine line;
    try {
      line = AudioSystem.getSourceDataLine(format);
    } catch (IllegalArgumentException | LineUnavailableException | SecurityException e) {
      throw unavailable(format, e);
    }
    try {
      line.open(format, bufferFrames * format.getFrameSize());
      return line;
    } catch (IllegalArgumentException | LineUnavailableException | SecurityException e) {
      line.close();
      throw unavailable(format, e);
    }
  }

  private static AudioOutputUnavailableException unavailable(AudioFormat format, Exception e) {
    String what =
        String.format(
            "%.0f Hz %d-bit %s",
            format.getSampleRate(),
            format.getSampleSizeInBits(),
            format.getChannels() == 1
                ? "mono"
                : format.getChannels() == 2 ? "stereo" : format.getChannels() + " channels");
    boolean noDevice = AudioSystem.getMixerInfo().length == 0;
    String message =
        noDevice
            ? "No audio output device found; playback is unavailable (export still works)"
            : "The audio output cannot play " + what + " (" + e.getMessage() + ")";
    return new AudioOutputUnavailableException(message, e);
  }
}
