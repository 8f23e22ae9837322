package io.listcheck.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.listcheck.match.Hit;
import io.listcheck.model.SourceInfo;
import io.listcheck.screen.ScreeningResult;
import io.listcheck.store.Json;
import java.io.IOException;
import java.io.Writer;

/**
 * The JSON report: {@code tool}, {@code parameters}, {@code lists}, {@code results}, then {@code summary}. The summary
 * comes last because results are streamed; JSON readers do not depend on key order.
 */
public final class JsonReportWriter implements ReportWriter {
  private final JsonGenerator json;

  public JsonReportWriter(Writer out) throws IOException {
    this.json = new JsonFactory(Json.MAPPER).createGenerator(out).useDefaultPrettyPrinter();
  }

  @Override
  public void begin(ReportContext context) throws IOException {
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
    json.writeStringField("status", result.status().label());
    if (!result.error().isEmpty()) {
      json.writeStringField("error", result.error());
    }
    json.writeArrayFieldStart("matches");
    for (Hit hit : result.hits()) {
      writeHit(hit);
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  private void writeHit(Hit hit) throws IOException {
    json.writeStartObject();
    json.writeStringField("source", hit.entry().sourceId());
    json.writeStringField("entryId", hit.entry().id());
    json.writeStringField("listedName", hit.entry().primaryName());
    json.writeStringField("matchedName", hit.matchedName());
    json.writeStringField("matchedNameKind", hit.matchedNameKind());
    json.writeNumberField("score", hit.score());
    json.writeStringField("verdict", hit.verdict().label());
    json.writeStringField("program", hit.entry().programLabel());
    json.writeStringField("explanation", hit.explanation());
    json.writeEndObject();
  }

  @Override
  public void end(Summary summary) throws IOException {
    json.writeEndArray();
    json.writeObjectFieldStart("summary");
    json.writeNumberField("rows", summary.rows());
    json.writeNumberField("matches", summary.matches());
    json.writeNumberField("reviews", summary.reviews());
    json.writeNumberField("clear", summary.clear());
    json.writeNumberField("suppressed", summary.suppressed());
    json.writeNumberField("errors", summary.errors());
    json.writeEndObject();
    json.writeEndObject();
    json.writeRaw('\n');
    json.flush();
  }

  @Override
  public void close() throws IOException {
    json.close();
  }
}
