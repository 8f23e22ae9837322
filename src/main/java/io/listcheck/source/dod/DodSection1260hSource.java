package io.listcheck.source.dod;

import io.listcheck.model.Alias;
import io.listcheck.model.AliasKind;
import io.listcheck.model.EntityType;
import io.listcheck.model.ListEntry;
import io.listcheck.normalize.LegalForms;
import io.listcheck.normalize.NameNormalizer;
import io.listcheck.source.EntryKeys;
import io.listcheck.source.ListFormatException;
import io.listcheck.source.ListSource;
import io.listcheck.source.ParsedList;
import io.listcheck.source.RawFiles;
import io.listcheck.source.SourceDescriptor;
import io.listcheck.source.SourceFile;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * The DoD list of "Chinese military companies" under FY2021 NDAA §1260H, published as one PDF per edition: a
 * title naming Section 1260H, then one bulleted line per listed entity with the listed subsidiaries of a parent as
 * sub-bullets under it. An entity's short name is in trailing parentheses ("Huawei Technologies Co., Ltd.
 * (Huawei)"), former names as "(formerly X)", other names as "(also known as X)"; long names wrap onto indented
 * lines without a bullet.
 */
public final class DodSection1260hSource implements ListSource {
  public static final String ID = "dod-1260h";
  public static final String PDF_FILE = "1260H.PDF";
  static final String PDF_URL = "https://media.defense.gov/2026/Jun/08/2003945537/-1/-1/1/"
      + "ENTITIES-IDENTIFIED-AS-CHINESE-MILITARY-COMPANIES-OPERATING-IN-THE-UNITED-STATES-IN-ACCORDANCE-WITH-SECTION-1260H.PDF";
  /** Also set by the transcription import (scripts/ship/dod-1260h.json), so both stand-ins read alike. */
  public static final String PROGRAM = "Section 1260H";
  private static final long MAX_PAGES = 200;
  /** Bullets as PDF text extraction renders them, including the Symbol-font private-use bullet. */
  private static final Pattern ENTRY = Pattern.compile("^(?:[\\u2022\\uF0B7\\u25CF\\u25AA]|\\d{1,3}\\.)\\s+(.+)$");
  private static final Pattern SUBSIDIARY = Pattern.compile("^(?:o|\\u25E6|\\uF0A7|\\u2013|-|\\u25CB)\\s+(.+)$");
  private static final Pattern EDITION_DATE = Pattern.compile(
      "(January|February|March|April|May|June|July|August|September|October|November|December) \\d{1,2}, \\d{4}");
  private static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH);
  private static final NameNormalizer NORMALIZER = new NameNormalizer();
  private static final Pattern JUSTIFICATION = Pattern.compile(
      "Section 1260H\\(|\\b(?:is|are) (?:a|an|the|directly|indirectly|affiliated|owned|controlled)\\b");

  private static final SourceDescriptor DESCRIPTOR = new SourceDescriptor(
      ID,
      "DoD Section 1260H list of Chinese military companies",
      "U.S. Department of Defense",
      "https://www.defense.gov/News/Releases/",
      "From June 30, 2026 the Department of Defense may not enter into, renew or extend a contract for goods, services "
          + "or technology with a listed entity or an entity it controls, and from June 30, 2027 not for goods or "
          + "services produced or developed by them, even through a prime contractor (FY2024 NDAA §805). For DoD "
          + "contractors a hit is a likely bar on using the supplier in DoD work; for everyone else the listing is not a "
          + "sanction or trade ban by itself, but DoD has found the company to be a Chinese military company or "
          + "military-civil fusion contributor, which reviewers should weigh. Listed subsidiaries are named; other "
          + "entities the listed company controls are covered by §805 too.",
      "FY2021 NDAA §1260H (Pub. L. 116-283; 10 U.S.C. 113 note); FY2024 NDAA §805 (Pub. L. 118-31)");

  @Override
  public SourceDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public List<SourceFile> files() {
    return List.of(new SourceFile(PDF_FILE, PDF_URL, true));
  }

  @Override
  public int parserVersion() {
    return 1;
  }

  @Override
  public ParsedList parse(RawFiles files) throws IOException, ListFormatException {
    String text = extractText(files);
    List<String> lines = text.lines().map(l -> l.replace('\u00a0', ' ').strip()).filter(l -> !l.isEmpty()).toList();
    int first = firstEntryLine(lines);
    String header = String.join(" ", lines.subList(0, first));
    if (!header.contains("1260H")) {
      throw new ListFormatException(PDF_FILE, 0, "not the DoD Section 1260H list layout: the title before the first "
          + "bulleted entry does not name Section 1260H");
    }
    List<Printed> printed = new ArrayList<>();
    Printed parent = null;
    for (String line : lines.subList(first, lines.size())) {
      Matcher entry = ENTRY.matcher(line);
      Matcher subsidiary = SUBSIDIARY.matcher(line);
      if (entry.matches()) {
        parent = new Printed(entry.group(1), null);
        printed.add(parent);
      } else if (subsidiary.matches()) {
        if (parent == null) {
          throw new ListFormatException(PDF_FILE, 0, "not the DoD Section 1260H list layout: a sub-bullet ('"
              + abbreviate(line) + "') comes before any listed parent");
        }
        printed.add(new Printed(subsidiary.group(1), parent));
      } else if (!isPageFurniture(line)) {
        printed.get(printed.size() - 1).continueWith(line);
      }
    }
    Map<String, ListEntry.Builder> entries = new LinkedHashMap<>();
    for (Printed p : printed) {
      add(p, entries);
    }
    String edition = editionDate(header).orElse("");
    if (!edition.isEmpty()) {
      entries.values().forEach(b -> b.date("Edition", edition));
    }
    List<ListEntry> built = entries.values().stream().map(ListEntry.Builder::build).toList();
    return new ParsedList(built, edition, "");
  }

  private static String extractText(RawFiles files) throws IOException, ListFormatException {
    byte[] bytes = java.nio.file.Files.readAllBytes(files.require(PDF_FILE));
    if (bytes.length < 5 || !new String(bytes, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1).equals("%PDF-")) {
      throw new ListFormatException(PDF_FILE, 0, "not a PDF file (it does not start with %PDF-; an error page?)");
    }
    try (PDDocument pdf = Loader.loadPDF(bytes)) {
      if (pdf.getNumberOfPages() > MAX_PAGES) {
        throw new ListFormatException(PDF_FILE, 0, "not the DoD Section 1260H list layout: " + pdf.getNumberOfPages()
            + " pages, more than the " + MAX_PAGES + " expected");
      }
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      return stripper.getText(pdf);
    } catch (InvalidPasswordException e) {
      throw new ListFormatException(PDF_FILE, 0, "the PDF is encrypted with a password");
    } catch (IOException e) {
      throw new ListFormatException(PDF_FILE, 0, "not a readable PDF: " + e.getMessage());
    }
  }

  private static int firstEntryLine(List<String> lines) throws ListFormatException {
    for (int i = 0; i < lines.size(); i++) {
      if (ENTRY.matcher(lines.get(i)).matches() || SUBSIDIARY.matcher(lines.get(i)).matches()) {
        return i;
      }
    }
    throw new ListFormatException(PDF_FILE, 0, "not the DoD Section 1260H list layout: no bulleted entries found");
  }

  /** Page numbers and "UNCLASSIFIED" banners repeat on every page and belong to no entry. */
  private static boolean isPageFurniture(String line) {
    return line.matches("(?i)(page )?\\d{1,3}( of \\d{1,3})?|unclassified");
  }

  /**
   * One bulleted entry as printed, with its wrapped lines joined, and the entry it is listed under. Editions since
   * 2025 follow some entries with DoD's justification ("X is indirectly owned by SASAC (Section 1260H(g)(2)...)");
   * from the first line that reads like that, the rest is the note, not the name.
   */
  private static final class Printed {
    final StringBuilder text;
    final StringBuilder note = new StringBuilder();
    final Printed parent;

    Printed(String firstLine, Printed parent) {
      this.text = new StringBuilder(firstLine);
      this.parent = parent;
    }

    void continueWith(String line) {
      if (note.length() > 0 || JUSTIFICATION.matcher(line).find()) {
        note.append(note.length() > 0 ? " " : "").append(line);
      } else {
        text.append(' ').append(line);
      }
    }
  }

  /** A name printed twice (e.g. under two parents) is one entry linked to both. */
  private static void add(Printed printed, Map<String, ListEntry.Builder> entries) {
    Names names = cleanName(printed.text.toString());
    String key = EntryKeys.slug(names.name());
    ListEntry.Builder entry = entries.computeIfAbsent(ID + ":" + key, id -> ListEntry.builder(ID, key, names.name(), EntityType.ORGANIZATION)
        .program(PROGRAM).country("China").appendRemarks("Printed as: " + printed.text.toString().strip()
            + (printed.note.length() > 0 ? " | DoD: " + printed.note : "")));
    names.aliases().forEach(a -> entry.alias(a.name(), a.kind()));
    if (printed.parent != null) {
      entry.linkedTo(cleanName(printed.parent.text.toString()).name());
    }
  }

  /** A printed entry split into its name and the names in its trailing parentheses. */
  record Names(String name, List<Alias> aliases) {}

  /**
   * Peels trailing parenthesized groups off a printed entry: "(formerly X (Y))" gives former names X and Y, "(also
   * known as X)" an alias X, "(X)" a short name X, except a legal form such as "(Limited)", which stays in the name.
   * Asterisks (footnote marks of older editions) are dropped.
   */
  static Names cleanName(String printed) {
    String name = printed.replace("*", "").replaceAll("\\s+", " ").strip();
    List<Alias> aliases = new ArrayList<>();
    while (name.endsWith(")")) {
      int open = matchingOpen(name);
      if (open <= 0) {
        break;
      }
      String inner = name.substring(open + 1, name.length() - 1).strip();
      if (isLegalForm(inner)) {
        break;
      }
      name = name.substring(0, open).strip();
      if (inner.startsWith("formerly ")) {
        Names former = cleanName(inner.substring("formerly ".length()));
        aliases.add(new Alias(former.name(), AliasKind.FKA));
        former.aliases().forEach(a -> aliases.add(new Alias(a.name(), AliasKind.FKA)));
      } else if (inner.startsWith("also known as ")) {
        aliases.add(new Alias(inner.substring("also known as ".length()).strip(), AliasKind.AKA));
      } else {
        aliases.add(new Alias(inner, AliasKind.AKA));
      }
    }
    return new Names(name, List.copyOf(aliases));
  }

  private static int matchingOpen(String text) {
    int depth = 0;
    for (int i = text.length() - 1; i >= 0; i--) {
      char c = text.charAt(i);
      if (c == ')') {
        depth++;
      } else if (c == '(' && --depth == 0) {
        return i;
      }
    }
    return -1;
  }

  private static boolean isLegalForm(String inner) {
    List<String> tokens = NORMALIZER.tokens(inner);
    return !tokens.isEmpty() && tokens.stream().allMatch(t -> LegalForms.isLegalForm(t) || t.equals("group"));
  }

  static Optional<String> editionDate(String header) {
    Matcher m = EDITION_DATE.matcher(header);
    while (m.find()) {
      try {
        return Optional.of(LocalDate.parse(m.group(), US_DATE).toString());
      } catch (DateTimeParseException ignored) {
        // Not a calendar date ("June 31, 2026"); look for the next one.
      }
    }
    return Optional.empty();
  }

  private static String abbreviate(String text) {
    return text.length() <= 60 ? text : text.substring(0, 57) + "...";
  }
}
