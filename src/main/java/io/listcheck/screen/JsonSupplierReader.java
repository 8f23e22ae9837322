package io.listcheck.screen;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Suppliers as JSON: either one array (of objects, or of plain name strings), streamed element by element, or JSON
 * Lines (one object or string per line). In JSON Lines a line that does not parse is an error row and the rest
 * of the file is still screened; in an array, broken syntax stops the read with its line.
 */
public final class JsonSupplierReader implements SupplierReader {
  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).build();

  private final String source;
  private final InputColumns wanted;
  private final BufferedReader lines;
  private final JsonParser array;
  private long row;
  private long lineNumber;

  private JsonSupplierReader(String source, InputColumns wanted, BufferedReader lines, JsonParser array) {
    this.source = source;
    this.wanted = wanted;
    this.lines = lines;
    this.array = array;
  }

  public static JsonSupplierReader lines(String source, BufferedReader in, InputColumns wanted) {
    return new JsonSupplierReader(source, wanted, in, null);
  }

  public static JsonSupplierReader array(String source, BufferedReader in, InputColumns wanted) throws InputException {
    try {
      JsonParser parser = MAPPER.createParser(in);
      JsonToken first = parser.nextToken();
      if (first == null) {
        throw new InputException(source, 0, "the file is empty; expected a JSON array of suppliers");
      }
      if (first != JsonToken.START_ARRAY) {
        throw new InputException(source, parser.currentTokenLocation().getLineNr(),
            "expected a JSON array of suppliers, found " + first.asString() + "; for one object per line use --input-format jsonl");
      }
      return new JsonSupplierReader(source, wanted, null, parser);
    } catch (JsonProcessingException e) {
      throw new InputException(source, lineOf(e), "not valid JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new InputException(source, 0, "cannot read: " + e.getMessage());
    }
  }

  @Override
  public SupplierRecord next() throws InputException {
    return array == null ? nextLine() : nextElement();
  }

  private SupplierRecord nextElement() throws InputException {
    try {
      JsonToken token = array.nextToken();
      if (token == JsonToken.END_ARRAY || token == null) {
        return null;
      }
      long line = array.currentTokenLocation().getLineNr();
      JsonNode node = MAPPER.readTree(array);
      row++;
      return record(node, line);
    } catch (JsonProcessingException e) {
      throw new InputException(source, lineOf(e), "not valid JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new InputException(source, 0, "cannot read: " + e.getMessage());
    }
  }

  private SupplierRecord nextLine() throws InputException {
    String text;
    try {
      text = lines.readLine();
    } catch (IOException e) {
      throw new InputException(source, lineNumber + 1, "cannot read: " + e.getMessage());
    }
    if (text == null) {
      return null;
    }
    lineNumber++;
    row++;
    if (text.isBlank()) {
      return SupplierRecord.unreadable(row, lineNumber, "empty line; JSON Lines holds one supplier per line");
    }
    try {
      return record(MAPPER.readTree(text), lineNumber);
    } catch (JsonProcessingException e) {
      return SupplierRecord.unreadable(row, lineNumber, "not valid JSON: " + e.getOriginalMessage());
    }
  }

  private SupplierRecord record(JsonNode node, long line) {
    if (node.isTextual()) {
      return new SupplierRecord(row, line, node.asText().strip(), "", "");
    }
    if (!node.isObject()) {
      return SupplierRecord.unreadable(row, line, "expected a supplier object or a name string, found " + node.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
    }
    List<String> keys = new ArrayList<>();
    node.fieldNames().forEachRemaining(keys::add);
    try {
      Columns.Selected columns = Columns.select(source, line, keys, wanted);
      return new SupplierRecord(row, line, text(node, keys, columns.name()), text(node, keys, columns.id()),
          text(node, keys, columns.country()));
    } catch (InputException e) {
      return SupplierRecord.unreadable(row, line, e.problem());
    }
  }

  private static String text(JsonNode node, List<String> keys, int column) {
    if (column < 0) {
      return "";
    }
    JsonNode value = node.get(keys.get(column));
    return value == null || value.isNull() || value.isContainerNode() ? "" : value.asText().strip();
  }

  private static long lineOf(JsonProcessingException e) {
    return e.getLocation() == null ? 0 : e.getLocation().getLineNr();
  }

  @Override
  public void close() throws InputException {
    try {
      if (array != null) {
        array.close();
      } else {
        lines.close();
      }
    } catch (IOException e) {
      throw new InputException(source, 0, "cannot close: " + e.getMessage());
    }
  }
}
