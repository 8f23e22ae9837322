package io.listcheck.quality;

import io.listcheck.match.ScreenedNames;
import io.listcheck.model.EntityType;
import io.listcheck.model.Identifier;
import io.listcheck.model.ListEntry;
import io.listcheck.normalize.NameNormalizer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The project's labelled positives: variants generated from every listed organisation (exact, alias, legal form,
 * punctuation, word order, typos, abbreviations), hand-written vendor spellings and Chinese legal names (test
 * resources), and Cyrillic originals from the EU Russia annexes joined to listed entries by registration number or
 * by an identical English name.
 */
final class LabeledSet {
  private static final Pattern CYRILLIC = Pattern.compile("\\p{IsCyrillic}");
  private static final Pattern PARENTHESES = Pattern.compile("\\(([^()]*)\\)");
  private static final NameNormalizer NORMALIZER = new NameNormalizer();
  private static final Set<String> JOIN_IGNORES = Set.of("joint", "stock", "company", "public", "open", "closed",
      "jsc", "pjsc", "ojsc", "cjsc", "ao", "oao", "zao", "pao", "llc", "ooo", "limited", "liability", "ltd", "the", "of",
      "and");
  private static final Set<String> COMMON_WORDS = Set.of("joint", "stock", "company", "public", "open", "closed",
      "limited", "liability", "federal", "state", "unitary", "enterprise", "plant", "factory", "research", "institute",
      "scientific", "production", "association", "design", "bureau", "russian", "center", "centre", "named", "after",
      "corporation", "concern", "group", "holding");

  final List<Positive> positives = new ArrayList<>();
  final List<String> unresolved = new ArrayList<>();
  private final Map<String, List<ListEntry>> byName = new HashMap<>();
  private final Map<String, List<ListEntry>> byIdentifier = new HashMap<>();
  /** Listed organisations by {@link #spellingKey}, to join annex rows by an identical English name. */
  private final Map<String, List<ListEntry>> bySpelling = new HashMap<>();

  LabeledSet(List<ListEntry> entries, Path eval) {
    List<ListEntry> organisations = entries.stream().filter(e -> e.type() == EntityType.ORGANIZATION).toList();
    for (ListEntry e : organisations) {
      e.allNames().forEach(n -> byName.computeIfAbsent(key(n), k -> new ArrayList<>()).add(e));
      e.allNames().forEach(n -> bySpelling.computeIfAbsent(spellingKey(n), k -> new ArrayList<>()).add(e));
      for (Identifier id : e.identifiers()) {
        byIdentifier.computeIfAbsent(id.value().replaceAll("\\s", ""), k -> new ArrayList<>()).add(0, e);
      }
    }
    generate(organisations);
    handWritten();
    cyrillic(eval.resolve("opensanctions_list_annotations"));
  }

  private static String key(String name) {
    return NORMALIZER.analyze(name).coreKey();
  }

  /**
   * Lower-case words without punctuation and without the Russian legal forms the lists add or leave out ("JSC",
   * "Public Joint Stock Company"): "identical" as a reader would judge it, and independent of the normalizer under
   * measurement (a join by the normalizer's own keys would change as it does, and favour it).
   */
  private static String spellingKey(String name) {
    StringBuilder key = new StringBuilder();
    for (String word : name.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (!JOIN_IGNORES.contains(word)) {
        key.append(word);
      }
    }
    return key.toString();
  }

  private void generate(List<ListEntry> organisations) {
    Variants variants = new Variants(20261121L);
    ScreenedNames screened = new ScreenedNames(organisations);
    for (ListEntry e : organisations) {
      List<String> names = screened.namesToFind(e);
      if (names.isEmpty()) {
        continue; // no longer listed by its publisher
      }
      String name = e.primaryName();
      add(name, e, VariantKind.EXACT, name);
      names.subList(1, names.size()).forEach(alias -> add(alias, e, VariantKind.ALIAS, name));
      variants.legalFormSwap(name).ifPresent(v -> add(v, e, VariantKind.LEGAL_FORM, name));
      add(variants.punctuation(name), e, VariantKind.PUNCTUATION, name);
      variants.wordOrder(name).ifPresent(v -> add(v, e, VariantKind.WORD_ORDER, name));
      variants.abbreviate(name).ifPresent(v -> add(v, e, VariantKind.ABBREVIATION, name));
      variants.typo(name, 1).ifPresent(v -> add(v, e, VariantKind.TYPO, name));
      variants.typo(name, 2).ifPresent(v -> add(v, e, VariantKind.TYPO, name));
    }
  }

  private void add(String query, ListEntry expected, VariantKind kind, String madeFrom) {
    add(query, List.of(expected), kind, madeFrom);
  }

  /** A positive for the first of {@code company}'s entries; a hit on any of them counts. */
  private void add(String query, List<ListEntry> company, VariantKind kind, String madeFrom) {
    if (!NORMALIZER.analyze(query).isEmpty()) {
      positives.add(new Positive(query, company.get(0), company.subList(1, company.size()), kind, madeFrom));
    }
  }

