package dev.declip.desktop.window;

import dev.declip.desktop.playback.AbPlayer;
import dev.declip.desktop.playback.AudioOutputUnavailableException;
import dev.declip.desktop.playback.PlaybackListener;
import dev.declip.desktop.playback.Side;
import dev.declip.samples.FrameRange;
import dev.declip.samples.SampleStore;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleLongProperty;

/**
 * The window's side of playback: one {@link AbPlayer} per open recording, its playhead and playing
 * state as properties on the FX thread, and a failing output reported once.
 */
final class PlaybackControl {
  private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper(false);
  private final LongProperty playhead = new SimpleLongProperty(0);
  private final BooleanProperty loop = new SimpleBooleanProperty(false);
  private final Consumer<Exception> failed;
  private AbPlayer player;
  private SampleStore original;
  private SampleStore restored;
  private SampleStore compared;

  PlaybackControl(Consumer<Exception> failed) {
    this.failed = failed;
  }

  void load(SampleStore original) {
    close();
    player = new AbPlayer(original, new Listener());
    this.original = original;
    restored = null;
    compared = null;
    playhead.set(0);
  }

  void setRestored(SampleStore restored) {
    this.restored = restored;
    if (player != null) {
      player.setRestored(restored);
    }
  }

  /** What A plays: another restore to compare with, or null for the original. */
  void setCompared(SampleStore compared) {
    this.compared = compared;
    if (player != null) {
      player.setCompared(compared);
    }
  }

  /** Plays the selection (looped when asked) or from the playhead; stops when playing. */
  void playOrStop(FrameRange selection) {
    if (player == null) {
      return;
    }
    if (player.isPlaying()) {
      stop();
      return;
    }
    try {
      if (selection != null && selection.length() > 0) {
        player.play(selection, loop.get());
      } else {
        player.playFrom(Math.max(0, playhead.get()));
      }
      playing.set(true);
    } catch (AudioOutputUnavailableException e) {
      failed.accept(e);
    }
  }

  /** A/B: takes effect while playing, without a gap. */
  void hear(boolean restored) {
    if (player != null) {
      player.select(restored ? Side.RESTORED : Side.ORIGINAL);
    }
  }

  void stop() {
    if (player != null) {
      player.stop();
    }
    playing.set(false);
  }

  void close() {
    stop();
    if (player != null) {
      player.close();
      player = null;
    }
  }

  /** The audio the chosen side plays: B's restore, or A's (the original unless compared). */
  SampleStore selectedAudio() {
    if (selected() == Side.RESTORED && restored != null) {
      return restored;
    }
    return compared != null ? compared : original;
  }

  Side selected() {
    return player == null ? Side.ORIGINAL : player.selected();
  }

  ReadOnlyBooleanProperty playingProperty() {
    return playing.getReadOnlyProperty();
  }

  /** The frame heard while playing; where playback starts when there is no selection. */
  LongProperty playheadProperty() {
    return playhead;
  }

  BooleanProperty loopProperty() {
    return loop;
  }

  private final class Listener implements PlaybackListener {
    @Override
    public void playhead(long frame, Side heard) {
      Platform.runLater(() -> playhead.set(frame));
    }

    @Override
    public void finished() {
      Platform.runLater(() -> playing.set(false));
    }

    @Override
    public void failed(Exception e) {
      Platform.runLater(
          () -> {
            playing.set(false);
            failed.accept(e);
          });
    }
  }
}
