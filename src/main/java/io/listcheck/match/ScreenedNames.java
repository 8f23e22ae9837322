package io.listcheck.match;

import io.listcheck.model.Alias;
import io.listcheck.model.AliasKind;
import io.listcheck.model.ListEntry;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The names of listed entries worth screening, each with its kind label. OFAC does not expect its weak aliases to be
 * screened (FAQs 122-124: nicknames, generic words, common acronyms such as "PPL" or "FOX"): those of up to
 * {@value #SHORT_WEAK_ALIAS} characters are left out, and a hit on a longer one is reviewed, never matched
 * ({@link TokenMatcher}). A consolidated list's copy of an OFAC entry (the Trade.gov CSL's SDN rows, linked to the
 * OFAC entry) prints every alias alike, so an alias the linked entry marks weak is weak in the copy too.
 */
public final class ScreenedNames {
  static final int SHORT_WEAK_ALIAS = 8;
  static final String WEAK = AliasKind.WEAK_AKA.label();

  private final Map<String, Set<String>> weakByEntry = new HashMap<>();

  public ScreenedNames(List<ListEntry> entries) {
    for (ListEntry entry : entries) {
      for (Alias alias : entry.aliases()) {
        if (alias.kind() == AliasKind.WEAK_AKA) {
          weakByEntry.computeIfAbsent(entry.id(), id -> new HashSet<>()).add(key(alias.name()));
        }
      }
    }
  }

  /** Gives {@code sink} the primary name and every alias worth screening, with its kind label. */
  void forEach(ListEntry entry, BiConsumer<String, String> sink) {
    sink.accept(entry.primaryName(), "primary");
    for (Alias alias : entry.aliases()) {
      boolean weak = isWeak(entry, alias);
      if (!weak) {
        sink.accept(alias.name(), alias.kind().label());
      } else if (alias.name().length() > SHORT_WEAK_ALIAS) {
        sink.accept(alias.name(), WEAK);
      }
    }
  }

  /** Whether {@code alias} of {@code entry} is weak: so marked, or so marked by the entry it is a copy of. */
  public boolean isWeak(ListEntry entry, Alias alias) {
    if (alias.kind() == AliasKind.WEAK_AKA) {
      return true;
    }
    for (String linked : entry.linkedTo()) {
      Set<String> weak = weakByEntry.get(linked);
      if (weak != null && weak.contains(key(alias.name()))) {
        return true;
      }
    }
    return false;
  }

  private static String key(String name) {
    return name.strip().toUpperCase(Locale.ROOT);
  }
}
