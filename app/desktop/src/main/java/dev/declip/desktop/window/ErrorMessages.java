package dev.declip.desktop.window;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;

/**
 * One line for the user from a failure: the engine's own messages name the file and say what is
 * wrong, so they are shown as they are; anything else gets a plain sentence, never a stack trace.
 */
public final class ErrorMessages {
  static final int MAX_LENGTH = 300;

  private ErrorMessages() {}

  public static String oneLine(Throwable error) {
    Throwable e = error;
    while ((e instanceof UncheckedIOException || e.getClass() == RuntimeException.class)
        && e.getCause() != null) {
      e = e.getCause();
    }
    String text;
    if (e instanceof NoSuchFileException missing) {
      text = missing.getFile() + ": file not found";
    } else if (e instanceof AccessDeniedException denied) {
      text = denied.getFile() + ": permission denied";
    } else if (e instanceof OutOfMemoryError) {
      text = "not enough memory; close other recordings or start with a larger -Xmx";
    } else if (e.getMessage() != null && !e.getMessage().isBlank()) {
      text = (e instanceof IOException ? "" : "unexpected error: ") + e.getMessage();
    } else {
      text = "unexpected error (" + e.getClass().getSimpleName() + ")";
    }
    String line = text.strip().lines().findFirst().orElse(text);
    return line.length() > MAX_LENGTH ? line.substring(0, MAX_LENGTH - 1) + "…" : line;
  }
}
