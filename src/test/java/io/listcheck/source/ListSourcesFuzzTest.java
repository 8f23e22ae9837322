package io.listcheck.source;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.listcheck.FuzzContract;
import io.listcheck.source.csl.TradeCslSource;
import io.listcheck.source.custom.CustomListSource;
import io.listcheck.source.dhs.UflpaEntityListSource;
import io.listcheck.source.dod.DodSection1260hSource;
import io.listcheck.source.dod.Section1260hPdf;
import io.listcheck.source.fcc.FccCoveredSource;
import io.listcheck.source.ofac.OfacNonSdnSource;
import io.listcheck.source.ofac.OfacSdnSource;
import io.listcheck.source.statutes.UsStatutesSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Fuzzes every list parser: the first byte picks the source, the second which of its files the rest replaces
 * ({@link FuzzContract#checkSource}). Seeds are the sources' official-format fixtures.
 */
public class ListSourcesFuzzTest {
  /** A source, its fixture files, and whether it gets them all (files joined) or only the fuzzed one (alternatives). */
  record Target(ListSource source, Map<String, Path> fixtures, boolean siblings) {}

  private static final List<Target> TARGETS = List.of(
      new Target(new OfacSdnSource(), FuzzContract.fixtureFiles("/fixtures/ofac-sdn/", "SDN.CSV", "ALT.CSV", "ADD.CSV", "SDN_COMMENTS.CSV"), true),
      new Target(new OfacNonSdnSource(), FuzzContract.fixtureFiles("/io/listcheck/source/ofac/cons/",
          "CONS_PRIM.CSV", "CONS_ALT.CSV", "CONS_ADD.CSV", "CONS_COMMENTS.CSV"), true),
      new Target(new TradeCslSource(), FuzzContract.fixtureFiles("/fixtures/trade-csl/", TradeCslSource.CSV_FILE, TradeCslSource.JSON_FILE), false),
      // One file at a time: with both present the parser reads only the page.
      new Target(new FccCoveredSource(), FuzzContract.fixtureFiles("/io/listcheck/source/fcc/",
          FccCoveredSource.PAGE_FILE, FccCoveredSource.TABLE_CSV_FILE), false),
      new Target(new DodSection1260hSource(), Map.of(DodSection1260hSource.PDF_FILE, section1260hPdf()), false),
      new Target(new UflpaEntityListSource(), FuzzContract.fixtureFiles("/fixtures/dhs-uflpa/", UflpaEntityListSource.PAGE_FILE), false),
      new Target(new UsStatutesSource(), Map.of(UsStatutesSource.FILE, Path.of("lists/curated", UsStatutesSource.FILE)), false),
      new Target(customList(), FuzzContract.fixtureFiles("/fixtures/custom/", "blocked.csv"), false));

  public static Stream<byte[]> seeds() {
    return IntStream.range(0, TARGETS.size()).boxed()
        .flatMap(i -> FuzzContract.sourceSeeds(TARGETS.get(i).fixtures()).map(seed -> FuzzContract.selected(i, seed)));
  }

  @MethodSource("seeds")
  @FuzzTest
  void parsesOrRejectsWithTheFileAndLine(byte[] input) {
    check(input);
  }

  public static void check(byte[] input) {
    Target target = TARGETS.get(FuzzContract.selector(input, TARGETS.size()));
    FuzzContract.checkSource(target.source(), target.fixtures(), target.siblings(), FuzzContract.content(input));
  }

  @Test
  void fuzzesEveryRegisteredSource() {
    assertThat(TARGETS.stream().map(t -> t.source().id()))
        .containsAll(SourceRegistry.standard().all().stream().map(ListSource::id).toList());
  }

  private static Path section1260hPdf() {
    try {
      return Section1260hPdf.write(FuzzContract.scratch("seed-1260H.PDF"), List.of(
          "Entities Identified as Chinese Military Companies Operating in the United States in Accordance with Section 1260H",
          "\u2022 Huawei Technologies Co., Ltd.", "  o Huawei Investment & Holding Co., Ltd.",
          "\u2022 China Mobile Communications Group Co., Ltd. (China Mobile)"), 3);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static CustomListSource customList() {
    try {
      return CustomListSource.load(Fixtures.path("/fixtures/custom/blocked.json"), SourceRegistry.standard());
    } catch (IOException | ListFormatException e) {
      throw new IllegalStateException("the custom list fixture must load", e);
    }
  }
}
