package io.listcheck.suppress;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.listcheck.FuzzContract;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.MethodSource;

/** Fuzzes the suppression file reader: it loads, or rejects the file with a one-line message naming it. */
public class SuppressionFileFuzzTest {
  private static final String ENTRY = """
        - supplier: "Panda Express Inc"
          entry: "ofac-nonsdn:33111"
          fingerprint: "sha256:0123456789abcdef"
          reason: "Restaurant chain, not the listed entity"
          reviewer: "j.doe"
          expires: "2027-06-30"
      """;

  public static Stream<byte[]> seeds() {
    return Stream.of("# reviewed\nsuppressions:\n" + ENTRY + ENTRY, "suppressions: []\n", "suppressions:\n  - {supplier: x}\n",
        "suppressions: &a [*a]\n", "? [a]\n: b\n").map(s -> s.getBytes(StandardCharsets.UTF_8));
  }

  @MethodSource("seeds")
  @FuzzTest
  void loadsOrRejectsWithTheFileAndLine(byte[] input) {
    check(input);
  }

  public static void check(byte[] input) {
    Path file = FuzzContract.write(SuppressionFile.DEFAULT_NAME, input);
    try {
      SuppressionFile.load(file);
    } catch (SuppressionException e) {
      FuzzContract.assertDocumentedRejection(e, file.toString());
    }
  }
}
