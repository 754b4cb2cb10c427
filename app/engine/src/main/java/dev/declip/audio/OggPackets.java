package dev.declip.audio;

import com.jcraft.jogg.Packet;
import com.jcraft.jogg.Page;
import com.jcraft.jogg.StreamState;
import com.jcraft.jogg.SyncState;
import java.io.IOException;
import java.io.InputStream;

/** The packets of the first logical stream of an Ogg file, read page by page with jogg. */
final class OggPackets {

  private static final int CHUNK = 8192;

  private final InputStream in;
  private final SyncState sync = new SyncState();
  private final StreamState stream = new StreamState();
  private final Page page = new Page();
  private boolean streamStarted;
  private boolean endOfStream;

  OggPackets(InputStream in) {
    this.in = in;
    sync.init();
  }

  /** Fills {@code packet} with the next packet; false when the stream has no more. */
  boolean next(Packet packet) throws IOException {
    while (true) {
      if (streamStarted && stream.packetout(packet) == 1) {
        return true;
      }
      if (endOfStream || !nextPage()) {
        return false;
      }
      if (!streamStarted) {
        stream.init(page.serialno());
        streamStarted = true;
      }
      // Pages of other (chained or multiplexed) streams are refused here and so skipped.
      if (stream.pagein(page) == 0 && page.eos() != 0) {
        endOfStream = true;
      }
    }
  }

  private boolean nextPage() throws IOException {
    while (true) {
      int result = sync.pageout(page);
      if (result == 1) {
        return true;
      }
      if (result == 0) {
        int offset = sync.buffer(CHUNK);
        int n = in.read(sync.data, offset, CHUNK);
        if (n <= 0) {
          return false;
        }
        sync.wrote(n);
      }
      // result -1: bytes skipped to regain sync; keep going.
    }
  }

  void close() throws IOException {
    stream.clear();
    sync.clear();
    in.close();
  }
}
