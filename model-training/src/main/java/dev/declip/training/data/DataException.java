package dev.declip.training.data;

/**
 * Training data that cannot be prepared as asked, with a one-line message naming the folder or file
 * and what is wrong ("clips/: no audio files found").
 */
public class DataException extends Exception {
  private static final long serialVersionUID = 1L;

  public DataException(String message) {
    super(message);
  }
}
