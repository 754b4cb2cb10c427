package dev.declip.desktop.restore;

import dev.declip.model.InferenceOptions;
import dev.declip.progress.ProgressListener;
import dev.declip.restore.AlgorithmChoice;
import dev.declip.restore.choice.OpenedAlgorithm;
import dev.declip.restore.choice.RestorationAlgorithms;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Optional;

/**
 * Keeps the last algorithm opened, so restoring again with the same model and settings does not
 * load the model again (seconds for a network). Keyed by the algorithm, the model file (path, size
 * and modification time: a model rewritten in place is loaded anew) and the inference options.
 * Closed when the file or the window closes. Its A-SPADE reports frames through {@link
 * ReportingAlgorithm}, which points it at the block being restored.
 */
public final class AlgorithmCache implements AutoCloseable {
  private record Key(
      AlgorithmChoice choice,
      Optional<Path> model,
      long modelBytes,
      FileTime modified,
      InferenceOptions inference) {}

  private Key key;
  private OpenedAlgorithm opened;
  private ReportingAlgorithm reporting;

  /** Whether {@code request} would run the algorithm already open (no loading). */
  public synchronized boolean isOpen(RestoreRequest request) throws IOException {
    return opened != null && keyOf(request).equals(key);
  }

  /** The algorithm for {@code request}: the one already open, or a newly opened one. */
  synchronized Open open(RestoreRequest request) throws IOException {
    Key wanted = keyOf(request);
    if (opened == null || !wanted.equals(key)) {
      close();
      ProgressRelay relay = new ProgressRelay();
      opened =
          RestorationAlgorithms.open(
              Optional.of(request.algorithm()), request.model(), request.inference(), relay);
      reporting = new ReportingAlgorithm(opened.algorithm(), relay);
      key = wanted;
    }
    return new Open(reporting, opened.notes());
  }

  /** An algorithm ready to run (closed by the cache, not by its user) and its notes. */
  record Open(ReportingAlgorithm algorithm, java.util.List<String> notes) {}

  private static Key keyOf(RestoreRequest request) throws IOException {
    Optional<Path> model = request.model().map(p -> p.toAbsolutePath().normalize());
    long bytes = -1;
    FileTime modified = FileTime.fromMillis(0);
    if (model.isPresent() && Files.isRegularFile(model.get())) {
      bytes = Files.size(model.get());
      modified = Files.getLastModifiedTime(model.get());
    }
    return new Key(request.algorithm(), model, bytes, modified, request.inference());
  }

  /** Releases the model (the file or the window closed). */
  @Override
  public synchronized void close() {
    if (opened != null) {
      opened.close();
    }
    opened = null;
    reporting = null;
    key = null;
  }

  /** Forwards progress to whoever listens now: the algorithm outlives a single restore. */
  static final class ProgressRelay implements ProgressListener {
    private volatile ProgressListener target = ProgressListener.NONE;

    void to(ProgressListener listener) {
      target = listener;
    }

    @Override
    public void progress(String stage, long done, long total) {
      target.progress(ReportingAlgorithm.STAGE, done, total);
    }
  }
}
