package dev.declip.desktop.waveform;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Stroke;

/**
 * The colours of the waveform, dark like an audio editor's, as AWT colours for JFreeChart and
 * JavaFX colours for the overview.
 */
final class WaveformTheme {

  static final Color BACKGROUND = new Color(0x17181c);
  static final Color PLOT = new Color(0x1d1f24);
  static final Color GRID = new Color(0x2c2f36);
  static final Color ZERO_LINE = new Color(0x3a3e47);
  static final Color AXIS_TEXT = new Color(0x9aa1ad);
  static final Color ORIGINAL = new Color(0x5aa9ff);
  static final Color RESTORED = new Color(0x4fd68a);

  /** Clipping is orange throughout, as the docs say: a faint band over the whole run, */
  static final Color CLIPPED = new Color(255, 140, 40, 40);

  /** a solid band beyond the clip levels, where the clipped waveform cannot cover it, */
  static final Color MASK = new Color(255, 140, 40, 170);

  /** and the clipped samples themselves at sample zoom. */
  static final Color CLIPPED_SAMPLE = new Color(0xff9a3c);

  static final Color CLIP_LEVEL = new Color(255, 170, 90, 230);
  static final Color SELECTION = new Color(255, 255, 255, 38);
  static final Color SELECTION_EDGE = new Color(255, 255, 255, 120);
  static final Color PLAYHEAD = new Color(0xffd24a);

  static final Stroke LEVEL_STROKE =
      new BasicStroke(
          1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {5f, 4f}, 0f);
  static final Stroke THIN = new BasicStroke(1f);
  static final Stroke TRACE = new BasicStroke(1.3f);

  static javafx.scene.paint.Color fx(Color c) {
    return javafx.scene.paint.Color.rgb(
        c.getRed(), c.getGreen(), c.getBlue(), c.getAlpha() / 255.0);
  }

  private WaveformTheme() {}
}
