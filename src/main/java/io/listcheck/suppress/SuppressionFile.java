package io.listcheck.suppress;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.listcheck.store.Json;
import io.listcheck.store.SnapshotStore;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads and appends to a suppression file ({@code listcheck-suppressions.yaml}):
 *
 * <pre>
 * suppressions:
 *   - supplier: "Panda Express Inc"
 *     entry: "ofac-nonsdn:33111"
 *     fingerprint: "sha256:0123456789abcdef"
 *     reason: "Restaurant chain; not the listed entity"
 *     reviewer: "j.doe@example.com"
 *     expires: "2027-06-30"
 * </pre>
 *
 * Every key is required and no other key is allowed, so that a typo cannot silently turn a suppression off or on.
 */
public final class SuppressionFile {
  public static final String DEFAULT_NAME = "listcheck-suppressions.yaml";
  private static final String HEADER = "# Reviewed false positives for listcheck. Add entries with 'listcheck suppress'.\nsuppressions:\n";
  private static final List<String> KEYS = List.of("supplier", "entry", "fingerprint", "reason", "reviewer", "expires");
  private static final YAMLFactory YAML = new YAMLFactory();

  /** One entry as written; every field is checked before it becomes a {@link Suppression}. */
  private record Entry(String supplier, String entry, String fingerprint, String reason, String reviewer, String expires) {}

  private SuppressionFile() {}

  /** The file's suppressions; an absent file has none. */
  public static Suppressions load(Path file) throws SuppressionException {
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return new Suppressions(parse(file.toString(), in));
    } catch (NoSuchFileException e) {
      return Suppressions.NONE;
    } catch (IOException e) {
      throw new SuppressionException(file + ": cannot read suppression file: " + firstLine(e.getMessage()));
    }
  }

  private static List<Suppression> parse(String name, Reader in) throws SuppressionException, IOException {
    List<Suppression> all = new ArrayList<>();
    try (JsonParser parser = YAML.createParser(in)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        return all;
      }
      expect(name, parser, first == JsonToken.START_OBJECT, "expected 'suppressions:' at the top of the file");
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String key = parser.currentName();
        expect(name, parser, key.equals("suppressions"), "unknown top-level key '" + key + "' (expected 'suppressions')");
        JsonToken list = parser.nextToken();
        if (list == JsonToken.VALUE_NULL) {
          continue;
        }
        expect(name, parser, list == JsonToken.START_ARRAY, "'suppressions' must be a list of entries");
        while (parser.nextToken() == JsonToken.START_OBJECT) {
          long line = parser.currentTokenLocation().getLineNr();
          all.add(validate(name, line, readEntry(name, parser)));
        }
        expect(name, parser, parser.currentToken() == JsonToken.END_ARRAY, "each suppression must be a mapping of keys");
      }
    } catch (JsonProcessingException e) {
      throw new SuppressionException(name + ":" + line(e) + ": not valid YAML: " + firstLine(e.getOriginalMessage()));
    }
    return all;
  }

  /** One mapping of scalar values; each key is checked where it stands, so errors carry its line. */
  private static Map<String, String> readEntry(String name, JsonParser parser) throws IOException, SuppressionException {
    Map<String, String> values = new HashMap<>();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String key = parser.currentName();
      expect(name, parser, KEYS.contains(key), "unknown key '" + key + "' (allowed: " + String.join(", ", KEYS) + ")");
      expect(name, parser, !values.containsKey(key), "'" + key + "' appears twice in one suppression");
      JsonToken value = parser.nextToken();
      expect(name, parser, value.isScalarValue(), "'" + key + "' must be a single value, not a list or mapping");
      values.put(key, value == JsonToken.VALUE_NULL ? null : parser.getText());
    }
    return values;
  }

  private static Suppression validate(String name, long line, Map<String, String> fields) throws SuppressionException {
    String where = name + ":" + line;
    for (String key : KEYS) {
      if (fields.get(key) == null || fields.get(key).isBlank()) {
        throw new SuppressionException(where + ": missing '" + key + "' (every suppression needs "
            + String.join(", ", KEYS) + ")");
      }
    }
    Entry e = new Entry(fields.get("supplier"), fields.get("entry"), fields.get("fingerprint"), fields.get("reason"),
        fields.get("reviewer"), fields.get("expires"));
    if (!e.fingerprint().matches("sha256:[0-9a-f]{16}")) {
      throw new SuppressionException(where + ": fingerprint '" + e.fingerprint()
          + "' is not one listcheck wrote (sha256: and 16 hex digits); use 'listcheck suppress' to add entries");
    }
    LocalDate expires;
    try {
      expires = LocalDate.parse(e.expires().strip());
    } catch (DateTimeParseException bad) {
      throw new SuppressionException(where + ": expires '" + e.expires() + "' is not a date like 2027-06-30");
    }
    return new Suppression(e.supplier().strip(), e.entry().strip(), e.fingerprint(), e.reason().strip(),
        e.reviewer().strip(), expires, where);
  }

  /**
   * Appends a well-formed entry. The file must already be a valid suppression file (or absent); the result is
   * read back, and the file left as it was if it would not load.
   */
  public static Suppression append(Path file, Suppression s) throws SuppressionException, IOException {
    load(file);
    String before = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    String start = before.isBlank() ? HEADER : before.endsWith("\n") ? before : before + "\n";
    String entry = "  - supplier: " + quoted(s.supplier()) + "\n"
        + "    entry: " + quoted(s.entry()) + "\n"
        + "    fingerprint: " + quoted(s.fingerprint()) + "\n"
        + "    reason: " + quoted(s.reason()) + "\n"
        + "    reviewer: " + quoted(s.reviewer()) + "\n"
        + "    expires: " + quoted(s.expires().toString()) + "\n";
    String after = start + entry;
    List<Suppression> check;
    try {
      check = parse(file.toString(), new java.io.StringReader(after));
    } catch (SuppressionException e) {
      throw new SuppressionException(file + ": cannot append: the file is not laid out as a block list under"
          + " 'suppressions:' (" + e.getMessage() + "); add the entry by hand");
    }
    SnapshotStore.writeAtomically(file, after.getBytes(StandardCharsets.UTF_8));
    return check.get(check.size() - 1);
  }

  /** A JSON string is a valid YAML double-quoted scalar, escapes included. */
  private static String quoted(String value) throws JsonProcessingException {
    return Json.MAPPER.writeValueAsString(value);
  }

  private static void expect(String name, JsonParser parser, boolean ok, String problem) throws SuppressionException {
    if (!ok) {
      throw new SuppressionException(name + ":" + parser.currentTokenLocation().getLineNr() + ": " + problem);
    }
  }

  private static long line(JsonProcessingException e) {
    return e.getLocation() == null ? 0 : e.getLocation().getLineNr();
  }

  private static String firstLine(String message) {
    return message == null ? "" : message.lines().findFirst().orElse("").strip();
  }
}
