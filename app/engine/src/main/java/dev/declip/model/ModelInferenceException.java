package dev.declip.model;

/**
 * A model that loaded but failed while running (e.g. a graph that only accepts some window
 * lengths). Unchecked because {@link DeclipNetwork#predict} declares no exceptions; the message is
 * one line meant for the user.
 */
public class ModelInferenceException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ModelInferenceException(String message, Throwable cause) {
    super(message, cause);
  }
}
