package io.listcheck.source.custom;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.listcheck.FuzzContract;
import io.listcheck.source.ListFormatException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.MethodSource;

/** Fuzzes the custom list config reader: it reads, or rejects the config with a one-line message naming it. */
public class CustomListConfigFuzzTest {

  public static Stream<byte[]> seeds() {
    return FuzzContract.resourcesEndingWith(".json").filter(json -> new String(json, java.nio.charset.StandardCharsets.UTF_8).contains("\"columns\""));
  }

  @MethodSource("seeds")
  @FuzzTest
  void readsOrRejectsWithTheFileAndLine(byte[] input) {
    check(input);
  }

  public static void check(byte[] input) {
    Path config = FuzzContract.write("custom-list.json", input);
    try {
      CustomListConfig.read(config);
    } catch (ListFormatException | IOException e) {
      FuzzContract.assertDocumentedRejection(e, config.toString());
    }
  }
}
