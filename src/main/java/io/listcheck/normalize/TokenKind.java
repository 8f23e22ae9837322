package io.listcheck.normalize;

/** What a token of a normalized name is, which decides how much it can say about who a company is. */
public enum TokenKind {
  /** A word that may identify the company ("hikvision", "gazprom"); weighted by how rare it is on the lists. */
  NAME,
  /** An industry word or place ("technology", "china", "shenzhen"): counts, but never identifies alone. */
  GENERIC,
  /**
   * A Chinese province or city of registration ("shenzhen", "zhejiang"): generic, and counts half when the other
   * name lacks it, because Chinese legal names begin with it and English names often drop it.
   */
  LOCALITY,
  /** A legal form in its canonical spelling ("ltd", "jsc", "llc"): counts for little, never makes a hit. */
  LEGAL_FORM,
  /** Digits: they must agree exactly. */
  NUMBER,
  /**
   * The honoree of an organisation "named after" someone ("имени А.Ф. Иоффе"): generic, and counts half when the other
   * name lacks it, because Russian names carry it and English list names often drop it (or the other way round).
   */
  HONOREE,
  /**
   * A trade word of a Chinese legal name ("科技" technology, "通讯" communications), or a word of the designation a
   * Russian name puts before the company's own ("НПП", research and production enterprise; "торговый дом", trading
   * house): generic, and counts half when the other name lacks it, because the legal name carries it while the
   * company's other names often drop it ("中兴通讯股份有限公司" is "ZTE Corporation", "NPP Istok" is "Istok").
   */
  INDUSTRY
}
