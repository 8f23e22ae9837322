package io.listcheck.screen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seeded random mutations of valid inputs (bytes flipped, inserted, deleted, truncated) fed to every reader: each
 * must either read records or fail with an {@link InputException}, never with any other exception.
 */
class SupplierReadersRobustnessTest {
  private static final int MUTATIONS = 250;
  /** Characters that matter to the parsers, inserted more often than random bytes would be. */
  private static final String SYNTAX = "\"\n\r;,\t|{}[]:\u0000\\";
  @TempDir
  Path dir;

  static Stream<Arguments> seeds() throws Exception {
    return Stream.of(
        Arguments.of(InputFormat.CSV, "id;name;country\nV1;\"Acme; Rocket\";RU\nV2;Zenith;CN\n".getBytes(StandardCharsets.UTF_8)),
        Arguments.of(InputFormat.JSON, "[{\"name\": \"Acme\", \"id\": 1}, \"Zenith\", {\"name\": null}]".getBytes(StandardCharsets.UTF_8)),
        Arguments.of(InputFormat.JSONL, "{\"name\": \"Acme\"}\n{\"name\": \"Zenith\", \"id\": [1]}\n".getBytes(StandardCharsets.UTF_8)),
        Arguments.of(InputFormat.TEXT, "Acme\nZenith Drone\n\u00fcml\u00e4ut\n".getBytes(StandardCharsets.UTF_8)));
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void neverFailsWithAnythingButAnInputError(InputFormat format, byte[] seed) throws Exception {
    Random random = new Random(format.ordinal() * 7919L + 17);
    for (int i = 0; i < MUTATIONS; i++) {
      readExpectingNoCrash(format, mutate(seed, random), i);
    }
  }

  @ParameterizedTest
  @MethodSource("xlsxSeeds")
  void workbooksSurviveMutationToo(byte[] seed) throws Exception {
    Random random = new Random(4711);
    for (int i = 0; i < MUTATIONS / 5; i++) {
      readExpectingNoCrash(InputFormat.XLSX, mutate(seed, random), i);
    }
  }

  static Stream<byte[]> xlsxSeeds() throws Exception {
    Path tmp = Files.createTempFile("seed", ".xlsx");
    try {
      XlsxFixture.write(tmp, List.of(List.of("name", "id"), List.of("Acme", "1"), List.of("Zenith", "2")));
      return Stream.of(Files.readAllBytes(tmp));
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  private void readExpectingNoCrash(InputFormat format, byte[] input, int attempt) throws Exception {
    Path file = Files.write(dir.resolve("in-" + attempt), input);
    try (SupplierReader reader = SupplierInputs.open(file, "in", format, InputColumns.AUTO, "", w -> {})) {
      long rows = 0;
      for (SupplierRecord r; (r = reader.next()) != null; ) {
        rows++;
        assertThat(r.row()).isEqualTo(rows);
      }
    } catch (InputException expected) {
      assertThat(expected.getMessage()).startsWith("in").doesNotContain("\n");
    } catch (Exception | StackOverflowError e) {
      fail(format + " mutation " + attempt + " crashed with " + e, e);
    } finally {
      Files.deleteIfExists(file);
    }
  }

  private static byte[] mutate(byte[] seed, Random random) {
    byte[] data = seed.clone();
    int edits = 1 + random.nextInt(4);
    for (int e = 0; e < edits && data.length > 0; e++) {
      int at = random.nextInt(data.length);
      switch (random.nextInt(4)) {
        case 0 -> data[at] = (byte) random.nextInt(256);
        case 1 -> data = splice(data, at, new byte[] {(byte) SYNTAX.charAt(random.nextInt(SYNTAX.length()))});
        case 2 -> data = splice(java.util.Arrays.copyOfRange(data, 0, at), at, java.util.Arrays.copyOfRange(data, Math.min(data.length, at + 1), data.length));
        default -> data = java.util.Arrays.copyOf(data, at);
      }
    }
    return data;
  }

  private static byte[] splice(byte[] data, int at, byte[] insert) {
    byte[] out = new byte[data.length + insert.length];
    System.arraycopy(data, 0, out, 0, Math.min(at, data.length));
    System.arraycopy(insert, 0, out, Math.min(at, data.length), insert.length);
    System.arraycopy(data, Math.min(at, data.length), out, Math.min(at, data.length) + insert.length, data.length - Math.min(at, data.length));
    return out;
  }
}
