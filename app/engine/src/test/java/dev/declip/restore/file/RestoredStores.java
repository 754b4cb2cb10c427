package dev.declip.restore.file;

import dev.declip.samples.SampleStore;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Restored stores made by a test, whose temporary files are deleted after each test. */
final class RestoredStores implements AfterEachCallback {
  private final List<RestoredStore> stores = new ArrayList<>();

  RestoredStore over(SampleStore original) throws Exception {
    return add(RestoredStore.over(original));
  }

  /** Takes a store made otherwise (a layer above another) into the same clean-up. */
  RestoredStore add(RestoredStore store) {
    stores.add(store);
    return store;
  }

  @Override
  public void afterEach(ExtensionContext context) {
    stores.forEach(RestoredStore::close);
    stores.clear();
  }
}
