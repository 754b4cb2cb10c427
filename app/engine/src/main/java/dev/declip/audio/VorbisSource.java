package dev.declip.audio;

import com.jcraft.jogg.Packet;
import com.jcraft.jorbis.Block;
import com.jcraft.jorbis.Comment;
import com.jcraft.jorbis.DspState;
import com.jcraft.jorbis.Info;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Decodes Ogg Vorbis with JOrbis, straight to float. vorbisspi (the javax.sound wrapper around the
 * same decoder) drops the final block and ignores the end trim given by the last granule position,
 * so a file came out up to a page short; here the output is exactly as long as the last granule
 * position says, as with libvorbis and ffmpeg.
 */
final class VorbisSource implements AudioSource {

  private final String name;
  private final OggPackets packets;
  private final Info vorbis = new Info();
  private final DspState dsp = new DspState();
  private final Block block = new Block(dsp);
  private final Packet packet = new Packet();
  private final float[][][] pcm = new float[1][][];
  private final int[] index;
  private final AudioInfo info;
  private long produced;

  VorbisSource(Path file, long totalFrames) throws IOException {
    this.name = AudioFiles.nameOf(file);
    this.packets = new OggPackets(new BufferedInputStream(Files.newInputStream(file), 1 << 16));
    try {
      readHeaders();
    } catch (IOException | RuntimeException e) {
      packets.close();
      throw e instanceof AudioFileException a ? a : DecodeFailures.damaged(name, 0, 1, e);
    }
    this.index = new int[vorbis.channels];
    this.info = new AudioInfo(Container.OGG, vorbis.rate, vorbis.channels, 16, false, totalFrames);
  }

  private void readHeaders() throws IOException {
    Comment comment = new Comment();
    vorbis.init();
    comment.init();
    for (int i = 0; i < 3; i++) {
      if (!packets.next(packet) || vorbis.synthesis_headerin(comment, packet) < 0) {
        throw new AudioFileException(
            name + ": not an Ogg Vorbis stream (or its headers are damaged)");
      }
    }
    if (vorbis.channels < 1 || vorbis.rate < 1) {
      throw new AudioFileException(
          name + ": header says " + vorbis.channels + " channels at " + vorbis.rate + " Hz");
    }
    dsp.synthesis_init(vorbis);
    block.init(dsp);
  }

  @Override
  public AudioInfo info() {
    return info;
  }

  @Override
  public int read(float[][] buffer, int frames) throws IOException {
    try {
      return decode(buffer, frames);
    } catch (AudioFileException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      throw DecodeFailures.damaged(name, produced, info.sampleRate(), e);
    } catch (VirtualMachineError e) {
      throw e;
    } catch (Error e) {
      throw DecodeFailures.damaged(name, produced, info.sampleRate(), e);
    }
  }

  private int decode(float[][] buffer, int frames) throws IOException {
    long left = info.frames() - produced;
    if (left <= 0) {
      return -1;
    }
    while (true) {
      int available = dsp.synthesis_pcmout(pcm, index);
      if (available > 0) {
        int n = (int) Math.min(Math.min(available, frames), left);
        for (int c = 0; c < info.channels(); c++) {
          System.arraycopy(pcm[0][c], index[c], buffer[c], 0, n);
        }
        dsp.synthesis_read(n);
        produced += n;
        return n;
      }
      if (!packets.next(packet)) {
        throw DecodeFailures.truncated(name, produced, info.frames(), info.sampleRate());
      }
      if (block.synthesis(packet) == 0) {
        dsp.synthesis_blockin(block);
      }
    }
  }

  @Override
  public void close() throws IOException {
    packets.close();
  }
}
