package io.listcheck.quality;

import java.util.Locale;

/** How a labelled positive was made from a listed name, with the recall the project targets for it. */
enum VariantKind {
  EXACT(1.00),
  ALIAS(1.00),
  LEGAL_FORM(1.00),
  PUNCTUATION(1.00),
  TYPO(0.97),
  ABBREVIATION(0.97),
  WORD_ORDER(0.97),
  CHINESE(0.80),
  /**
   * Chinese legal names written after the Chinese tables; no longer held out since the tables' extension of
   * 2026-11-21 (docs/quality.md says how), so reported but not judged.
   */
  CHINESE_UNSEEN(0.80),
  /**
   * Chinese legal names written on 2026-11-22 by a helper that had not seen the Chinese tables, the tool's results or
   * the earlier sets' misses: held out, never used to build or tune the tables.
   */
  CHINESE_HELDOUT(0.80),
  /**
   * Chinese legal names written on 2026-11-22 by a third helper, while the lead wrote the general vocabulary of state
   * bodies and universities, and measured only after it: held out from that vocabulary and every table before it.
   */
  CHINESE_HELDOUT_3(0.80),
  CYRILLIC(0.90);

  final double target;

  VariantKind(double target) {
    this.target = target;
  }

  String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  static VariantKind of(String label) {
    return valueOf(label.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
  }
}
