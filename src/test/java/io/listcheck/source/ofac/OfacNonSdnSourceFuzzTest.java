package io.listcheck.source.ofac;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.listcheck.FuzzContract;
import io.listcheck.source.Fixtures;
import io.listcheck.source.ListFormatException;
import io.listcheck.source.RawFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Fuzzes OFAC's legacy CSV parser: the first byte picks which of the four CONS files the rest replaces, the other
 * three stay the fixture's, so the joins between files are exercised too.
 */
public class OfacNonSdnSourceFuzzTest {
  private static final String FIXTURE = "/io/listcheck/source/ofac/cons/";
  private static final List<String> FILES = List.of("CONS_PRIM.CSV", "CONS_ALT.CSV", "CONS_ADD.CSV", "CONS_COMMENTS.CSV");
  private static final OfacNonSdnSource SOURCE = new OfacNonSdnSource();

  public static Stream<byte[]> seeds() {
    return IntStream.range(0, FILES.size()).mapToObj(i -> FuzzContract.selected(i, FuzzContract.resource(FIXTURE + FILES.get(i))));
  }

  @MethodSource("seeds")
  @FuzzTest
  void parsesOrRejectsWithTheFileAndLine(byte[] input) {
    check(input);
  }

  public static void check(byte[] input) {
    String replaced = FILES.get(FuzzContract.selector(input, FILES.size()));
    Map<String, Path> files = new LinkedHashMap<>();
    for (String name : FILES) {
      files.put(name, Fixtures.path(FIXTURE + name));
    }
    files.put(replaced, FuzzContract.write(replaced, FuzzContract.content(input)));
    try {
      SOURCE.parse(new RawFiles(files));
    } catch (ListFormatException | IOException e) {
      FuzzContract.assertDocumentedRejection(e, replaced);
    }
  }
}
