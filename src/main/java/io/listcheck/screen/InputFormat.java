package io.listcheck.screen;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The supplier file formats listcheck reads, chosen by file extension or named explicitly. */
public enum InputFormat {
  CSV("csv", ".csv", ".tsv", ".psv"),
  XLSX("xlsx", ".xlsx", ".xlsm"),
  JSON("json", ".json"),
  JSONL("jsonl", ".jsonl", ".ndjson"),
  TEXT("text", ".txt", ".lst");

  private final String label;
  private final String[] extensions;

  InputFormat(String label, String... extensions) {
    this.label = label;
    this.extensions = extensions;
  }

  public String label() {
    return label;
  }

  public static Optional<InputFormat> byFileName(String fileName) {
    String lower = fileName.toLowerCase(Locale.ROOT);
    return Arrays.stream(values())
        .filter(f -> Arrays.stream(f.extensions).anyMatch(lower::endsWith))
        .findFirst();
  }

  public static Optional<InputFormat> byLabel(String label) {
    return Arrays.stream(values()).filter(f -> f.label.equalsIgnoreCase(label.strip())).findFirst();
  }

  public static String labels() {
    return String.join(", ", Arrays.stream(values()).map(InputFormat::label).toList());
  }
}
