package dev.declip.model;

import dev.declip.io.MessageText;
import java.io.IOException;

/**
 * A model file that cannot be used, with a one-line message naming the file and what is wrong
 * ("model.onnx: input must be [N, 2, T] float32 (signal, mask); found ..."). Names and values
 * quoted from the file keep it one line: their line breaks are shown escaped.
 */
public class ModelFormatException extends IOException {
  private static final long serialVersionUID = 1L;

  public ModelFormatException(String message) {
    super(MessageText.oneLine(message));
  }

  public ModelFormatException(String message, Throwable cause) {
    super(MessageText.oneLine(message), cause);
  }
}
