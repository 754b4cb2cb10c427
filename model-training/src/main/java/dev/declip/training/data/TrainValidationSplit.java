package dev.declip.training.data;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;

/**
 * Splits by file, never by window: windows of one recording are alike, and a window in training
 * beside its neighbour in validation would flatter the validation loss. A seeded shuffle of the
 * files picks {@code round(fraction * files)} of them (at least one, never all) for validation.
 *
 * <p>With a single file there is nothing to split by file, so it is split by time: the last {@code
 * ceil(fraction * n)} of its n window positions, across all channels (channels of one recording are
 * as alike as neighbouring windows), form one contiguous region at the file's end. Windows do not
 * overlap, so no sample is in both sets; only the two windows at the boundary are neighbours. A
 * file with a single window position trains only.
 */
final class TrainValidationSplit {

  record Split(
      List<TrainingWindow> train, List<TrainingWindow> validation, List<String> validationFiles) {}

  private TrainValidationSplit() {}

  static Split split(List<PreparedFile> files, double fraction, long seed) {
    if (fraction == 0 || files.isEmpty()) {
      return new Split(all(files), List.of(), List.of());
    }
    if (files.size() == 1) {
      return byTime(files.get(0), fraction);
    }
    List<PreparedFile> shuffled = new ArrayList<>(files);
    Collections.shuffle(shuffled, new Random(seed));
    int held = (int) Math.max(1, Math.min(files.size() - 1, Math.round(fraction * files.size())));
    List<PreparedFile> validation = shuffled.subList(0, held);
    List<PreparedFile> train = new ArrayList<>(files);
    train.removeAll(validation);
    return new Split(
        all(train), all(validation), validation.stream().map(PreparedFile::name).sorted().toList());
  }

  private static Split byTime(PreparedFile file, double fraction) {
    TreeSet<Long> starts = new TreeSet<>();
    file.windows().forEach(w -> starts.add(w.start()));
    int held = (int) Math.ceil(fraction * starts.size());
    if (starts.size() < 2) {
      return new Split(file.windows(), List.of(), List.of());
    }
    held = Math.min(held, starts.size() - 1);
    long first = new ArrayList<>(starts).get(starts.size() - held);
    List<TrainingWindow> train = new ArrayList<>();
    List<TrainingWindow> validation = new ArrayList<>();
    for (TrainingWindow w : file.windows()) {
      (w.start() >= first ? validation : train).add(w);
    }
    return new Split(train, validation, List.of(file.name()));
  }

  private static List<TrainingWindow> all(List<PreparedFile> files) {
    List<TrainingWindow> windows = new ArrayList<>();
    files.forEach(f -> windows.addAll(f.windows()));
    return windows;
  }
}
