package io.listcheck;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.listcheck.match.NameMatcherFuzzTest;
import io.listcheck.normalize.NameNormalizerFuzzTest;
import io.listcheck.screen.SupplierInputsFuzzTest;
import io.listcheck.source.ListSourcesFuzzTest;
import io.listcheck.source.custom.CustomListConfigFuzzTest;
import io.listcheck.store.SnapshotStoreFuzzTest;
import io.listcheck.suppress.SuppressionFileFuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every fuzz target behind one selector byte. Jazzer fuzzes a single test per JVM, and JVM start plus
 * instrumentation cost more than a short fuzzing run, so the bounded fuzzing in {@code mvn verify} runs this one
 * test; the per-target classes are for long runs on one target (docs/reliability.md).
 */
class AllReadersFuzzTest {
  record Target(Supplier<Stream<byte[]>> seeds, Consumer<byte[]> check) {}

  private static final List<Target> TARGETS = List.of(
      new Target(ListSourcesFuzzTest::seeds, ListSourcesFuzzTest::check),
      new Target(SupplierInputsFuzzTest::seeds, SupplierInputsFuzzTest::check),
      new Target(SuppressionFileFuzzTest::seeds, SuppressionFileFuzzTest::check),
      new Target(SnapshotStoreFuzzTest::seeds, SnapshotStoreFuzzTest::check),
      new Target(CustomListConfigFuzzTest::seeds, CustomListConfigFuzzTest::check),
      new Target(() -> NameNormalizerFuzzTest.seeds().map(s -> s.getBytes(StandardCharsets.UTF_8)),
          bytes -> NameNormalizerFuzzTest.check(new String(bytes, StandardCharsets.UTF_8))),
      new Target(() -> NameMatcherFuzzTest.seeds().map(s -> s.getBytes(StandardCharsets.UTF_8)),
          bytes -> NameMatcherFuzzTest.check(new String(bytes, StandardCharsets.UTF_8))));

  static Stream<byte[]> seeds() {
    return IntStream.range(0, TARGETS.size())
        .boxed()
        .flatMap(i -> TARGETS.get(i).seeds().get().map(seed -> FuzzContract.selected(i, seed)));
  }

  @MethodSource("seeds")
  @FuzzTest
  void everyReaderParsesOrRejectsWithTheFileAndLine(byte[] input) {
    TARGETS.get(FuzzContract.selector(input, TARGETS.size())).check().accept(FuzzContract.content(input));
  }
}
