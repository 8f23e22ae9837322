package io.listcheck.bench;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/**
 * Reads a listcheck JSON report as a stream and prints recall on the injected rows of a generated file: once
 * counting only "match" verdicts and once counting any hit shown (match or review).
 *
 * <p>Usage: {@code RecallCheck REPORT.json TRUTH.csv}. Also checks that the report has one result per row, in order.
 */
public final class RecallCheck {
  private RecallCheck() {}

  public static void main(String[] args) throws Exception {
    Truth truth = Truth.load(Path.of(args[1]));
    Truth.Tally matched = truth.new Tally();
    Truth.Tally shown = truth.new Tally();
    ObjectMapper mapper = new ObjectMapper();
    long rows = 0;
    long flagged = 0;
    try (JsonParser json = mapper.getFactory().createParser(Path.of(args[0]).toFile())) {
      advanceTo(json, "results");
      while (json.nextToken() == JsonToken.START_OBJECT) {
        JsonNode result = mapper.readTree(json);
        long row = result.get("row").asLong();
        if (row != ++rows) {
          throw new IllegalStateException("result " + rows + " is row " + row + ": rows out of order or missing");
        }
        Set<String> asMatch = new HashSet<>();
        Set<String> any = new HashSet<>();
        for (JsonNode hit : result.get("matches")) {
          Set<String> keys = Set.of(hit.get("entryId").asText(), Truth.samePartyKey(hit.get("listedName").asText()));
          any.addAll(keys);
          if (hit.get("verdict").asText().equals("match")) {
            asMatch.addAll(keys);
          }
        }
        flagged += any.isEmpty() ? 0 : 1;
        matched.record(row, asMatch);
        shown.record(row, any);
      }
    }
    System.out.println("rows=" + rows + " flagged=" + flagged);
    System.out.println("recall_match=" + matched.summary());
    System.out.println("recall_shown=" + shown.summary());
  }

  private static void advanceTo(JsonParser json, String field) throws java.io.IOException {
    for (JsonToken t; (t = json.nextToken()) != null; ) {
      if (t == JsonToken.FIELD_NAME && json.currentName().equals(field) && json.getParsingContext().getParent().inRoot()) {
        if (json.nextToken() != JsonToken.START_ARRAY) {
          throw new IllegalStateException(field + " is not an array");
        }
        return;
      }
    }
    throw new IllegalStateException("no " + field + " in the report");
  }
}
