package io.listcheck.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.listcheck.match.Hit;
import io.listcheck.match.Verdict;
import io.listcheck.model.SourceInfo;
import io.listcheck.screen.HitChange;
import io.listcheck.screen.ScreeningResult;
import io.listcheck.store.Json;
import io.listcheck.store.SnapshotStore;
import io.listcheck.suppress.Suppressions;
import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * SARIF 2.1.0 for code-scanning tools: one rule per list source (plus {@value #INPUT_RULE} for rows that could not
 * be screened), one result per hit, located at the supplier file and line so that a pull request adding a listed
 * supplier gets an annotation on that line. Matches are errors, reviews warnings. Suppressed hits, with
 * --show-suppressed, carry a SARIF {@code suppressions} entry (code scanning then shows them as dismissed).
 */
public final class SarifReportWriter implements ReportWriter {
  static final String INPUT_RULE = "input-error";
  private static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

  private final JsonGenerator json;
  private final List<String> ruleIds = new ArrayList<>();
  private ReportContext context;
  private String artifactUri;

  public SarifReportWriter(Writer out) throws IOException {
    this.json = new JsonFactory(Json.MAPPER).createGenerator(out).useDefaultPrettyPrinter();
  }

  @Override
  public void begin(ReportContext context) throws IOException {
    this.context = context;
    this.artifactUri = artifactUri(context.input());
    json.writeStartObject();
    json.writeStringField("$schema", SCHEMA);
    json.writeStringField("version", "2.1.0");
    json.writeArrayFieldStart("runs");
    json.writeStartObject();
    json.writeObjectFieldStart("tool");
    json.writeObjectFieldStart("driver");
    json.writeStringField("name", context.toolName());
    json.writeStringField("version", context.toolVersion());
    json.writeStringField("semanticVersion", context.toolVersion());
    json.writeArrayFieldStart("rules");
    for (SourceInfo list : context.lists()) {
      writeRule(list);
    }
    writeInputRule();
    json.writeEndArray();
    json.writeEndObject();
    json.writeEndObject();
    json.writeArrayFieldStart("results");
  }

  private void writeRule(SourceInfo list) throws IOException {
    ruleIds.add(list.id());
    json.writeStartObject();
    json.writeStringField("id", list.id());
    json.writeStringField("name", list.title());
    message("shortDescription", "Supplier resembles an entry on the " + list.title());
    message("fullDescription", list.consequence());
    if (isAbsoluteUri(list.officialUrl())) {
      json.writeStringField("helpUri", list.officialUrl());
    }
    message("help", list.consequence() + " Legal basis: " + list.citation());
    json.writeObjectFieldStart("properties");
    json.writeStringField("publisher", list.publisher());
    json.writeStringField("citation", list.citation());
    json.writeStringField("asOf", list.asOf());
    json.writeStringField("retrievedAt", list.retrievedAt());
    json.writeStringField("snapshotSha256", list.snapshotSha256());
    json.writeNumberField("entries", list.entries());
    json.writeEndObject();
    json.writeEndObject();
  }

  private void writeInputRule() throws IOException {
    ruleIds.add(INPUT_RULE);
    json.writeStartObject();
    json.writeStringField("id", INPUT_RULE);
    json.writeStringField("name", "Unscreened supplier row");
    message("shortDescription", "A supplier row could not be screened (no name, or unreadable)");
    json.writeEndObject();
  }

  @Override
  public void result(ScreeningResult result) throws IOException {
    if (!result.error().isEmpty()) {
      writeResult(result, INPUT_RULE, "error", "Row " + result.supplier().row() + " was not screened: " + result.error(), null);
      return;
    }
    for (Hit hit : result.hits()) {
      writeResult(result, hit.entry().sourceId(), level(hit), message(result, hit), hit);
    }
    if (context.showSuppressed()) {
      for (Suppressions.Suppressed s : result.suppressed()) {
        writeResult(result, s.hit().entry().sourceId(), level(s.hit()), message(result, s.hit()), s.hit());
      }
    }
  }

  private void writeResult(ScreeningResult result, String ruleId, String level, String text, Hit hit) throws IOException {
    json.writeStartObject();
    json.writeStringField("ruleId", ruleId);
    json.writeNumberField("ruleIndex", Math.max(0, ruleIds.indexOf(ruleId)));
    json.writeStringField("level", level);
    message("message", text);
    writeLocation(result.supplier().line());
    json.writeObjectFieldStart("partialFingerprints");
    json.writeStringField("listcheckHit/v1", SnapshotStore.sha256((result.supplier().name() + "\n"
        + result.supplier().supplierId() + "\n" + (hit == null ? "" : hit.entry().id())).getBytes(StandardCharsets.UTF_8)));
    json.writeEndObject();
    if (hit != null) {
      writeSuppression(result, hit);
    }
    json.writeObjectFieldStart("properties");
    json.writeNumberField("row", result.supplier().row());
    json.writeStringField("supplierName", result.supplier().name());
    json.writeStringField("supplierId", result.supplier().supplierId());
    if (hit != null) {
      json.writeStringField("entryId", hit.entry().id());
      json.writeStringField("listedName", hit.entry().primaryName());
      json.writeNumberField("score", hit.score());
      json.writeStringField("verdict", hit.verdict().label());
      json.writeStringField("explanation", hit.explanation());
      Optional<HitChange.Kind> change = result.changeOf(hit);
      if (change.isPresent()) {
        json.writeStringField("change", change.get().label());
      }
    }
    json.writeEndObject();
    json.writeEndObject();
  }

  private void writeSuppression(ScreeningResult result, Hit hit) throws IOException {
    for (Suppressions.Suppressed s : result.suppressed()) {
      if (s.hit() == hit) {
        json.writeArrayFieldStart("suppressions");
        json.writeStartObject();
        json.writeStringField("kind", "external");
        json.writeStringField("status", "accepted");
        json.writeStringField("justification", s.by().reason() + " (reviewed by " + s.by().reviewer() + ", until "
            + s.by().expires() + ")");
        json.writeEndObject();
        json.writeEndArray();
      }
    }
  }

  private void writeLocation(long line) throws IOException {
    if (artifactUri.isEmpty()) {
      return;
    }
    json.writeArrayFieldStart("locations");
    json.writeStartObject();
    json.writeObjectFieldStart("physicalLocation");
    json.writeObjectFieldStart("artifactLocation");
    json.writeStringField("uri", artifactUri);
    json.writeEndObject();
    if (line > 0) {
      json.writeObjectFieldStart("region");
      json.writeNumberField("startLine", line);
      json.writeEndObject();
    }
    json.writeEndObject();
    json.writeEndObject();
    json.writeEndArray();
  }

  private static String level(Hit hit) {
    return hit.verdict() == Verdict.MATCH ? "error" : "warning";
  }

  private static String message(ScreeningResult result, Hit hit) {
    String supplier = "'" + result.supplier().name() + "'" + (result.supplier().supplierId().isEmpty() ? "" : " (" + result.supplier().supplierId() + ")");
    return "Supplier " + supplier + " " + (hit.verdict() == Verdict.MATCH ? "matches" : "may match") + " "
        + hit.entry().id() + " '" + hit.entry().primaryName() + "' [" + hit.entry().programLabel() + "], score "
        + hit.score() + ": " + hit.explanation();
  }

  private void message(String field, String text) throws IOException {
    json.writeObjectFieldStart(field);
    json.writeStringField("text", text);
    json.writeEndObject();
  }

  /** A relative path becomes a relative URI (code scanning resolves it against the checkout); "-" has none. */
  static String artifactUri(String input) {
    if (input.isEmpty() || input.equals("-")) {
      return "";
    }
    Path path = Path.of(input).normalize();
    if (path.isAbsolute()) {
      return path.toUri().toString();
    }
    List<String> segments = new ArrayList<>();
    path.forEach(p -> segments.add(p.toString()));
    try {
      return new URI(null, null, String.join("/", segments), null).getRawPath();
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("cannot express " + input + " as a URI", e);
    }
  }

  private static boolean isAbsoluteUri(String text) {
    try {
      return !text.isBlank() && new URI(text).isAbsolute();
    } catch (URISyntaxException e) {
      return false;
    }
  }

  @Override
  public void end(Summary summary) throws IOException {
    json.writeEndArray();
    json.writeArrayFieldStart("invocations");
    json.writeStartObject();
    json.writeBooleanField("executionSuccessful", true);
    json.writeStringField("endTimeUtc", context.parameters().getOrDefault("runAt", ""));
    json.writeEndObject();
    json.writeEndArray();
    json.writeObjectFieldStart("properties");
    json.writeStringField("algorithm", context.algorithm());
    for (Map.Entry<String, String> p : context.parameters().entrySet()) {
      json.writeStringField(p.getKey(), p.getValue());
    }
    JsonReportWriter.writeSummary(json, summary);
    json.writeEndObject();
    json.writeEndObject();
    json.writeEndArray();
    json.writeEndObject();
    json.writeRaw('\n');
    json.flush();
  }

  @Override
  public void close() throws IOException {
    json.close();
  }
}
