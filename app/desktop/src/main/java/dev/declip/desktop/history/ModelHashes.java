package dev.declip.desktop.history;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

/** SHA-256 of model files, each file read once per log. */
final class ModelHashes {
  private final Map<Path, String> known = new HashMap<>();

  String sha256(Path model) throws IOException {
    Path key = model.toAbsolutePath().normalize();
    String hash = known.get(key);
    if (hash == null) {
      hash = hash(key);
      known.put(key, hash);
    }
    return hash;
  }

  private static String hash(Path file) throws IOException {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
    try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
      in.transferTo(java.io.OutputStream.nullOutputStream());
    }
    return HexFormat.of().formatHex(digest.digest());
  }
}
