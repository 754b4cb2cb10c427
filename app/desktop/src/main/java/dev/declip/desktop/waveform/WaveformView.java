package dev.declip.desktop.waveform;

import dev.declip.clipping.ClipLevels;
import dev.declip.clipping.ClippedRun;
import dev.declip.samples.FrameRange;
import dev.declip.samples.SampleStore;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;

/**
 * The waveform of a recording, one JFreeChart per channel, drawn from a {@link MinMaxPyramid} at
 * one min/max per pixel column (samples as lines and dots when zoomed in far), with the clipping
 * mask, the restored trace, a selection, a playhead, an overview of the whole file and a scrollbar.
 * Mouse: wheel zooms around the pointer, shift+wheel scrolls, drag selects, click sets the
 * playhead, double-click fits the file.
 */
public final class WaveformView extends BorderPane {

  public static final double MAX_VERTICAL_ZOOM = 256;

  private final ObjectProperty<TraceMode> traceMode = new SimpleObjectProperty<>(TraceMode.OVERLAY);
  private final ObjectProperty<FrameRange> selection = new SimpleObjectProperty<>();
  private final LongProperty playhead = new SimpleLongProperty(-1);
  private final ReadOnlyObjectWrapper<FrameRange> visibleRange = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyDoubleWrapper lastRedrawMillis = new ReadOnlyDoubleWrapper(Double.NaN);
  private final DoubleProperty verticalZoom = new SimpleDoubleProperty(1);
  private final BooleanProperty dbfs = new SimpleBooleanProperty(false);
  private final LongProperty pointer = new SimpleLongProperty(-1);
  private final ReadOnlyIntegerWrapper sampleRate = new ReadOnlyIntegerWrapper(1);

  private final double fontSize = Font.getDefault().getSize();
  private final VBox channelBox = new VBox(1);
  private final OverviewStrip overview = new OverviewStrip(this::centreOn);
  private final ScrollBar scrollBar = new ScrollBar();
  private final List<ChannelChart> charts = new ArrayList<>();
  private final TraceDrawer drawer = new TraceDrawer();
  private Viewport viewport;
  private RunIndex runs = new RunIndex(List.of());
  private Recording recording;
  private boolean redrawPending;
  private boolean syncingScrollBar;
  private ClippedRun lastJump;
  private FrameRange lastJumpView;

  public WaveformView() {
    getStyleClass().add("waveform-view");
    setStyle("-fx-background-color: #17181c;");
    overview.setPrefHeight(fontSize * 3.5);
    overview.setMinHeight(fontSize * 2.5);
    scrollBar.setOrientation(Orientation.HORIZONTAL);
    scrollBar.valueProperty().addListener((o, a, b) -> scrolled(b.doubleValue()));
    setTop(overview);
    setCenter(channelBox);
    setBottom(new VBox(scrollBar, new TimeReadout(this)));
    new ViewMouse(this, channelBox).install();
    traceMode.addListener((o, a, b) -> requestRedraw());
    verticalZoom.addListener((o, a, b) -> requestRedraw());
    dbfs.addListener((o, a, b) -> requestRedraw());
    selection.addListener((o, a, b) -> requestRedraw());
    playhead.addListener((o, a, b) -> requestRedraw());
  }

  /** Shows a recording, zoomed to fit; the restored trace is cleared. */
  public void setRecording(
      SampleStore original,
      MinMaxPyramid pyramid,
      List<Optional<ClipLevels>> levelsPerChannel,
      List<ClippedRun> runs) {
    if (pyramid.channels() != original.channels() || pyramid.frames() != original.frames()) {
      throw new IllegalArgumentException("the pyramid does not summarise this recording");
    }
    this.recording = new Recording(original, pyramid, List.copyOf(levelsPerChannel), null, null);
    this.runs = new RunIndex(runs);
    sampleRate.set(original.sampleRate());
    pointer.set(-1);
    lastJump = null;
    buildCharts(original.channels());
    overview.setRecording(pyramid, this.runs);
    selection.set(null);
    setViewport(Viewport.fit(Math.max(1, original.frames())));
  }

  /** Adds (or with nulls removes) the restored trace, the same length as the original. */
  public void setRestored(SampleStore restoredOrNull, MinMaxPyramid pyramidOrNull) {
    if (recording == null) {
      throw new IllegalStateException("no recording shown");
    }
    if (restoredOrNull != null
        && (pyramidOrNull == null || restoredOrNull.frames() != recording.original().frames())) {
      throw new IllegalArgumentException("the restored audio does not match the recording");
    }
    recording = recording.withRestored(restoredOrNull, pyramidOrNull);
    requestRedraw();
  }

