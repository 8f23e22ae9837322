package io.listcheck.source.ofac;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.listcheck.FuzzContract;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Fuzzes OFAC's legacy CSV parser: the first byte picks which of the four CONS files the rest replaces, the other
 * three stay the fixture's, so the joins between files are exercised too.
 */
public class OfacNonSdnSourceFuzzTest {
  private static final Map<String, Path> FIXTURES = FuzzContract.fixtureFiles("/io/listcheck/source/ofac/cons/",
      "CONS_PRIM.CSV", "CONS_ALT.CSV", "CONS_ADD.CSV", "CONS_COMMENTS.CSV");

  public static Stream<byte[]> seeds() {
    return FuzzContract.sourceSeeds(FIXTURES);
  }

  @MethodSource("seeds")
  @FuzzTest
  void parsesOrRejectsWithTheFileAndLine(byte[] input) {
    check(input);
  }

  public static void check(byte[] input) {
    FuzzContract.checkSource(new OfacNonSdnSource(), FIXTURES, true, input);
  }
}
