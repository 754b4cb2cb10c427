package dev.declip.io;

/**
 * Text read from a file or typed by a user, made fit to quote in a one-line message: line breaks
 * and other control characters are shown as escapes ({@code \n}, {@code \u0000}) instead of
 * breaking the line.
 */
public final class MessageText {
  private MessageText() {}

  public static String oneLine(String text) {
    StringBuilder line = new StringBuilder(text.length());
    text.codePoints()
        .forEach(
            c -> {
              switch (c) {
                case '\n' -> line.append("\\n");
                case '\r' -> line.append("\\r");
                case '\t' -> line.append("\\t");
                default -> {
                  if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                    line.append(String.format("\\u%04x", c));
                  } else {
                    line.appendCodePoint(c);
                  }
                }
              }
            });
    return line.toString();
  }
}
