package io.listcheck.screen;

import io.listcheck.normalize.NameNormalizer;

/**
 * Prepares the name normalizer's transliteration rules on a second core while the main thread loads the lists.
 *
 * <p>ICU compiles each script's transliteration rules the first time it meets that script, and the compiled rules
 * are shared by every transliterator afterwards. Han alone takes about 0.2 s of CPU, and the lists carry Chinese
 * names, so building the index would pay it on the main thread; started first, it overlaps list loading instead.
 * It analyses rather than only folds, so that the normalizer's word tables (legal forms, business words and their
 * typo index, whose set-up itself transliterates) are ready too: the first supplier name needs them even when the
 * listed names come analysed from the snapshot's precomputed index.
 */
public final class NormalizerWarmup {
  // Accented Latin and Han: the scripts of listed names and of the vendor masters that screen them.
  private static final String SAMPLE = "Société Générale 深圳市大疆创新科技有限公司";

  private NormalizerWarmup() {}

  /** Starts the warm-up on a daemon thread, which never delays exit; returns it so that callers may wait. */
  public static Thread start() {
    Thread warmup = new Thread(() -> new NameNormalizer().analyze(SAMPLE), "listcheck-warmup");
    warmup.setDaemon(true);
    // A failure here would only repeat on the main thread, where it is reported; keep the warm-up silent.
    warmup.setUncaughtExceptionHandler((thread, e) -> { });
    warmup.start();
    return warmup;
  }
}
