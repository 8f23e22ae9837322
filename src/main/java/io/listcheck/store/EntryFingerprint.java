package io.listcheck.store;

import io.listcheck.model.ListEntry;
import java.nio.charset.StandardCharsets;
import java.util.TreeSet;

/**
 * A short hash of what a reviewer looked at when clearing a hit: the listed entry's names and programs. Order does
 * not matter (publishers reorder aliases), so a changed fingerprint means a name or program was added or removed.
 */
public final class EntryFingerprint {
  private static final String PREFIX = "sha256:";
  private static final int HEX_CHARS = 16;

  private EntryFingerprint() {}

  public static String of(ListEntry entry) {
    StringBuilder text = new StringBuilder("names");
    new TreeSet<>(entry.allNames()).forEach(n -> text.append('\n').append(n.strip()));
    text.append("\nprograms");
    TreeSet<String> programs = new TreeSet<>(entry.programs());
    if (!entry.subList().isBlank()) {
      programs.add(entry.subList().strip());
    }
    programs.forEach(p -> text.append('\n').append(p));
    return PREFIX + SnapshotStore.sha256(text.toString().getBytes(StandardCharsets.UTF_8)).substring(0, HEX_CHARS);
  }
}
