package io.listcheck.source.csl;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.listcheck.source.ListFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Trade.gov's consolidated.json: {@code {"results": [ {...}, ... ]}} (or a bare array) with the CSV's field names;
 * multi-valued fields are arrays, addresses are objects ({@code address, city, state, postal_code, country}). Each
 * record is read as a {@link TradeCslSource.Row} like a CSV row, streamed one record at a time.
 */
final class ConsolidatedJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final List<String> ADDRESS_PARTS = List.of("address", "city", "state", "postal_code", "country");

  private ConsolidatedJson() {}

  /** Takes one record. */
  @FunctionalInterface
  interface RecordHandler {
    void record(TradeCslSource.Row row) throws ListFormatException;
  }

  static int read(InputStream in, String file, List<String> required, RecordHandler handler) throws IOException, ListFormatException {
    int records = 0;
    try (JsonParser parser = MAPPER.createParser(in)) {
      moveToResults(parser, file);
      while (parser.nextToken() == JsonToken.START_OBJECT) {
        long line = parser.currentLocation().getLineNr();
        JsonNode record = MAPPER.readTree(parser);
        Map<String, String> values = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> field : record.properties()) {
          values.put(field.getKey().toLowerCase(java.util.Locale.ROOT), text(field.getValue()));
        }
        List<String> missing = required.stream().filter(f -> !values.containsKey(f)).toList();
        if (!missing.isEmpty()) {
          throw new ListFormatException(file, line, "not a Consolidated Screening List record: missing " + String.join(", ", missing));
        }
        handler.record(new TradeCslSource.Row(file, line, values));
        records++;
      }
      if (parser.currentToken() != JsonToken.END_ARRAY) {
        throw new ListFormatException(file, parser.currentLocation().getLineNr(), "expected a record object in the results array");
      }
    } catch (JsonProcessingException e) {
      throw new ListFormatException(file, e.getLocation() == null ? 0 : e.getLocation().getLineNr(), "not valid JSON: " + e.getOriginalMessage());
    }
    return records;
  }

  /** Positions the parser on the opening bracket of the records array. */
  private static void moveToResults(JsonParser parser, String file) throws IOException, ListFormatException {
    JsonToken first = parser.nextToken();
    if (first == JsonToken.START_ARRAY) {
      return;
    }
    if (first == JsonToken.START_OBJECT) {
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String name = parser.currentName();
        JsonToken value = parser.nextToken();
        if (name.equals("results") && value == JsonToken.START_ARRAY) {
          return;
        }
        parser.skipChildren();
      }
    }
    throw new ListFormatException(file, 1, "expected {\"results\": [...]} (is this the Consolidated Screening List JSON?)");
  }

  private static String text(JsonNode value) {
    if (value == null || value.isNull()) {
      return "";
    }
    if (value.isArray()) {
      List<String> items = new ArrayList<>();
      value.forEach(item -> {
        String text = item.isObject() ? address(item) : text(item);
        if (!text.isBlank()) {
          items.add(text);
        }
      });
      return String.join("; ", items);
    }
    return value.isObject() ? address(value) : value.asText();
  }

  /** An address object as the CSV prints it: its parts comma-joined, the ISO-2 country last. */
  private static String address(JsonNode node) {
    List<String> parts = new ArrayList<>();
    for (String part : ADDRESS_PARTS) {
      String text = node.path(part).asText("").strip();
      if (!text.isEmpty() && !text.equals("null")) {
        parts.add(text);
      }
    }
    return String.join(", ", parts);
  }
}
