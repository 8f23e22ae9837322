package io.listcheck.match;

import io.listcheck.model.Alias;
import io.listcheck.model.AliasKind;
import io.listcheck.model.ListEntry;
import io.listcheck.normalize.CountryNames;
import io.listcheck.normalize.Romanisation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The names of listed entries worth screening, with kind labels. OFAC does not expect its weak aliases to be screened
 * (FAQs 122-124: nicknames, generic words, acronyms such as "PPL"): a hit on one is reviewed, never matched ({@link
 * TokenMatcher}), and one of up to {@value #SHORT_WEAK_ALIAS} characters is screened only against a supplier name
 * written in Cyrillic ({@link #screenedFor}), and only one of an organisation listed in a country that writes in
 * Cyrillic: OFAC gives many Russian organisations' own acronyms as weak aliases ("VNIIRT", "AO TPZ"), which a supplier
 * writing "ВНИИРТ" names, while "EDS" or "PPL" in a Latin supplier name would be noise. The CSL's copy of
 * an OFAC entry prints every alias alike, so an alias the linked entry marks weak is weak in the copy too; and a copy
 * of an entry OFAC has since delisted is not screened at all ({@link #copiesDelisted}).
 */
public final class ScreenedNames {
  static final int SHORT_WEAK_ALIAS = 8;
  /** Countries whose languages are written in Cyrillic (ISO codes). */
  private static final Set<String> CYRILLIC_COUNTRIES =
      Set.of("RU", "BY", "UA", "KZ", "KG", "TJ", "UZ", "MN", "BG", "RS", "MK", "BA", "ME");
  static final String WEAK = AliasKind.WEAK_AKA.label();

  private final Map<String, Set<String>> weakByEntry = new HashMap<>();
  private final Set<String> ids = new HashSet<>();
  /** Per source, the largest entry number it holds, for sources whose keys are numbers. */
  private final Map<String, Long> largestNumber = new HashMap<>();

  public ScreenedNames(List<ListEntry> entries) {
    for (ListEntry entry : entries) {
      ids.add(entry.id());
      long number = number(entry.id());
      if (number >= 0) {
        largestNumber.merge(entry.sourceId(), number, Math::max);
      }
      for (Alias alias : entry.aliases()) {
        if (alias.kind() == AliasKind.WEAK_AKA) {
          weakByEntry.computeIfAbsent(entry.id(), id -> new HashSet<>()).add(key(alias.name()));
        }
      }
    }
  }

  /** Gives {@code sink} the primary name and every alias worth screening, with its kind label. */
  void forEach(ListEntry entry, BiConsumer<String, String> sink) {
    if (copiesDelisted(entry)) {
      return;
    }
    sink.accept(entry.primaryName(), "primary");
    for (Alias alias : entry.aliases()) {
      boolean weak = isWeak(entry, alias);
      if (!weak) {
        sink.accept(alias.name(), alias.kind().label());
      } else if (!isShortWeak(alias.name(), WEAK) || mayWriteItsAcronymInCyrillic(entry)) {
        sink.accept(alias.name(), WEAK);
      }
    }
  }

  /**
   * Whether a short weak alias of {@code entry} may be its own acronym romanised from Cyrillic: the entry is an
   * organisation (a person's short weak aliases are nicknames) whose listing names a country that writes in Cyrillic
   * ("MIT" of Mujahidin Indonesia Timur is not the Moscow institute "АО «Корпорация «МИТ»").
   */
  private static boolean mayWriteItsAcronymInCyrillic(ListEntry entry) {
    return !ListedEntries.person(entry) && entry.countries().stream().map(CountryNames::code).flatMap(Optional::stream)
        .anyMatch(CYRILLIC_COUNTRIES::contains);
  }

  /**
   * Whether a listed name of this kind is screened against {@code supplierName}: a short weak alias only against a name
   * written in Cyrillic.
   */
  static boolean screenedFor(String listedName, String kindLabel, String supplierName) {
    return !isShortWeak(listedName, kindLabel) || Romanisation.hasCyrillic(supplierName);
  }

  static boolean isShortWeak(String listedName, String kindLabel) {
    return kindLabel.equals(WEAK) && listedName.length() <= SHORT_WEAK_ALIAS;
  }

  /**
   * The names of {@code entry} a screen must find (the quality sets and the bench files inject these): the primary name
   * and every alias that is not weak; none for a copy of a delisted entry.
   */
  public List<String> namesToFind(ListEntry entry) {
    if (copiesDelisted(entry)) {
      return List.of();
    }
    List<String> names = new ArrayList<>(List.of(entry.primaryName()));
    for (Alias alias : entry.aliases()) {
      if (!isWeak(entry, alias)) {
        names.add(alias.name());
      }
    }
    return names;
  }

  /** Whether {@code alias} of {@code entry} is weak: so marked, or so marked by the entry it is a copy of. */
  boolean isWeak(ListEntry entry, Alias alias) {
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

  /**
   * Whether {@code entry} is a copy of an entry its own publisher no longer lists. The CSL's Treasury rows carry OFAC's
   * entry number in their key ("sdn-11633") and are linked to OFAC's entry, and OFAC numbers entries in the order of
   * designation: a linked number below the largest one OFAC's loaded file holds, yet missing from it, was delisted after
   * the copy was made (the shipped CSL of 2022 has 498 such rows against OFAC's files of 2024-2026), while a larger
   * one is newer than OFAC's file and stays screened. An entry whose key does not carry the number (a custom list's
   * row linked to an OFAC entry) is not a copy, and is always screened.
   */
  boolean copiesDelisted(ListEntry entry) {
    for (String linked : entry.linkedTo()) {
      long number = number(linked);
      Long largest = number < 0 ? null : largestNumber.get(linked.substring(0, linked.indexOf(':')));
      if (largest != null && number < largest && !ids.contains(linked) && entry.id().endsWith("-" + number)) {
        return true;
      }
    }
    return false;
  }

  /** The number of an id "source:number", or -1 for any other id (or a name, as OFAC's "Linked To:" gives). */
  private static long number(String id) {
    int colon = id.indexOf(':');
    String key = id.substring(colon + 1);
    boolean numbered = colon > 0 && !key.isEmpty() && key.length() < 19 && key.chars().allMatch(c -> c >= '0' && c <= '9');
    return numbered ? Long.parseLong(key) : -1;
  }

  private static String key(String name) {
    return name.strip().toUpperCase(Locale.ROOT);
  }
}
