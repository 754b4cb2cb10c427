package dev.declip.desktop.settings;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The files opened last, most recent first: at most {@link #MAX} of them, each once (compared as
 * absolute, normalized paths).
 */
public record RecentFiles(List<Path> paths) {
  public static final int MAX = 10;

  public RecentFiles {
    Set<Path> unique = new LinkedHashSet<>();
    for (Path p : paths) {
      if (unique.size() == MAX) {
        break;
      }
      unique.add(p.toAbsolutePath().normalize());
    }
    paths = List.copyOf(unique);
  }

  public static RecentFiles none() {
    return new RecentFiles(List.of());
  }

  /**
   * The list with {@code file} moved or added to the front; the oldest falls off past {@link #MAX}.
   */
  public RecentFiles opened(Path file) {
    List<Path> next = new ArrayList<>(paths.size() + 1);
    next.add(file);
    next.addAll(paths);
    return new RecentFiles(next);
  }

  /** The list without {@code file} (e.g. after it failed to open). */
  public RecentFiles without(Path file) {
    Path gone = file.toAbsolutePath().normalize();
    return new RecentFiles(paths.stream().filter(p -> !p.equals(gone)).toList());
  }

  /** The list without files that no longer exist. */
  public RecentFiles existing() {
    return new RecentFiles(paths.stream().filter(Files::isRegularFile).toList());
  }
}
