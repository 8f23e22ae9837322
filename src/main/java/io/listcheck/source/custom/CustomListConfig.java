package io.listcheck.source.custom;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.listcheck.source.ListFormatException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How to read a user-supplied list: a small JSON file next to (or pointing at) a CSV of names. Example:
 *
 * <pre>{@code
 * { "id": "acme-blocked", "title": "ACME blocked suppliers", "file": "blocked.csv",
 *   "columns": { "name": "Supplier", "aliases": "Also known as", "notes": "Reason" } }
 * }</pre>
 *
 * @param id the source id used in reports; an id of a standard source (e.g. {@code dod-1260h}) makes the import a
 *     stand-in for that source's official file and borrows its title, publisher and consequence
 * @param file the CSV, relative to the config file's folder
 * @param columns CSV header names for each field; only {@code name} is required
 * @param aliasSeparator splits the aliases and formerNames cells (default ";")
 * @param where only rows whose named columns hold exactly these values are imported
 * @param subListFormat a {@link String#format} pattern applied to the subList cell, e.g. "UFLPA §2(d)(2)(B)(%s)"
 */
@JsonIgnoreProperties(value = {"$comment"})
public record CustomListConfig(
    String id,
    String title,
    String publisher,
    String officialUrl,
    String consequence,
    String citation,
    String file,
    Columns columns,
    String aliasSeparator,
    Map<String, String> where,
    String subListFormat,
    String program,
    String asOf,
    String provenance) {

  /** CSV header names for each field of an entry. */
  public record Columns(String name, String key, String aliases, String formerNames, String linkedTo, String notes,
      String country, String type, String subList, String listed) {}

  private static final ObjectMapper MAPPER = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  public CustomListConfig {
    aliasSeparator = aliasSeparator == null || aliasSeparator.isEmpty() ? ";" : aliasSeparator;
    where = where == null ? Map.of() : new LinkedHashMap<>(where);
    subListFormat = subListFormat == null || subListFormat.isEmpty() ? "%s" : subListFormat;
  }

  /** Reads and checks a config; errors name the config file and the problem. */
  public static CustomListConfig read(Path configFile) throws IOException, ListFormatException {
    String name = configFile.toString();
    if (!Files.isRegularFile(configFile)) {
      throw new ListFormatException(name, 0, "no such custom list config file");
    }
    CustomListConfig config;
    try {
      config = MAPPER.readValue(Files.readAllBytes(configFile), CustomListConfig.class);
    } catch (UnrecognizedPropertyException e) {
      throw new ListFormatException(name, e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
          "unknown key '" + e.getPropertyName() + "' (known: " + e.getKnownPropertyIds() + ")");
    } catch (JacksonException e) {
      throw new ListFormatException(name, e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
          "not a valid custom list config: " + e.getOriginalMessage());
    }
    if (config == null) {
      throw new ListFormatException(name, 0, "empty custom list config");
    }
    config.check(name);
    return config;
  }

  private void check(String name) throws ListFormatException {
    if (id == null || !id.matches("[a-z0-9][a-z0-9-]{1,39}")) {
      throw new ListFormatException(name, 0, "'id' must be 2-40 lower-case letters, digits or dashes, found '" + id + "'");
    }
    if (file == null || file.isBlank()) {
      throw new ListFormatException(name, 0, "'file' (the CSV to import) is missing");
    }
    if (columns == null || columns.name() == null || columns.name().isBlank()) {
      throw new ListFormatException(name, 0, "'columns.name' (the header of the name column) is missing");
    }
    try {
      String.format(subListFormat, "x");
    } catch (java.util.IllegalFormatException e) {
      throw new ListFormatException(name, 0, "'subListFormat' is not a format pattern with one %s: " + subListFormat);
    }
  }
}
