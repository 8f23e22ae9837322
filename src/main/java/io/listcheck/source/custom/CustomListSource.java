package io.listcheck.source.custom;

import io.listcheck.model.AliasKind;
import io.listcheck.model.EntityType;
import io.listcheck.model.ListEntry;
import io.listcheck.source.CsvTable;
import io.listcheck.source.EntryKeys;
import io.listcheck.source.ListFormatException;
import io.listcheck.source.ListSource;
import io.listcheck.source.ParsedList;
import io.listcheck.source.RawFiles;
import io.listcheck.source.SourceDescriptor;
import io.listcheck.source.SourceFile;
import io.listcheck.source.SourceRegistry;
import io.listcheck.source.TextFiles;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A list the user supplies as a CSV of names (an internal blocklist, or a transcription of an official list whose
 * file is not at hand), mapped onto the same entries, reports and checks as the official sources.
 */
public final class CustomListSource implements ListSource {
  private static final String ISO_DATE = "\\d{4}(-\\d{2}(-\\d{2})?)?";

  private final CustomListConfig config;
  private final Path file;
  private final SourceDescriptor descriptor;

  public CustomListSource(CustomListConfig config, Path configFile, SourceRegistry standard) {
    this.config = config;
    Path folder = configFile.toAbsolutePath().getParent();
    this.file = folder.resolve(config.file()).normalize();
    Optional<SourceDescriptor> official = standard.find(config.id()).map(ListSource::descriptor);
    this.descriptor = new SourceDescriptor(config.id(),
        pick(config.title(), official.map(SourceDescriptor::title), "Custom list " + config.id()),
        pick(config.publisher(), official.map(SourceDescriptor::publisher), "internal (user-supplied list)"),
        pick(config.officialUrl(), official.map(SourceDescriptor::officialUrl), ""),
        pick(config.consequence(), official.map(SourceDescriptor::consequence),
            "An internal list of your organization, not a government list: follow your own procedure for its entries."),
        pick(config.citation(), official.map(SourceDescriptor::citation), "internal policy"));
  }

  /** Reads a config file and the source it describes. */
  public static CustomListSource load(Path configFile, SourceRegistry standard) throws IOException, ListFormatException {
    return new CustomListSource(CustomListConfig.read(configFile), configFile, standard);
  }

  private static String pick(String configured, Optional<String> official, String fallback) {
    return configured != null && !configured.isBlank() ? configured : official.orElse(fallback);
  }

  /** The CSV this source imports. */
  public Path file() {
    return file;
  }

  public String fileName() {
    return file.getFileName().toString();
  }

  @Override
  public SourceDescriptor descriptor() {
    return descriptor;
  }

  @Override
  public List<SourceFile> files() {
    return List.of(new SourceFile(fileName(), "", true));
  }

  @Override
  public int parserVersion() {
    return 1;
  }

  @Override
  public ParsedList parse(RawFiles files) throws IOException, ListFormatException {
    String name = fileName();
    Map<String, Merged> byKey = new LinkedHashMap<>();
    Header[] header = new Header[1];
    int[] filtered = new int[1];
    // TextFiles drops a BOM and falls back to Windows-1252, which is what spreadsheet exports need.
    byte[] utf8 = TextFiles.read(files.require(name)).getBytes(StandardCharsets.UTF_8);
    int rows = CsvTable.read(new ByteArrayInputStream(utf8), name, names -> header[0] = Header.of(names, name, config), (line, cells) -> {
      if (header[0].selected(cells)) {
        add(new CustomRow(name, line, cells, header[0]), byKey);
      } else {
        filtered[0]++;
      }
    });
    List<ListEntry> entries = byKey.values().stream().map(Merged::build).toList();
    return new ParsedList(entries, config.asOf(), provenance(rows, filtered[0], entries.size()));
  }

