package io.listcheck.screen;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.listcheck.FuzzContract;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.MethodSource;

/** Fuzzes the CSV supplier reader: it yields numbered records in order, or rejects the file with its name and line. */
public class CsvSupplierReaderFuzzTest {
  private static final String FILE = "suppliers.csv";

  public static Stream<byte[]> seeds() {
    return Stream.concat(
        Stream.of("\uFEFFVendor ID,Vendor Name\nA1,\"Huawei, Technologies\"\nA2,\n", "name\n\"unterminated\n", "a,b\n1,2,3\n")
            .map(s -> s.getBytes(StandardCharsets.UTF_8)),
        FuzzContract.resourcesEndingWith(".csv"));
  }

  @MethodSource("seeds")
  @FuzzTest
  void readsEveryRowOrRejectsWithTheFileAndLine(byte[] input) {
    check(input);
  }

  public static void check(byte[] input) {
    try (SupplierReader reader = new CsvSupplierReader(FILE, new ByteArrayInputStream(input), InputColumns.AUTO)) {
      long previous = 0;
      for (SupplierRecord record = reader.next(); record != null; record = reader.next()) {
        assertThat(record.row()).isEqualTo(previous + 1);
        previous = record.row();
      }
    } catch (InputException e) {
      FuzzContract.assertDocumentedRejection(e, FILE);
    }
  }
}