  private void handWritten() {
    for (Map<String, String> row : EvalFiles.resourceCsv("positives.csv")) {
      resolve(row.get("query"), row.get("listed_name"), VariantKind.of(row.get("kind")));
    }
    for (Map<String, String> row : EvalFiles.resourceCsv("chinese-names.csv")) {
      resolve(row.get("query"), row.get("listed_name"), VariantKind.CHINESE);
    }
    for (Map<String, String> row : EvalFiles.resourceCsv("chinese-names-unseen.csv")) {
      resolve(row.get("query"), row.get("listed_name"), VariantKind.CHINESE_UNSEEN);
    }
    for (Map<String, String> row : EvalFiles.resourceCsv("chinese-names-heldout.csv")) {
      resolve(row.get("query"), row.get("listed_name"), VariantKind.CHINESE_HELDOUT);
    }
    for (Map<String, String> row : EvalFiles.resourceCsv("chinese-names-heldout-3.csv")) {
      resolve(row.get("query"), row.get("listed_name"), VariantKind.CHINESE_HELDOUT_3);
    }
  }

  private void resolve(String query, String listedName, VariantKind kind) {
    List<ListEntry> found = byName.getOrDefault(key(listedName), List.of()).stream()
        .filter(e -> e.allNames().contains(listedName)).toList();
    if (found.isEmpty()) {
      unresolved.add(query + " (" + listedName + " is not in the loaded lists)");
    }
    found.forEach(e -> add(query, e, kind, listedName));
  }

  /**
   * EU annex entities with a Cyrillic name, joined to a listed entry by INN/OGRN or by an identical English name;
   * each Cyrillic spelling (full name, and the short form in parentheses) is one positive.
   */
  private void cyrillic(Path annotations) {
    Set<String> seen = new LinkedHashSet<>();
    for (String file : List.of("eu_reg_269_2014_russia_assetfreeze.csv", "eu_reg_833_2014_russia_sectoral.csv")) {
      for (Map<String, String> row : EvalFiles.csv(annotations.resolve(file))) {
        if (row.getOrDefault("schema", "").equals("Person")) {
          continue;
        }
        List<String> spellings = spellings(row.getOrDefault("name", "") + ";" + row.getOrDefault("alias", ""));
        List<ListEntry> company = join(row, spellings);
        if (company.isEmpty()) {
          continue;
        }
        ListEntry listed = company.get(0);
        for (String spelling : spellings) {
          if (CYRILLIC.matcher(spelling).find() && seen.add(listed.id() + "|" + spelling)) {
            add(spelling, company, VariantKind.CYRILLIC, listed.primaryName());
          }
        }
      }
    }
  }

  /**
   * The listed entries of the annex row's company, the one it was always measured against first: the entry carrying
   * its INN or OGRN, else the entry of an identical English name; then every other entry either way resolves to (a
   * company is often listed twice, on the SDN list by its number and in the CSL under another spelling, and a hit
   * on either is the company found). Empty when it is not listed.
   */
  private List<ListEntry> join(Map<String, String> row, List<String> spellings) {
    Set<ListEntry> company = new LinkedHashSet<>();
    for (String column : List.of("innCode", "ogrnCode")) {
      for (String value : row.getOrDefault(column, "").split("[;,\\s]+")) {
        for (ListEntry listed : value.isBlank() ? List.<ListEntry>of() : byIdentifier.getOrDefault(value, List.of())) {
          if (!otherCompany(spellings, listed)) {
            company.add(listed);
          }
        }
      }
    }
    for (String spelling : spellings) {
      if (!CYRILLIC.matcher(spelling).find()) {
        String key = spellingKey(spelling);
        List<ListEntry> found = bySpelling.getOrDefault(key, List.of());
        // the same listing is often on two lists (an SDN entry is also in the CSL): one company, any of its entries
        Set<String> companies = new java.util.HashSet<>();
        found.forEach(e -> companies.add(spellingKey(e.primaryName())));
        if (!found.isEmpty() && companies.size() == 1 && key.length() > 5) {
          company.addAll(found);
        }
      }
    }
    return List.copyOf(company);
  }

  /**
   * Whether the annex row spells its name in Latin letters and no word of it (four letters or more, past the words
   * every Russian organisation has) starts like a word of the listed entry's names: a registration number recorded
   * on another company (OFAC prints Molot's OGRN on Severniy Press). Word starts, not the normalizer, decide, so the
   * join stays independent of what it measures.
   */
  private static boolean otherCompany(List<String> spellings, ListEntry listed) {
    Set<String> annex = wordStarts(spellings.stream().filter(s -> !CYRILLIC.matcher(s).find()).toList());
    return !annex.isEmpty() && java.util.Collections.disjoint(annex, wordStarts(listed.allNames()));
  }

  private static Set<String> wordStarts(List<String> names) {
    Set<String> starts = new java.util.HashSet<>();
    for (String name : names) {
      for (String word : name.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
        if (word.length() >= 4 && !COMMON_WORDS.contains(word)) {
          starts.add(word.substring(0, 4));
        }
      }
    }
    return starts;
  }

  private static List<String> spellings(String names) {
    List<String> out = new ArrayList<>();
    for (String part : names.split(";")) {
      Matcher m = PARENTHESES.matcher(part);
      while (m.find()) {
        out.add(m.group(1).strip());
      }
      String outer = PARENTHESES.matcher(part).replaceAll(" ").strip();
      if (!outer.isEmpty()) {
        out.add(outer);
      }
    }
    out.removeIf(String::isBlank);
    return out;
  }
}