  /**
   * Shows other clip levels and runs (levels moved by hand) keeping the zoom, the selection and the
   * restored trace.
   */
  public void setClipping(List<Optional<ClipLevels>> levelsPerChannel, List<ClippedRun> runs) {
    if (recording == null) {
      throw new IllegalStateException("no recording shown");
    }
    recording =
        new Recording(
            recording.original(),
            recording.pyramid(),
            List.copyOf(levelsPerChannel),
            recording.restored(),
            recording.restoredPyramid());
    this.runs = new RunIndex(runs);
    overview.setRecording(recording.pyramid(), this.runs);
    requestRedraw();
  }

  /** Vertical magnification, from 1 (full scale) up to {@link #MAX_VERTICAL_ZOOM}. */
  public DoubleProperty verticalZoomProperty() {
    return verticalZoom;
  }

  /** Label the level axis in dBFS rather than linear full scale. */
  public BooleanProperty dbfsProperty() {
    return dbfs;
  }

  /** The frame under the mouse pointer, -1 when it is not over the channels. */
  public LongProperty pointerProperty() {
    return pointer;
  }

  int getSampleRate() {
    return sampleRate.get();
  }

  public ReadOnlyIntegerProperty sampleRateProperty() {
    return sampleRate.getReadOnlyProperty();
  }

  public void zoomInVertically() {
    verticalZoom.set(Math.min(MAX_VERTICAL_ZOOM, verticalZoom.get() * 2));
  }

  public void zoomOutVertically() {
    verticalZoom.set(Math.max(1, verticalZoom.get() / 2));
  }

  public ObjectProperty<TraceMode> traceModeProperty() {
    return traceMode;
  }

  /** The selected frames, or null when nothing is selected. */
  public ObjectProperty<FrameRange> selectionProperty() {
    return selection;
  }

  /** The playhead frame; -1 hides it. */
  public LongProperty playheadProperty() {
    return playhead;
  }

  public ReadOnlyObjectProperty<FrameRange> visibleRangeProperty() {
    return visibleRange.getReadOnlyProperty();
  }

  /** How long the last redraw of the channels took, in milliseconds (NaN before the first). */
  public ReadOnlyDoubleProperty lastRedrawMillisProperty() {
    return lastRedrawMillis.getReadOnlyProperty();
  }

  public void zoomIn() {
    zoomAround(centre(), 0.5);
  }

  public void zoomOut() {
    zoomAround(centre(), 2);
  }

  public void zoomToFit() {
    if (viewport != null) {
      setViewport(Viewport.fit(viewport.totalFrames()));
    }
  }

  public void zoomToSelection() {
    FrameRange selected = selection.get();
    if (viewport != null && selected != null && selected.length() > 0) {
      setViewport(viewport.withSpan(selected.start(), selected.length()));
    }
  }

  /**
   * Zooms to the next clipped run of any channel: after the run this method last showed if the view
   * has not moved since, else from the playhead if it is in view, else from the view's start.
   *
   * @return false when there is no further run
   */
  public boolean zoomToNextClippedRun() {
    if (viewport == null) {
      return false;
    }
    long from;
    if (lastJump != null && viewport.visible().equals(lastJumpView)) {
      from = lastJump.startFrame();
    } else if (playhead.get() >= 0 && viewport.visible().contains(playhead.get())) {
      from = playhead.get();
    } else {
      from = viewport.visible().start() - 1;
    }
    Optional<ClippedRun> next = runs.firstStartingAfter(from);
    if (next.isEmpty()) {
      return false;
    }
    ClippedRun run = next.get();
    long minSpan = Math.max(Viewport.MIN_FRAMES * 4, recording.original().sampleRate() / 50);
    FrameRange runRange = new FrameRange(run.startFrame(), run.startFrame() + run.length());
    Viewport shown = viewport.around(runRange, 1.5);
    if (shown.visible().length() < minSpan) {
      shown = shown.withSpan(runRange.start() + run.length() / 2.0 - minSpan / 2.0, minSpan);
    }
    setViewport(shown);
    lastJump = run;
    lastJumpView = shown.visible();
    return true;
  }

  /** Scrolls so that {@code frame} is visible, centring it if it was not. */
  public void showFrame(long frame) {
    if (viewport != null && !viewport.visible().contains(frame)) {
      centreOn(frame);
    }
  }

  // ---- package-private for the mouse and tests ----

