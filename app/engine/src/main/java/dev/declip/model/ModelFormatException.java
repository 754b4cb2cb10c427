package dev.declip.model;

import java.io.IOException;

/**
 * A model file that cannot be used, with a one-line message naming the file and what is wrong
 * ("model.onnx: input must be [N, 2, T] float32 (signal, mask); found ...").
 */
public class ModelFormatException extends IOException {
  private static final long serialVersionUID = 1L;

  public ModelFormatException(String message) {
    super(message);
  }

  public ModelFormatException(String message, Throwable cause) {
    super(message, cause);
  }
}
