package io.listcheck.source.dod;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.listcheck.model.Alias;
import io.listcheck.model.AliasKind;
import io.listcheck.model.ListEntry;
import io.listcheck.source.ListFormatException;
import io.listcheck.source.ParsedList;
import io.listcheck.source.RawFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DodSection1260hSourceTest {
  private static final List<String> TITLE = List.of(
      "Entities Identified as Chinese Military Companies Operating in the United States",
      "in Accordance with Section 1260H of the William M. (\u201cMac\u201d) Thornberry National Defense",
      "Authorization Act for Fiscal Year 2021 (Public Law 116-283)",
      "June 8, 2026");
  private static final List<String> EDITION = List.of(
      "\u2022 360 Security Technology Inc. (Qihoo 360)",
      "\u2022 Aviation Industry Corporation of China, Ltd. (AVIC)",
      "    o Align Aerospace LLC",
      "    o AVIC Chengdu Aircraft Co., Ltd. (formerly Zhonghang Electronic Measuring Instruments",
      "      Company Limited (ZEMIC))",
      "    o AVIC Xi\u2019an Aircraft Industry Group Company Ltd. (formerly Xi\u2019an Aircraft Industry Group Co., Ltd.)",
      "\u2022 China Communications Construction Group (Limited) (CCCG)",
      "    o China Communications Construction Company Limited (CCCC)",
      "\u2022 Hesai Group (also known as Hesai Technology Co., Ltd.)",
      "  Hesai is a military-civil fusion contributor to the Chinese defense industrial base",
      "  (Section 1260H(g)(3)(B)(i)).",
      "\u2022 Shenzhen DJI Technology Co., Ltd. (DJI)",
      "    o Shenzhen Dajiang Baiwang Technology Co., Ltd.",
      "\u2022 China International Marine Containers (Group) Co., Ltd. (CIMC)*");

  private static ParsedList edition;

  private static List<String> page(List<String> body) {
    List<String> lines = new java.util.ArrayList<>(TITLE);
    lines.addAll(body);
    return lines;
  }

  private static ParsedList parse(Path pdf) throws Exception {
    return new DodSection1260hSource().parse(new RawFiles(Map.of(DodSection1260hSource.PDF_FILE, pdf)));
  }

  @BeforeAll
  static void parseEdition(@TempDir Path dir) throws Exception {
    // Five lines per page puts page numbers and page breaks inside the list, as in the real PDF.
    edition = parse(Section1260hPdf.write(dir.resolve("1260H.PDF"), page(EDITION), 5));
  }

  private static ListEntry named(String name) {
    return edition.entries().stream().filter(e -> e.primaryName().equals(name)).findFirst().orElseThrow();
  }

  @Test
  void readsEveryBulletAndSubBulletAcrossPages() {
    assertThat(edition.entries()).extracting(ListEntry::primaryName).containsExactly(
        "360 Security Technology Inc.", "Aviation Industry Corporation of China, Ltd.", "Align Aerospace LLC",
        "AVIC Chengdu Aircraft Co., Ltd.", "AVIC Xi\u2019an Aircraft Industry Group Company Ltd.",
        "China Communications Construction Group (Limited)", "China Communications Construction Company Limited",
        "Hesai Group", "Shenzhen DJI Technology Co., Ltd.", "Shenzhen Dajiang Baiwang Technology Co., Ltd.",
        "China International Marine Containers (Group) Co., Ltd.");
  }

  @Test
  void takesTheEditionDateFromTheTitle() {
    assertThat(edition.asOf()).isEqualTo("2026-06-08");
    assertThat(named("Hesai Group").dates()).extracting(d -> d.label() + "=" + d.date()).containsExactly("Edition=2026-06-08");
    assertThat(named("Hesai Group").programs()).containsExactly(DodSection1260hSource.PROGRAM);
  }

  @Test
  void linksListedSubsidiariesToTheirParent() {
    assertThat(named("Align Aerospace LLC").linkedTo()).containsExactly("Aviation Industry Corporation of China, Ltd.");
    assertThat(named("Shenzhen Dajiang Baiwang Technology Co., Ltd.").linkedTo()).containsExactly("Shenzhen DJI Technology Co., Ltd.");
    assertThat(named("Shenzhen DJI Technology Co., Ltd.").linkedTo()).isEmpty();
  }

  @Test
  void readsShortNamesFormerNamesAndAlsoKnownAs() {
    assertThat(named("Shenzhen DJI Technology Co., Ltd.").aliases()).containsExactly(new Alias("DJI", AliasKind.AKA));
    assertThat(named("AVIC Chengdu Aircraft Co., Ltd.").aliases()).containsExactly(
        new Alias("Zhonghang Electronic Measuring Instruments Company Limited", AliasKind.FKA), new Alias("ZEMIC", AliasKind.FKA));
    assertThat(named("AVIC Xi\u2019an Aircraft Industry Group Company Ltd.").aliases())
        .containsExactly(new Alias("Xi\u2019an Aircraft Industry Group Co., Ltd.", AliasKind.FKA));
    assertThat(named("Hesai Group").aliases()).containsExactly(new Alias("Hesai Technology Co., Ltd.", AliasKind.AKA));
  }

  @Test
  void keepsLegalFormsInParenthesesInTheNameAndDropsFootnoteMarks() {
    assertThat(named("China Communications Construction Group (Limited)").aliases()).containsExactly(new Alias("CCCG", AliasKind.AKA));
    assertThat(named("China International Marine Containers (Group) Co., Ltd.").aliases()).containsExactly(new Alias("CIMC", AliasKind.AKA));
  }

  @Test
  void keepsDodsJustificationOutOfTheName() {
    assertThat(named("Hesai Group").remarks()).isEqualTo("Printed as: Hesai Group (also known as Hesai Technology Co., Ltd.) | DoD: "
        + "Hesai is a military-civil fusion contributor to the Chinese defense industrial base (Section 1260H(g)(3)(B)(i)).");
  }

  @Test
  void keepsThePrintedEntryInTheRemarks() {
    assertThat(named("AVIC Chengdu Aircraft Co., Ltd.").remarks()).isEqualTo("Printed as: AVIC Chengdu Aircraft Co., Ltd. "
        + "(formerly Zhonghang Electronic Measuring Instruments Company Limited (ZEMIC))");
  }

  @Test
  void rejectsAPdfWhoseTitleDoesNotNameSection1260h(@TempDir Path dir) throws Exception {
    Path pdf = Section1260hPdf.write(dir.resolve("1260H.PDF"), List.of("Quarterly report", "\u2022 Revenue grew"), 40);

    assertThatThrownBy(() -> parse(pdf)).isInstanceOf(ListFormatException.class).hasMessage(
        "1260H.PDF: not the DoD Section 1260H list layout: the title before the first bulleted entry does not name Section 1260H");
  }

  @Test
  void rejectsAPdfWithoutBulletedEntries(@TempDir Path dir) throws Exception {
    Path pdf = Section1260hPdf.write(dir.resolve("1260H.PDF"), List.of("Section 1260H list", "Huawei Technologies Co., Ltd."), 40);

    assertThatThrownBy(() -> parse(pdf)).hasMessage("1260H.PDF: not the DoD Section 1260H list layout: no bulleted entries found");
  }

  @Test
  void rejectsASubBulletBeforeAnyParent(@TempDir Path dir) throws Exception {
    Path pdf = Section1260hPdf.write(dir.resolve("1260H.PDF"), page(List.of("o Orphan Subsidiary Ltd.", "\u2022 Parent Ltd.")), 40);

    assertThatThrownBy(() -> parse(pdf)).hasMessageContaining("a sub-bullet ('o Orphan Subsidiary Ltd.') comes before any listed parent");
  }

  @Test
  void rejectsAnHtmlPageSavedUnderThePdfName(@TempDir Path dir) throws Exception {
    Path html = Files.writeString(dir.resolve("1260H.PDF"), "<!DOCTYPE html><html><body>Access Denied</body></html>");

    assertThatThrownBy(() -> parse(html)).hasMessage("1260H.PDF: not a PDF file (it does not start with %PDF-; an error page?)");
  }

  @Test
  void rejectsATruncatedPdf(@TempDir Path dir) throws Exception {
    Path full = Section1260hPdf.write(dir.resolve("full.pdf"), page(EDITION), 40);
    byte[] bytes = Files.readAllBytes(full);
    Path cut = Files.write(dir.resolve("1260H.PDF"), java.util.Arrays.copyOf(bytes, 200));

    assertThatThrownBy(() -> parse(cut)).isInstanceOf(ListFormatException.class).hasMessageStartingWith("1260H.PDF: ");
  }

  @Test
  void damagedPdfsGiveEntriesOrAFormatError(@TempDir Path dir) throws Exception {
    byte[] original = Files.readAllBytes(Section1260hPdf.write(dir.resolve("original.pdf"), page(EDITION), 40));
    java.util.Random random = new java.util.Random(1260);
    for (int round = 0; round < 40; round++) {
      byte[] bytes = java.util.Arrays.copyOf(original, 5 + random.nextInt(original.length - 5));
      for (int i = 0, n = random.nextInt(20); i < n; i++) {
        bytes[5 + random.nextInt(bytes.length - 5)] = (byte) random.nextInt(256);
      }
      Path damaged = Files.write(dir.resolve("1260H.PDF"), bytes);
      try {
        assertThat(parse(damaged).entries()).allSatisfy(e -> assertThat(e.primaryName()).isNotBlank());
      } catch (ListFormatException e) {
        assertThat(e.getMessage()).startsWith("1260H.PDF: ");
      }
    }
  }
}
