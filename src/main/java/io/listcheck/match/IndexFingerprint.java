package io.listcheck.match;

import com.ibm.icu.util.VersionInfo;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Identifies the code that analyses listed names, so that a precomputed index built by another version is never
 * used: SHA-256 over the index format, the ICU version, the Java feature version (its Unicode tables decide which
 * characters are Han or Latin), and the bytes of every class and table in the packages whose behaviour decides an
 * analysed name or an indexed one: {@code model} (which entries and aliases are screened), {@code normalize} (the
 * analysis and its word tables) and {@code match}. Any change there, even one that would not change a single name,
 * makes existing indexes stale; {@code listcheck update} then writes a new one. Hashing the code rather than trusting
 * a version number nobody remembers to bump keeps several people changing the normalizer at once safe.
 */
final class IndexFingerprint {
  private static final List<String> PACKAGES =
      List.of("io/listcheck/model/", "io/listcheck/normalize/", "io/listcheck/match/");

  private IndexFingerprint() {}

  /** Computed once per process; empty when this code's own class files cannot be read (then no index is used). */
  private static final class Holder {
    static final Optional<String> CURRENT = compute();
  }

  static Optional<String> current() {
    return Holder.CURRENT;
  }

  private static Optional<String> compute() {
    try {
      CodeSource source = IndexFingerprint.class.getProtectionDomain().getCodeSource();
      if (source == null) {
        return Optional.empty();
      }
      Path location = Path.of(source.getLocation().toURI());
      TreeMap<String, byte[]> files = Files.isDirectory(location) ? fromDirectory(location) : fromJar(location);
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(("listcheck-index/" + IndexFile.FORMAT + " icu " + VersionInfo.ICU_VERSION + " java "
          + Runtime.version().feature()).getBytes(StandardCharsets.UTF_8));
      files.forEach((name, bytes) -> {
        sha.update(name.getBytes(StandardCharsets.UTF_8));
        sha.update(bytes);
      });
      return Optional.of(HexFormat.of().formatHex(sha.digest()));
    } catch (IOException | URISyntaxException | RuntimeException e) {
      return Optional.empty();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }

  private static TreeMap<String, byte[]> fromJar(Path jar) throws IOException {
    TreeMap<String, byte[]> files = new TreeMap<>();
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      for (ZipEntry entry : zip.stream().filter(e -> !e.isDirectory() && inPackages(e.getName())).toList()) {
        try (InputStream in = zip.getInputStream(entry)) {
          files.put(entry.getName(), in.readAllBytes());
        }
      }
    }
    return files;
  }

  private static TreeMap<String, byte[]> fromDirectory(Path root) throws IOException {
    TreeMap<String, byte[]> files = new TreeMap<>();
    for (String pkg : PACKAGES) {
      Path dir = root.resolve(pkg);
      if (!Files.isDirectory(dir)) {
        continue;
      }
      try (Stream<Path> walk = Files.walk(dir)) {
        for (Path file : walk.filter(Files::isRegularFile).toList()) {
          files.put(root.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
        }
      }
    }
    return files;
  }

  private static boolean inPackages(String name) {
    return PACKAGES.stream().anyMatch(name::startsWith);
  }
}
