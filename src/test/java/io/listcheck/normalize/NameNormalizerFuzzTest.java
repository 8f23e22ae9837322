package io.listcheck.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import io.listcheck.FuzzContract;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Fuzzes the name normalizer: folding, analysis, the other readings of a Cyrillic or Chinese name and the reading
 * without a parenthesized acronym never throw, folding keeps only single-spaced [a-z0-9 ] and is idempotent. Inputs
 * are cut to the longest name that is screened ({@link FuzzContract#screenedName}).
 */
public class NameNormalizerFuzzTest {
  private static final NameNormalizer NORMALIZER = new NameNormalizer();

  static {
    // ICU loads its transliteration rules on first use; keep that out of the per-input time limit.
    NORMALIZER.fold("Müller 大疆");
  }

  public static Stream<String> seeds() {
    return Stream.of("SZ DJI Technology Co., Ltd.", "深圳市大疆创新科技有限公司", "Müller & Söhne GmbH", "ɢ", "Nu'man",
        "ООО Ромашка", "АО «НИИ Систем Управления» Остек-CMT", "\u202Egnp.exe", "=HYPERLINK(\"x\")", "ﬀ Ǆ ß İ", "Ελληνικά ეს",
        "National University of Defense Technology (NUDT)", "西北工业大学 (NWPU)",
        "China Electronics Technology Group Corporation 13th Research Institute (CETC 13)", "NSCC (ISF-IM)",
        // acronyms that almost spell many short words: the speller must not try every way of spelling them
        "aab ".repeat(150) + "(aaaaaaaa-aaaaaz) ".repeat(20));
  }

  @MethodSource("seeds")
  @FuzzTest
  void foldNeverThrowsAndIsIdempotent(@NotNull String name) {
    check(name);
  }

  public static void check(String input) {
    String name = FuzzContract.screenedName(input);
    String folded = NORMALIZER.fold(name);
    assertThat(folded).matches("[a-z0-9 ]*").doesNotStartWith(" ").doesNotEndWith(" ").doesNotContain("  ");
    assertThat(NORMALIZER.fold(folded)).isEqualTo(folded);
    assertThat(NORMALIZER.readings(name).get(0).name()).isEqualTo(NORMALIZER.analyze(name));
    AnalyzedName withoutAcronym = NORMALIZER.withoutParenthesizedAcronym(name);
    if (withoutAcronym != null) {
      assertThat(withoutAcronym.folded()).matches("[a-z0-9 ]*");
    }
  }
}
