package io.listcheck.suppress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SuppressionFileTest {
  @TempDir
  Path dir;

  private static final String ENTRY = """
        - supplier: "Panda Express Inc"
          entry: "test-list:1"
          fingerprint: "sha256:0123456789abcdef"
          reason: "Restaurant chain"
          reviewer: "j.doe"
          expires: "2027-06-30"
      """;

  private Path file(String content) throws Exception {
    return Files.writeString(dir.resolve("s.yaml"), content, StandardCharsets.UTF_8);
  }

  @Test
  void readsEntriesWithTheirLines() throws Exception {
    Suppressions s = SuppressionFile.load(file("# reviewed\nsuppressions:\n" + ENTRY + ENTRY));
    assertThat(s.all()).hasSize(2);
    assertThat(s.all().get(1).location()).endsWith("s.yaml:9");
    assertThat(s.all().get(0).expires()).isEqualTo(LocalDate.parse("2027-06-30"));
  }

  @Test
  void anAbsentOrEmptyFileHasNoSuppressions() throws Exception {
    assertThat(SuppressionFile.load(dir.resolve("none.yaml")).all()).isEmpty();
    assertThat(SuppressionFile.load(file("")).all()).isEmpty();
    assertThat(SuppressionFile.load(file("suppressions:\n")).all()).isEmpty();
  }

  @Test
  void malformedYamlNamesFileAndLine() throws Exception {
    Path f = file("suppressions:\n  - supplier: \"unterminated\n    entry: x\n");
    assertThatThrownBy(() -> SuppressionFile.load(f)).isInstanceOf(SuppressionException.class)
        .satisfies(e -> assertThat(e.getMessage()).startsWith(f + ":").contains("not valid YAML").doesNotContain("\n"));
  }

  @Test
  void anUnknownKeyIsAnErrorWithItsLine() throws Exception {
    Path f = file("suppressions:\n" + ENTRY.replace("reviewer:", "reviewd_by:"));
    assertThatThrownBy(() -> SuppressionFile.load(f))
        .hasMessage(f + ":6: unknown key 'reviewd_by' (allowed: supplier, entry, fingerprint, reason, reviewer, expires)");
    Path top = file("supression:\n" + ENTRY);
    assertThatThrownBy(() -> SuppressionFile.load(top)).hasMessage(top + ":1: unknown top-level key 'supression' (expected 'suppressions')");
  }

  @Test
  void aKeyOrValueWithLineBreaksIsQuotedOnOneLine() throws Exception {
    Path key = file("\"suppressions\\nextra\": []\n");
    assertThatThrownBy(() -> SuppressionFile.load(key))
        .hasMessage(key + ":1: unknown top-level key 'suppressions extra' (expected 'suppressions')");
    Path date = file("suppressions:\n" + ENTRY.replace("\"2027-06-30\"", "\"2027\\r\\n06\""));
    assertThatThrownBy(() -> SuppressionFile.load(date)).hasMessage(date + ":2: expires '2027 06' is not a date like 2027-06-30");
  }

  @Test
  void aDateInTheWrongFormatIsAnError() throws Exception {
    Path f = file("suppressions:\n" + ENTRY.replace("2027-06-30", "30/06/2027"));
    assertThatThrownBy(() -> SuppressionFile.load(f)).hasMessage(f + ":2: expires '30/06/2027' is not a date like 2027-06-30");
  }

  @Test
  void aMissingFieldOrHandWrittenFingerprintIsAnError() throws Exception {
    Path f = file("suppressions:\n" + ENTRY.replace("    reason: \"Restaurant chain\"\n", ""));
    assertThatThrownBy(() -> SuppressionFile.load(f)).hasMessageStartingWith(f + ":2: missing 'reason'");
    Path g = file("suppressions:\n" + ENTRY.replace("sha256:0123456789abcdef", "abc"));
    assertThatThrownBy(() -> SuppressionFile.load(g)).hasMessageContaining("use 'listcheck suppress'");
  }

  @Test
  void appendsAnEntryThatReadsBackEvenWithHostileText() throws Exception {
    Path f = dir.resolve("new.yaml");
    String hostile = "=HYPERLINK(\"x\")\n#: [evil] 'q' \u202E\t{}";
    Suppression s = new Suppression(hostile, "test-list:1", "sha256:0123456789abcdef", "reason: \"quoted\"", "a@b", LocalDate.parse("2027-01-01"), "");
    SuppressionFile.append(f, s);
    Suppression back = SuppressionFile.append(f, s);
    Suppressions all = SuppressionFile.load(f);
    assertThat(all.all()).hasSize(2);
    assertThat(all.all().get(0).supplier()).isEqualTo(hostile.strip());
    assertThat(all.all().get(0).reason()).isEqualTo("reason: \"quoted\"");
    assertThat(back.location()).isEqualTo(f + ":9");
  }

  @Test
  void refusesToAppendToAFileItCannotExtendAndLeavesItAlone() throws Exception {
    Path f = file("suppressions: []\n");
    Suppression s = new Suppression("A", "test-list:1", "sha256:0123456789abcdef", "r", "q", LocalDate.parse("2027-01-01"), "");
    assertThatThrownBy(() -> SuppressionFile.append(f, s)).hasMessageContaining("add the entry by hand");
    assertThat(Files.readString(f)).isEqualTo("suppressions: []\n");
  }

  @Test
  void matchesTheSupplierByNameOrIdIgnoringCaseAndSpacing() {
    Suppression s = new Suppression("Panda  Express inc", "e", "f", "r", "q", LocalDate.parse("2027-01-01"), "");
    assertThat(s.coversSupplier("PANDA EXPRESS INC", "")).isTrue();
    assertThat(new Suppression("V-7", "e", "f", "r", "q", LocalDate.MAX, "").coversSupplier("Other", "v-7")).isTrue();
    assertThat(s.coversSupplier("Panda Express Group", "V-7")).isFalse();
  }
}