  private String provenance(int rows, int filtered, int entries) {
    StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "Custom list import of %s: %d rows", fileName(), rows));
    if (!config.where().isEmpty()) {
      text.append(String.format(Locale.ROOT, ", %d selected by %s", rows - filtered, config.where().entrySet().stream()
          .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", "))));
    }
    text.append(String.format(Locale.ROOT, ", %d entries.", entries));
    if (config.provenance() != null && !config.provenance().isBlank()) {
      text.append(' ').append(config.provenance().strip());
    }
    return text.toString();
  }

  private void add(CustomRow row, Map<String, Merged> byKey) throws ListFormatException {
    CustomListConfig.Columns c = config.columns();
    String name = row.get(c.name());
    if (name.isEmpty()) {
      throw row.error("no name in column '" + c.name() + "'");
    }
    String key = c.key() == null ? EntryKeys.slug(name) : row.get(c.key());
    if (key.isEmpty()) {
      throw row.error("no key in column '" + c.key() + "'");
    }
    Merged merged = byKey.get(key);
    if (merged == null) {
      EntityType type = c.type() == null ? EntityType.ORGANIZATION : EntityType.ofListType(row.get(c.type()));
      merged = new Merged(ListEntry.builder(config.id(), key, name, type), name);
      byKey.put(key, merged);
      if (config.program() != null) {
        merged.entry.program(config.program());
      }
    } else if (!merged.name.equals(name)) {
      throw row.error("key '" + key + "' is already used by '" + merged.name + "'");
    }
    fill(row, merged);
  }

  private void fill(CustomRow row, Merged merged) throws ListFormatException {
    CustomListConfig.Columns c = config.columns();
    ListEntry.Builder entry = merged.entry;
    merged.notes.add(row.get(c.notes()));
    for (String alias : row.split(c.aliases(), config.aliasSeparator())) {
      aliasOrNote(entry, merged, alias, AliasKind.AKA);
    }
    for (String former : row.split(c.formerNames(), config.aliasSeparator())) {
      aliasOrNote(entry, merged, former, AliasKind.FKA);
    }
    entry.linkedTo(row.get(c.linkedTo()));
    entry.country(row.get(c.country()));
    String subList = row.get(c.subList());
    if (!subList.isEmpty()) {
      merged.subLists.add(String.format(config.subListFormat(), subList));
    }
    String listed = row.get(c.listed());
    if (!listed.isEmpty()) {
      if (!listed.matches(ISO_DATE)) {
        throw row.error("'" + listed + "' in column '" + c.listed() + "' is not an ISO date (yyyy-mm-dd)");
      }
      entry.date("Listed", listed);
    }
  }

  /** A parenthesized cell item is an editor's note about aliases ("(further aliases cut off)"), not a name. */
  private static void aliasOrNote(ListEntry.Builder entry, Merged merged, String item, AliasKind kind) {
    if (item.startsWith("(") && item.endsWith(")")) {
      merged.notes.add("Alias note: " + item);
    } else {
      entry.alias(item, kind);
    }
  }

  /** Rows sharing a key (the same entry on two sub-lists) become one entry. */
  private static final class Merged {
    final ListEntry.Builder entry;
    final Set<String> subLists = new LinkedHashSet<>();
    final Set<String> notes = new LinkedHashSet<>();

    final String name;

    Merged(ListEntry.Builder entry, String name) {
      this.entry = entry;
      this.name = name;
    }

    ListEntry build() {
      return entry.subList(String.join("; ", subLists))
          .appendRemarks(notes.stream().filter(n -> !n.isBlank()).collect(Collectors.joining(" | ")))
          .build();
    }
  }

  /** The header: where each column is, checked against the config. */
  private record Header(Map<String, Integer> index, Map<Integer, String> where) {
    static Header of(String[] names, String file, CustomListConfig config) throws ListFormatException {
      Map<String, Integer> index = new LinkedHashMap<>();
      for (int i = 0; i < names.length; i++) {
        if (index.putIfAbsent(names[i].strip(), i) != null) {
          throw new ListFormatException(file, 1, "column '" + names[i].strip() + "' appears twice in the header");
        }
      }
      CustomListConfig.Columns c = config.columns();
      List<String> wanted = new ArrayList<>(List.of(c.name()));
      for (String optional : new String[] {c.key(), c.aliases(), c.formerNames(), c.linkedTo(), c.notes(), c.country(), c.type(), c.subList(), c.listed()}) {
        if (optional != null) {
          wanted.add(optional);
        }
      }
      wanted.addAll(config.where().keySet());
      for (String column : wanted) {
        if (!index.containsKey(column)) {
          throw new ListFormatException(file, 1, "no column '" + column + "' (columns found: " + String.join(", ", index.keySet()) + ")");
        }
      }
      Map<Integer, String> where = new LinkedHashMap<>();
      config.where().forEach((column, value) -> where.put(index.get(column), value));
      return new Header(index, where);
    }

    boolean selected(String[] cells) {
      return where.entrySet().stream().allMatch(w -> cells[w.getKey()].strip().equals(w.getValue()));
    }
  }

  /** One data row, read by header name; an unmapped (null) column reads as empty. */
  private record CustomRow(String file, long line, String[] cells, Header header) {
    String get(String column) {
      return column == null ? "" : cells[header.index().get(column)].strip();
    }

    List<String> split(String column, String separator) {
      String value = get(column);
      if (value.isEmpty()) {
        return List.of();
      }
      return java.util.Arrays.stream(value.split(java.util.regex.Pattern.quote(separator)))
          .map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    ListFormatException error(String problem) {
      return new ListFormatException(file, line, problem);
    }
  }
}
