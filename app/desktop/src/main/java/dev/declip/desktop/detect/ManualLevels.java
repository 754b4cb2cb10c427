package dev.declip.desktop.detect;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;

/**
 * Clip levels of one channel set by hand, as linear magnitudes in (0, 1]. A polarity that is not
 * {@code clipped} did not clip.
 */
public final class ManualLevels {
  private final DoubleProperty positive = new SimpleDoubleProperty(1);
  private final DoubleProperty negative = new SimpleDoubleProperty(1);
  private final BooleanProperty positiveClipped = new SimpleBooleanProperty(true);
  private final BooleanProperty negativeClipped = new SimpleBooleanProperty(true);

  public DoubleProperty positiveProperty() {
    return positive;
  }

  public DoubleProperty negativeProperty() {
    return negative;
  }

  public BooleanProperty positiveClippedProperty() {
    return positiveClipped;
  }

  public BooleanProperty negativeClippedProperty() {
    return negativeClipped;
  }

  /** This channel's entry in the engine's level syntax, e.g. {@code +0.891/-0.85} or none. */
  String spec() {
    String pos = positiveClipped.get() ? linear(positive.get()) : "none";
    String neg = negativeClipped.get() ? linear(negative.get()) : "none";
    return pos + "/" + neg;
  }

  private static String linear(double value) {
    return String.format(java.util.Locale.ROOT, "%.6f", Math.max(1e-5, Math.min(1, value)));
  }
}
