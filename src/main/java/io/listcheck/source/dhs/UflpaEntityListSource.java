package io.listcheck.source.dhs;

import io.listcheck.model.Alias;
import io.listcheck.model.AliasKind;
import io.listcheck.model.EntityType;
import io.listcheck.model.ListEntry;
import io.listcheck.normalize.LegalForms;
import io.listcheck.normalize.NameNormalizer;
import io.listcheck.source.EntryKeys;
import io.listcheck.source.ListFormatException;
import io.listcheck.source.ListSource;
import io.listcheck.source.ParsedList;
import io.listcheck.source.RawFiles;
import io.listcheck.source.SourceDescriptor;
import io.listcheck.source.SourceFile;
import io.listcheck.source.TextFiles;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * The DHS UFLPA Entity List page: one table per list of UFLPA §2(d)(2)(B), each after a paragraph linking the
 * section; every row is an entity cell in prose ("NAME (including two aliases: A; and B) and subsidiaries", "NAME
 * and its eight Zhuhai-based subsidiaries, which include A, B, and C") and an effective date.
 */
public final class UflpaEntityListSource implements ListSource {
  public static final String ID = "dhs-uflpa";
  public static final String PAGE_FILE = "uflpa-entity-list.html";
  static final String PAGE_URL = "https://www.dhs.gov/uflpa-entity-list";
  private static final Pattern SECTION = Pattern.compile("Section (2\\(d\\)\\(2\\)\\(B\\)\\((?:i|ii|iii|iv|v)\\))");
  private static final Pattern ALIAS_OPENING = Pattern.compile(
      "\\((?=(?:including|and) \\w+ alias|also known as|formerly known as)", Pattern.CASE_INSENSITIVE);
  private static final Pattern ALIAS_COUNT = Pattern.compile("^(?:including|and) (\\w+) alias(?:es)?:\\s*", Pattern.CASE_INSENSITIVE);
  private static final Pattern NAMED_SUBSIDIARIES = Pattern.compile(
      "^(.+?),? and its (?:(\\w+) )?(?:[\\w-]+ )?subsidiar(?:y|ies)(?:,? which include|:)?\\s+(.+)$");
  private static final Pattern SCOPE = Pattern.compile("^(.+?),? (and (?:its )?(?:subsidiaries|subordinate and affiliated entities))$",
      Pattern.CASE_INSENSITIVE);
  private static final NameNormalizer NORMALIZER = new NameNormalizer();
  private static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH);
  private static final List<String> NUMBER_WORDS = List.of("zero", "one", "two", "three", "four", "five", "six", "seven",
      "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
      "nineteen", "twenty");

  private static final SourceDescriptor DESCRIPTOR = new SourceDescriptor(
      ID,
      "DHS UFLPA Entity List",
      "U.S. Department of Homeland Security, Forced Labor Enforcement Task Force",
      PAGE_URL,
      "Goods mined, produced or manufactured wholly or in part by a listed entity are presumed to be made with forced "
          + "labor and may not be imported into the United States; CBP detains and excludes them unless the importer "
          + "proves by clear and convincing evidence that no forced labor was used. This reaches components and raw "
          + "materials deep in a supply chain: do not buy goods for import into the US that contain inputs from a "
          + "listed entity, and ask suppliers to trace their inputs. The listing is not a ban on dealing with the "
          + "entity outside imports.",
      "Uyghur Forced Labor Prevention Act (Pub. L. 117-78) §3 and §2(d)(2)(B); Tariff Act of 1930 §307 (19 U.S.C. 1307)");

  @Override
  public SourceDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public List<SourceFile> files() {
    return List.of(new SourceFile(PAGE_FILE, PAGE_URL, true));
  }

  @Override
  public int parserVersion() {
    return 1;
  }

  @Override
  public ParsedList parse(RawFiles files) throws IOException, ListFormatException {
    Document page = Jsoup.parse(TextFiles.read(files.require(PAGE_FILE)), PAGE_URL, Parser.htmlParser().setTrackPosition(true));
    Map<String, Entity> entities = new LinkedHashMap<>();
    String newest = "";
    int tables = 0;
    for (Element table : page.select("table")) {
      String section = sectionBefore(table);
      if (section.isEmpty()) {
        continue;
      }
      tables++;
      checkHeader(table);
      for (Element tr : table.select("tbody tr")) {
        List<Element> cells = tr.select("> td");
        long line = tr.sourceRange().start().lineNumber();
        if (cells.size() != 2) {
          throw new ListFormatException(PAGE_FILE, line, "page layout changed: a row has " + cells.size() + " cells, expected 2");
        }
        String effective = isoDate(text(cells.get(1)), line);
        newest = effective.compareTo(newest) > 0 ? effective : newest;
        for (Entity parsed : readCell(text(cells.get(0)), line)) {
          Entity entity = entities.merge(parsed.key(), parsed, Entity::merge);
          entity.sections.add("Section " + section);
          entity.dates.add(effective);
        }
      }
    }
    if (tables == 0 || entities.isEmpty()) {
      throw new ListFormatException(PAGE_FILE, 0, "page layout changed: no entity table after a 'Section 2(d)(2)(B)(...)' "
          + "heading (is this the DHS UFLPA Entity List page?)");
    }
    return new ParsedList(entities.values().stream().map(Entity::build).toList(), newest, "");
  }

  /** The section of UFLPA §2(d)(2)(B) named in the paragraph just before a table, or empty for other tables. */
  private static String sectionBefore(Element table) {
    Element previous = table.previousElementSibling();
    if (previous == null) {
      return "";
    }
    Matcher m = SECTION.matcher(previous.text());
    return m.find() ? m.group(1) : "";
  }

  private static void checkHeader(Element table) throws ListFormatException {
    List<String> headers = table.select("thead th, thead td").eachText().stream().map(h -> h.toLowerCase(Locale.ROOT)).toList();
    if (headers.size() != 2 || !headers.get(0).contains("entity") || !headers.get(1).contains("effective date")) {
      throw new ListFormatException(PAGE_FILE, table.sourceRange().start().lineNumber(),
          "page layout changed: expected the headers 'Name of Entity' / 'Effective Date', found " + headers);
    }
  }

  private static String text(Element cell) {
    return cell.text().replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
  }

  private static String isoDate(String text, long line) throws ListFormatException {
    try {
      return LocalDate.parse(text, US_DATE).toString();
    } catch (DateTimeParseException e) {
      throw new ListFormatException(PAGE_FILE, line, "page layout changed: '" + text + "' is not an effective date like 'June 21, 2022'");
    }
  }

  /** One entity read from a cell, before rows of several sections are merged. */
  static final class Entity {
    final String name;
    final List<Alias> aliases = new ArrayList<>();
    String scope = "";
    String parent = "";
    final Set<String> sections = new LinkedHashSet<>();
    final Set<String> dates = new LinkedHashSet<>();
    final String printed;

    Entity(String name, String printed) {
      this.name = name;
      this.printed = printed;
    }

    String key() {
      return EntryKeys.slug(name);
    }

    /** The same entity on a second list keeps one entry; its aliases are the union. */
    Entity merge(Entity other) {
      other.aliases.stream().filter(a -> !aliases.contains(a)).forEach(aliases::add);
      return this;
    }

    ListEntry build() {
      ListEntry.Builder entry = ListEntry.builder(ID, key(), name, EntityType.ORGANIZATION)
          .subList(String.join("; ", sections)).program("UFLPA Entity List").country("China").scope(scope)
          .linkedTo(parent).appendRemarks("Printed as: " + printed);
      aliases.forEach(a -> entry.alias(a.name(), a.kind()));
      dates.forEach(d -> entry.date("Effective date", d));
      return entry.build();
    }
  }

  /** The entity of a cell and any subsidiaries the cell names, each its own entity linked to the parent. */
  static List<Entity> readCell(String cell, long line) throws ListFormatException {
    String head = cell;
    String aliasText = "";
    String tail = "";
    Matcher opening = ALIAS_OPENING.matcher(cell);
    if (opening.find()) {
      int close = matchingClose(cell, opening.start());
      if (close < 0) {
        throw new ListFormatException(PAGE_FILE, line, "unbalanced parentheses in '" + cell + "'");
      }
      head = cell.substring(0, opening.start()).strip();
      aliasText = cell.substring(opening.start() + 1, close).strip();
      tail = cell.substring(close + 1).strip();
    }
    String rest = (head + (tail.isEmpty() ? "" : " " + tail)).strip();
    List<Entity> entities = new ArrayList<>();
    Matcher named = NAMED_SUBSIDIARIES.matcher(rest);
    Matcher scope = SCOPE.matcher(rest);
    Entity entity;
    if (named.matches()) {
      entity = new Entity(stripComma(named.group(1)), cell);
      entity.scope = "and its listed subsidiaries";
      entities.add(entity);
      for (String subsidiary : splitList(named.group(3))) {
        Entity sub = new Entity(subsidiary, cell);
        sub.parent = entity.name;
        entities.add(sub);
      }
    } else if (scope.matches()) {
      entity = new Entity(stripComma(scope.group(1)), cell);
      entity.scope = scope.group(2);
      entities.add(entity);
    } else {
      entity = new Entity(stripComma(rest), cell);
      entities.add(entity);
    }
    if (!aliasText.isEmpty()) {
      entity.aliases.addAll(aliases(aliasText, cell, line));
    }
    if (entity.name.isEmpty()) {
      throw new ListFormatException(PAGE_FILE, line, "no entity name in '" + cell + "'");
    }
    return entities;
  }

  /** "including three aliases: A; B; and C", "also known as A; and formerly known as B". */
  static List<Alias> aliases(String text, String cell, long line) throws ListFormatException {
    Matcher count = ALIAS_COUNT.matcher(text);
    int expected = -1;
    String list = text;
    if (count.find()) {
      expected = NUMBER_WORDS.indexOf(count.group(1).toLowerCase(Locale.ROOT));
      list = text.substring(count.end());
    }
    List<String> parts = splitList(list);
    if (expected > 0 && parts.size() != expected) {
      List<String> byAnd = List.of(list.split(" and "));
      if (byAnd.size() == expected) {
        parts = byAnd.stream().map(String::strip).toList();
      } else {
        throw new ListFormatException(PAGE_FILE, line, "the cell announces " + expected + " aliases but lists " + parts.size()
            + ": '" + cell + "'");
      }
    }
    List<Alias> aliases = new ArrayList<>();
    AliasKind kind = AliasKind.AKA;
    for (String part : parts) {
      String name = part;
      if (name.toLowerCase(Locale.ROOT).startsWith("also known as ")) {
        kind = AliasKind.AKA;
        name = name.substring("also known as ".length());
      } else if (name.toLowerCase(Locale.ROOT).startsWith("formerly known as ")) {
        kind = AliasKind.FKA;
        name = name.substring("formerly known as ".length());
      }
      aliases.add(new Alias(name.strip(), kind));
    }
    return aliases;
  }

  /**
   * "A; B; and C" or "A, B, and C" (semicolons win when present). With commas, a part that is only a legal form
   * ("Ltd.") belongs to the name before it: "Zhuhai Pantum Electronics Co., Ltd., and X" is two names.
   */
  private static List<String> splitList(String text) {
    String separator = text.contains(";") ? ";" : ",";
    List<String> items = new ArrayList<>();
    for (String item : text.split(separator)) {
      String name = item.strip().replaceFirst("^and\\s+", "").strip();
      if (name.isEmpty()) {
        continue;
      }
      if (separator.equals(",") && !items.isEmpty() && isLegalFormOnly(name)) {
        items.set(items.size() - 1, items.get(items.size() - 1) + ", " + name);
      } else {
        items.add(name);
      }
    }
    return items;
  }

  private static boolean isLegalFormOnly(String part) {
    List<String> tokens = NORMALIZER.tokens(part);
    return !tokens.isEmpty() && tokens.stream().allMatch(LegalForms::isLegalForm);
  }

  private static int matchingClose(String text, int open) {
    int depth = 0;
    for (int i = open; i < text.length(); i++) {
      if (text.charAt(i) == '(') {
        depth++;
      } else if (text.charAt(i) == ')' && --depth == 0) {
        return i;
      }
    }
    return -1;
  }

  private static String stripComma(String name) {
    return name.replaceAll("[,\\s]+$", "").strip();
  }
}
