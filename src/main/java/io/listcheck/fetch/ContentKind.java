package io.listcheck.fetch;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * What kind of data an official file is, judged from its name, and how to tell that a download is something
 * else. Publishers answer errors and maintenance with an HTML page and status 200; parsed as CSV such a page
 * would either fail obscurely or, worse, parse to a few bogus rows.
 */
public enum ContentKind {
  CSV(withDownloadTypes("text/csv", "text/plain", "application/csv", "application/x-csv", "text/x-csv",
      "text/comma-separated-values", "application/vnd.ms-excel")),
  JSON(withDownloadTypes("application/json", "text/json", "text/plain")),
  XML(withDownloadTypes("application/xml", "text/xml")),
  PDF(withDownloadTypes("application/pdf", "application/x-pdf")),
  HTML(List.of("text/html", "application/xhtml+xml")),
  /** Any other file: no type check beyond "not an HTML page". */
  OTHER(List.of());

  private final List<String> acceptedTypes;

  ContentKind(List<String> acceptedTypes) {
    this.acceptedTypes = acceptedTypes;
  }

  /**
   * Signed download URLs (OFAC's exports redirect to one) often serve files with a generic type: S3 answers
   * binary/octet-stream for objects stored without one.
   */
  private static List<String> withDownloadTypes(String... specific) {
    return java.util.stream.Stream.concat(java.util.Arrays.stream(specific), java.util.stream.Stream.of(
        "application/octet-stream", "binary/octet-stream", "application/download", "application/x-download",
        "application/force-download")).toList();
  }

  public static ContentKind ofFileName(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    int dot = lower.lastIndexOf('.');
    return switch (dot < 0 ? "" : lower.substring(dot + 1)) {
      case "csv", "txt", "tsv" -> CSV;
      case "json" -> JSON;
      case "xml" -> XML;
      case "pdf" -> PDF;
      case "html", "htm" -> HTML;
      default -> OTHER;
    };
  }

  /**
   * Null when the answer's Content-Type fits this kind, otherwise why not. A missing type is accepted except for
   * HTML pages, where the type is the only cheap sign that the answer is a page at all.
   */
  public String rejectContentType(String contentType) {
    String mime = contentType == null ? "" : contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    if (mime.isEmpty()) {
      return this == HTML ? "the answer has no Content-Type (expected text/html)" : null;
    }
    if (this != HTML && (mime.equals("text/html") || mime.equals("application/xhtml+xml"))) {
      return "the server sent an HTML page (Content-Type " + mime + ") where " + name() + " data was expected";
    }
    if (this == OTHER || acceptedTypes.contains(mime)) {
      return null;
    }
    return "unexpected Content-Type " + mime + " for " + name() + " data";
  }

  /** Null when the first bytes of the body fit this kind, otherwise why not. */
  public String rejectFirstBytes(byte[] head, int length) {
    String start = new String(head, 0, length, StandardCharsets.ISO_8859_1).stripLeading()
        .replaceFirst("^\u00ef\u00bb\u00bf", "").stripLeading().toLowerCase(Locale.ROOT);
    boolean looksHtml = start.startsWith("<!doctype html") || start.startsWith("<html") || start.startsWith("<head")
        || start.startsWith("<body") || (start.startsWith("<!--") && start.contains("<html"));
    if (this != HTML && looksHtml) {
      return "the server sent an HTML page where " + name() + " data was expected";
    }
    return switch (this) {
      case PDF -> start.startsWith("%pdf-") ? null : "the body does not start with %PDF- (not a PDF file)";
      case JSON -> start.startsWith("{") || start.startsWith("[") ? null : "the body is not JSON";
      case XML -> start.startsWith("<") ? null : "the body is not XML";
      default -> null;
    };
  }
}
