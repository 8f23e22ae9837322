package io.listcheck.screen;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.listcheck.FuzzContract;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Fuzzes every supplier reader the way {@code screen} opens a file: the first byte picks the format (CSV, XLSX,
 * JSON, JSON Lines, text), the rest is the file. It yields records numbered 1, 2, 3... or is rejected with a
 * one-line message naming the file.
 */
public class SupplierInputsFuzzTest {
  private static final InputFormat[] FORMATS = InputFormat.values();

  public static Stream<byte[]> seeds() {
    return Stream.of(
        Stream.of(seed(InputFormat.CSV, "\uFEFFVendor ID;Vendor Name\nA1;\"Huawei; Technologies\"\nA2;\n"),
            seed(InputFormat.JSON, "[{\"name\": \"Acme\", \"id\": 1}, \"Zenith\", {\"name\": null}]"),
            seed(InputFormat.JSONL, "{\"name\": \"Acme\"}\n{\"name\": \"Zenith\", \"country\": \"CN\"}\n"),
            seed(InputFormat.TEXT, "Acme\nZenith Drone\nM\u00fcller GmbH\n"),
            FuzzContract.selected(InputFormat.XLSX.ordinal(), workbook())),
        FuzzContract.resourcesEndingWith(".csv").map(csv -> FuzzContract.selected(InputFormat.CSV.ordinal(), csv)),
        FuzzContract.resourcesEndingWith(".json").map(json -> FuzzContract.selected(InputFormat.JSON.ordinal(), json)))
        .flatMap(s -> s);
  }

  @MethodSource("seeds")
  @FuzzTest
  void readsEveryRowOrRejectsWithTheFileAndLine(byte[] input) {
    check(input);
  }

  public static void check(byte[] input) {
    InputFormat format = FORMATS[FuzzContract.selector(input, FORMATS.length)];
    String name = "suppliers." + format.label().toLowerCase(Locale.ROOT);
    Path file = FuzzContract.write(name, FuzzContract.content(input));
    try (SupplierReader reader = SupplierInputs.open(file, name, format, InputColumns.AUTO, "", warning -> {})) {
      long previous = 0;
      for (SupplierRecord record = reader.next(); record != null; record = reader.next()) {
        assertThat(record.row()).isEqualTo(previous + 1);
        previous = record.row();
      }
    } catch (InputException | IOException e) {
      FuzzContract.assertDocumentedRejection(e, name);
    }
  }

  private static byte[] seed(InputFormat format, String text) {
    return FuzzContract.selected(format.ordinal(), text.getBytes(StandardCharsets.UTF_8));
  }

  private static byte[] workbook() {
    try {
      Path file = Files.createTempFile("seed", ".xlsx");
      try {
        XlsxFixture.write(file, Map.of("Suppliers", List.of(List.of("name", "id"), List.of("Acme", "1"), List.of("Zenith", "2"))));
        return Files.readAllBytes(file);
      } finally {
        Files.delete(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
