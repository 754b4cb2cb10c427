package dev.declip.clipping;

import java.io.IOException;

/** Opens something fresh each time it is asked, e.g. an audio file for another pass. */
@FunctionalInterface
public interface IoSupplier<T> {
  T get() throws IOException;
}
