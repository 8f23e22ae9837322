package io.listcheck.source;

import static org.assertj.core.api.Assertions.assertThat;

import io.listcheck.source.csl.TradeCslSource;
import io.listcheck.source.dhs.UflpaEntityListSource;
import io.listcheck.source.ofac.OfacSdnSource;
import io.listcheck.source.statutes.UsStatutesSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Damaged list files (truncated, bytes overwritten with the characters parsers split on) must give an entry list or
 * a ListFormatException naming the file, never another exception: a runtime exception would reach the user as an
 * internal error.
 */
class ParserRobustnessTest {
  private static final byte[] TROUBLE = "\",;()\r\n\u001a<>&?-0- and ".getBytes(java.nio.charset.StandardCharsets.UTF_8);

  static Stream<Arguments> damagedFiles() {
    List<Arguments> cases = List.of(
        Arguments.of(new OfacSdnSource(), "SDN.CSV", Fixtures.path("ofac-sdn/SDN.CSV")),
        Arguments.of(new TradeCslSource(), "consolidated.csv", Fixtures.path("trade-csl/consolidated.csv")),
        Arguments.of(new TradeCslSource(), "consolidated.json", Fixtures.path("trade-csl/consolidated.json")),
        Arguments.of(new UflpaEntityListSource(), "uflpa-entity-list.html", Fixtures.path("dhs-uflpa/uflpa-entity-list.html")),
        Arguments.of(new UsStatutesSource(), "us-statutes.csv", Path.of("lists/curated/us-statutes.csv")));
    return cases.stream().flatMap(c -> IntStream.range(0, 60).mapToObj(seed -> Arguments.of(c.get()[0], c.get()[1], c.get()[2], seed)));
  }

  @ParameterizedTest(name = "{1} seed {3}")
  @MethodSource("damagedFiles")
  void damagedFilesGiveEntriesOrAFormatErrorNamingTheFile(ListSource source, String name, Path original, int seed, @TempDir Path dir)
      throws Exception {
    Random random = new Random(seed);
    byte[] bytes = Files.readAllBytes(original);
    bytes = Arrays.copyOf(bytes, 1 + random.nextInt(bytes.length));
    for (int i = 0, n = random.nextInt(12); i < n; i++) {
      bytes[random.nextInt(bytes.length)] = TROUBLE[random.nextInt(TROUBLE.length)];
    }
    Path damaged = Files.write(dir.resolve(name), bytes);

    try {
      assertThat(source.parse(new RawFiles(Map.of(name, damaged))).entries()).allSatisfy(e -> assertThat(e.primaryName()).isNotBlank());
    } catch (ListFormatException e) {
      assertThat(e.getMessage()).startsWith(name + ":");
    }
  }
}