  Viewport viewport() {
    return viewport;
  }

  List<ChannelChart> charts() {
    return charts;
  }

  void setViewport(Viewport next) {
    viewport = next;
    visibleRange.set(next.visible());
    overview.setViewport(next);
    syncScrollBar();
    requestRedraw();
  }

  void zoomAround(double frame, double factor) {
    if (viewport != null) {
      setViewport(viewport.zoomAround(frame, factor));
    }
  }

  void centreOn(double frame) {
    if (viewport != null) {
      setViewport(viewport.centreOn(frame));
    }
  }

  /** The data area of the channels (all share it), in the first chart's canvas coordinates. */
  Rectangle2D dataArea() {
    Rectangle2D area = charts.isEmpty() ? null : charts.get(0).dataArea();
    if (area != null) {
      return area;
    }
    double left = fontSize * 3.2;
    double width = charts.isEmpty() ? 1 : charts.get(0).canvas().getWidth() - left - fontSize * 2.5;
    return new Rectangle2D.Double(left, 0, Math.max(1, width), 1);
  }

  /** Redraws now rather than on the next pulse; returns the milliseconds taken. */
  double redrawNow() {
    redrawPending = false;
    if (recording == null
        || viewport == null
        || charts.isEmpty()
        || recording.original().frames() == 0) {
      return 0;
    }
    long t0 = System.nanoTime();
    Rectangle2D area = dataArea();
    int columns = (int) Math.max(1, Math.round(area.getWidth()));
    for (int c = 0; c < charts.size(); c++) {
      drawer.draw(
          charts.get(c),
          c,
          recording,
          runs,
          viewport,
          columns,
          traceMode.get(),
          selection.get(),
          playhead.get(),
          new Scale(verticalZoom.get(), dbfs.get()));
    }
    overview.setInsets(area.getX(), overview.getWidth() - area.getMaxX());
    double millis = (System.nanoTime() - t0) / 1e6;
    lastRedrawMillis.set(millis);
    return millis;
  }

  private void requestRedraw() {
    if (!redrawPending) {
      redrawPending = true;
      Platform.runLater(this::redrawNow); // many changes in one pulse make one redraw
    }
  }

  private double centre() {
    long play = playhead.get();
    if (play >= 0 && viewport != null && viewport.visible().contains(play)) {
      return play;
    }
    return viewport == null ? 0 : (viewport.visible().start() + viewport.visible().end()) / 2.0;
  }

  private void buildCharts(int channels) {
    charts.clear();
    channelBox.getChildren().clear();
    for (int c = 0; c < channels; c++) {
      ChannelChart chart = new ChannelChart(fontSize, c == channels - 1);
      charts.add(chart);
      Pane holder = new Pane(chart.canvas());
      chart.canvas().widthProperty().bind(holder.widthProperty());
      chart.canvas().heightProperty().bind(holder.heightProperty());
      holder.widthProperty().addListener((o, a, b) -> requestRedraw());
      holder.setMinSize(0, 0);
      Label name = new Label(channelName(c, channels));
      name.setStyle("-fx-text-fill: #9aa1ad; -fx-font-size: 0.85em; -fx-padding: 0.2em 0.5em;");
      name.setMouseTransparent(true);
      StackPane cell = new StackPane(holder, name);
      StackPane.setAlignment(name, javafx.geometry.Pos.TOP_LEFT);
      cell.setMinHeight(fontSize * 4);
      VBox.setVgrow(cell, Priority.ALWAYS);
      channelBox.getChildren().add(cell);
    }
  }

  private static String channelName(int channel, int channels) {
    if (channels == 2) {
      return channel == 0 ? "L" : "R";
    }
    return channels == 1 ? "M" : Integer.toString(channel + 1);
  }

  private void syncScrollBar() {
    syncingScrollBar = true;
    FrameRange v = viewport.visible();
    scrollBar.setMin(0);
    scrollBar.setMax(Math.max(1, viewport.totalFrames() - v.length()));
    scrollBar.setVisibleAmount(
        Math.max(1, v.length() * scrollBar.getMax() / viewport.totalFrames()));
    scrollBar.setUnitIncrement(Math.max(1, v.length() / 20.0));
    scrollBar.setBlockIncrement(Math.max(1, v.length() * 0.9));
    scrollBar.setValue(v.start());
    syncingScrollBar = false;
  }

  private void scrolled(double start) {
    if (!syncingScrollBar && viewport != null) {
      setViewport(viewport.withSpan(start, viewport.visible().length()));
    }
  }
}
