package io.listcheck.source.fcc;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.listcheck.FuzzContract;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.MethodSource;

/** Fuzzes the FCC Covered List parser: the first byte picks the page (HTML) or its flattened CSV copy. */
public class FccCoveredSourceFuzzTest {
  private static final Map<String, Path> FIXTURES = FuzzContract.fixtureFiles("/io/listcheck/source/fcc/",
      FccCoveredSource.PAGE_FILE, FccCoveredSource.TABLE_CSV_FILE);

  public static Stream<byte[]> seeds() {
    return FuzzContract.sourceSeeds(FIXTURES);
  }

  @MethodSource("seeds")
  @FuzzTest
  void parsesOrRejectsWithTheFileAndLine(byte[] input) {
    check(input);
  }

  public static void check(byte[] input) {
    // One file at a time: with both present the parser reads only the page.
    FuzzContract.checkSource(new FccCoveredSource(), FIXTURES, false, input);
  }
}
