package io.listcheck.source.fcc;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.listcheck.FuzzContract;
import io.listcheck.source.ListFormatException;
import io.listcheck.source.RawFiles;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.MethodSource;

/** Fuzzes the FCC Covered List parser: the first byte picks the page (HTML) or its flattened CSV copy. */
public class FccCoveredSourceFuzzTest {
  private static final List<String> FILES = List.of(FccCoveredSource.PAGE_FILE, FccCoveredSource.TABLE_CSV_FILE);
  private static final FccCoveredSource SOURCE = new FccCoveredSource();

  public static Stream<byte[]> seeds() {
    return IntStream.range(0, FILES.size())
        .mapToObj(i -> FuzzContract.selected(i, FuzzContract.resource("/io/listcheck/source/fcc/" + FILES.get(i))));
  }

  @MethodSource("seeds")
  @FuzzTest
  void parsesOrRejectsWithTheFileAndLine(byte[] input) {
    check(input);
  }

  public static void check(byte[] input) {
    String file = FILES.get(FuzzContract.selector(input, FILES.size()));
    try {
      SOURCE.parse(new RawFiles(Map.of(file, FuzzContract.write(file, FuzzContract.content(input)))));
    } catch (ListFormatException | IOException e) {
      FuzzContract.assertDocumentedRejection(e, file);
    }
  }
}
