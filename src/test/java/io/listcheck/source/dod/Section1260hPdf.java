package io.listcheck.source.dod;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Writes a PDF in the layout of DoD's Section 1260H list: a title, then bulleted entries with sub-bullets for listed
 * subsidiaries, a page number at the foot of each page. A line starting with two spaces is indented one level.
 */
final class Section1260hPdf {
  private static final float LEADING = 14;
  private static final float MARGIN = 72;

  private Section1260hPdf() {}

  static Path write(Path file, List<String> lines, int linesPerPage) throws IOException {
    PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    try (PDDocument pdf = new PDDocument()) {
      for (int start = 0, page = 1; start < lines.size(); start += linesPerPage, page++) {
        PDPage pdPage = new PDPage(PDRectangle.LETTER);
        pdf.addPage(pdPage);
        try (PDPageContentStream content = new PDPageContentStream(pdf, pdPage)) {
          float y = PDRectangle.LETTER.getHeight() - MARGIN;
          for (String line : lines.subList(start, Math.min(lines.size(), start + linesPerPage))) {
            int indent = line.length() - line.stripLeading().length();
            text(content, font, MARGIN + indent * 12, y, line.strip());
            y -= LEADING;
          }
          text(content, font, PDRectangle.LETTER.getWidth() / 2, MARGIN / 2, Integer.toString(page));
        }
      }
      pdf.save(file.toFile());
    }
    return file;
  }

  private static void text(PDPageContentStream content, PDType1Font font, float x, float y, String text) throws IOException {
    content.beginText();
    content.setFont(font, 11);
    content.newLineAtOffset(x, y);
    content.showText(text);
    content.endText();
  }
}
