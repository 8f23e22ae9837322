package io.listcheck.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.listcheck.match.Hit;
import io.listcheck.model.SourceInfo;
import io.listcheck.screen.HitChange;
import io.listcheck.screen.ScreeningResult;
import io.listcheck.store.Json;
import io.listcheck.suppress.Suppression;
import io.listcheck.suppress.Suppressions;
import java.io.IOException;
import java.io.Writer;

/**
 * The JSON report: {@code tool}, {@code parameters}, {@code lists}, {@code results}, then {@code summary}. The summary
 * comes last because results are streamed; JSON readers do not depend on key order. Each result lists its active
 * {@code matches}; {@code suppressed} (with --show-suppressed), {@code staleSuppressions} and, with --since,
 * {@code changes} appear when they have content.
 */
public final class JsonReportWriter implements ReportWriter {
  private final JsonGenerator json;
  private boolean showSuppressed;

  public JsonReportWriter(Writer out) throws IOException {
    this.json = new JsonFactory(Json.MAPPER).createGenerator(out).useDefaultPrettyPrinter();
  }

  @Override
  public void begin(ReportContext context) throws IOException {
    showSuppressed = context.showSuppressed();
    json.writeStartObject();
    json.writeObjectFieldStart("tool");
    json.writeStringField("name", context.toolName());
    json.writeStringField("version", context.toolVersion());
    json.writeStringField("algorithm", context.algorithm());
    json.writeEndObject();
    json.writeObjectFieldStart("parameters");
    for (var p : context.parameters().entrySet()) {
      json.writeStringField(p.getKey(), p.getValue());
    }
    json.writeEndObject();
    json.writeArrayFieldStart("lists");
    for (SourceInfo list : context.lists()) {
      json.writeObject(list);
    }
    json.writeEndArray();
    json.writeArrayFieldStart("results");
  }

  @Override
  public void result(ScreeningResult result) throws IOException {
    json.writeStartObject();
    json.writeNumberField("row", result.supplier().row());
    if (result.supplier().line() > 0) {
      json.writeNumberField("line", result.supplier().line());
    }
    json.writeStringField("name", result.supplier().name());
    if (!result.supplier().supplierId().isEmpty()) {
      json.writeStringField("supplierId", result.supplier().supplierId());
    }
    if (!result.supplier().country().isEmpty()) {
      json.writeStringField("country", result.supplier().country());
    }
    json.writeStringField("status", result.status().label());
    if (!result.error().isEmpty()) {
      json.writeStringField("error", result.error());
    }
    json.writeArrayFieldStart("matches");
    for (Hit hit : result.hits()) {
      json.writeStartObject();
      writeHitFields(hit);
      json.writeEndObject();
    }
    json.writeEndArray();
    writeSuppressions(result);
    if (!result.changes().isEmpty()) {
      json.writeArrayFieldStart("changes");
      for (HitChange change : result.changes()) {
        json.writeStartObject();
        json.writeStringField("change", change.kind().label());
        writeHitFields(change.hit());
        json.writeEndObject();
      }
      json.writeEndArray();
    }
    json.writeEndObject();
  }

  private void writeSuppressions(ScreeningResult result) throws IOException {
    if (showSuppressed && !result.suppressed().isEmpty()) {
      json.writeArrayFieldStart("suppressed");
      for (Suppressions.Suppressed s : result.suppressed()) {
        json.writeStartObject();
        writeHitFields(s.hit());
        writeSuppression(s.by());
        json.writeEndObject();
      }
      json.writeEndArray();
    }
    if (!result.staleSuppressions().isEmpty()) {
      json.writeArrayFieldStart("staleSuppressions");
      for (Suppressions.Stale s : result.staleSuppressions()) {
        json.writeStartObject();
        json.writeStringField("entryId", s.hit().entry().id());
        json.writeStringField("why", s.why());
        writeSuppression(s.by());
        json.writeEndObject();
      }
      json.writeEndArray();
    }
  }

  private void writeSuppression(Suppression s) throws IOException {
    json.writeObjectFieldStart("suppression");
    json.writeStringField("supplier", s.supplier());
    json.writeStringField("fingerprint", s.fingerprint());
    json.writeStringField("reason", s.reason());
    json.writeStringField("reviewer", s.reviewer());
    json.writeStringField("expires", s.expires().toString());
    json.writeStringField("location", s.location());
    json.writeEndObject();
  }

  private void writeHitFields(Hit hit) throws IOException {
    json.writeStringField("source", hit.entry().sourceId());
    json.writeStringField("entryId", hit.entry().id());
    json.writeStringField("listedName", hit.entry().primaryName());
    json.writeStringField("matchedName", hit.matchedName());
    json.writeStringField("matchedNameKind", hit.matchedNameKind());
    json.writeNumberField("score", hit.score());
    json.writeStringField("verdict", hit.verdict().label());
    json.writeStringField("program", hit.entry().programLabel());
    json.writeStringField("explanation", hit.explanation());
  }

  @Override
  public void end(Summary summary) throws IOException {
    json.writeEndArray();
    writeSummary(json, summary);
    json.writeEndObject();
    json.writeRaw('\n');
    json.flush();
  }

  /** The summary object, shared with the SARIF report's run properties. */
  static void writeSummary(JsonGenerator json, Summary summary) throws IOException {
    json.writeObjectFieldStart("summary");
    json.writeNumberField("rows", summary.rows());
    json.writeNumberField("matches", summary.matches());
    json.writeNumberField("reviews", summary.reviews());
    json.writeNumberField("clear", summary.clear());
    json.writeNumberField("suppressed", summary.suppressed());
    json.writeNumberField("errors", summary.errors());
    json.writeNumberField("staleSuppressions", summary.staleSuppressions());
    json.writeNumberField("newHits", summary.newHits());
    json.writeNumberField("changedHits", summary.changedHits());
    json.writeNumberField("removedHits", summary.removedHits());
    json.writeEndObject();
  }

  @Override
  public void close() throws IOException {
    json.close();
  }
}
