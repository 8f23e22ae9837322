package io.listcheck.screen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.listcheck.match.Hit;
import io.listcheck.match.NameMatcher;
import io.listcheck.match.Verdict;
import io.listcheck.model.EntityType;
import io.listcheck.model.ListEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;

class ScreeningPipelineTest {
  private static final ListEntry LISTED = ListEntry.builder("test", "1", "Listed Co", EntityType.ORGANIZATION).build();

  /** Takes a random few hundred microseconds per name, so batches finish out of order on a pool. */
  private static final class SlowMatcher implements NameMatcher {
    final java.util.Set<Long> threads = ConcurrentHashMap.newKeySet();
    final AtomicInteger calls = new AtomicInteger();

    @Override
    public List<Hit> match(String supplierName) {
      calls.incrementAndGet();
      threads.add(Thread.currentThread().getId());
      LockSupport.parkNanos(Math.floorMod(supplierName.hashCode(), 400_000));
      if (supplierName.startsWith("hit")) {
        return List.of(new Hit(LISTED, "Listed Co", "primary", 1.0, Verdict.MATCH, "test", List.of(), "", "score"));
      }
      if (supplierName.equals("boom")) {
        throw new IllegalStateException("matcher bug on boom");
      }
      return List.of();
    }

    @Override
    public String algorithm() {
      return "slow-test/1";
    }
  }

  /** Row n is named "hit n" every 7th row, blank every 11th, else "clear n"; counts how far reading ran ahead. */
  private static final class CountingReader implements SupplierReader {
    final int rows;
    int read;

    CountingReader(int rows) {
      this.rows = rows;
    }

    @Override
    public SupplierRecord next() {
      if (read >= rows) {
        return null;
      }
      read++;
      String name = read % 11 == 0 ? " " : read % 7 == 0 ? "hit " + read : "clear " + read;
      return new SupplierRecord(read, read + 1, name, "id" + read, "");
    }

    @Override
    public void close() {}
  }

  @Test
  void emitsEveryRowExactlyOnceInInputOrderWhileBatchesFinishOutOfOrder() throws Exception {
    SlowMatcher matcher = new SlowMatcher();
    CountingReader reader = new CountingReader(3_001);
    List<ScreeningResult> out = new ArrayList<>();

    new ScreeningPipeline(new Screener(matcher), 4, 13).run(reader, out::add);

    assertThat(out).extracting(r -> r.supplier().row())
        .containsExactlyElementsOf(java.util.stream.LongStream.rangeClosed(1, 3_001).boxed().toList());
    assertThat(out).allSatisfy(r -> {
      long row = r.supplier().row();
      Status expected = row % 11 == 0 ? Status.ERROR : row % 7 == 0 ? Status.MATCH : Status.CLEAR;
      assertThat(r.status()).as("row %d", row).isEqualTo(expected);
      assertThat(r.supplier().supplierId()).isEqualTo("id" + row);
    });
    assertThat(out).filteredOn(r -> r.status() == Status.ERROR).hasSize(3_001 / 11)
        .allSatisfy(r -> assertThat(r.error()).isNotEmpty());
    assertThat(matcher.calls).hasValue(3_001 - 3_001 / 11);
    assertThat(matcher.threads).as("matching threads used").hasSizeGreaterThan(1);
  }

  @Test
  void neverReadsMoreThanItsWindowAheadOfTheConsumer() throws Exception {
    CountingReader reader = new CountingReader(2_000);
    ScreeningPipeline pipeline = new ScreeningPipeline(new Screener(new SlowMatcher()), 2, 10);
    AtomicInteger consumed = new AtomicInteger();
    AtomicInteger mostAhead = new AtomicInteger();

    pipeline.run(reader, r -> {
      consumed.incrementAndGet();
      mostAhead.accumulateAndGet(reader.read - consumed.get() + 1, Math::max);
    });

    assertThat(consumed).hasValue(2_000);
    assertThat(mostAhead.get()).isPositive().isLessThanOrEqualTo(pipeline.maxRowsInFlight());
    assertThat(pipeline.maxRowsInFlight()).isLessThan(2_000);
  }

  @Test
  void screensAShortInputOnTheCallingThread() throws Exception {
    SlowMatcher matcher = new SlowMatcher();
    List<ScreeningResult> out = new ArrayList<>();

    new ScreeningPipeline(new Screener(matcher), 2, 256).run(new NameListReader(List.of("hit me", "someone")), out::add);

    assertThat(out).extracting(ScreeningResult::status).containsExactly(Status.MATCH, Status.CLEAR);
    assertThat(matcher.threads).containsExactly(Thread.currentThread().getId());
  }

  @Test
  void sameResultsWithOneThreadAsWithMany() throws Exception {
    List<Status> single = new ArrayList<>();
    List<Status> parallel = new ArrayList<>();
    new ScreeningPipeline(new Screener(new SlowMatcher()), 1, 5).run(new CountingReader(500), r -> single.add(r.status()));
    new ScreeningPipeline(new Screener(new SlowMatcher()), 3, 5).run(new CountingReader(500), r -> parallel.add(r.status()));

    assertThat(parallel).hasSize(500).containsExactlyElementsOf(single);
  }

  @Test
  void aMatcherFailureSurfacesAsItselfAfterEarlierRowsWereHandedOn() {
    List<String> names = new ArrayList<>();
    Random random = new Random(6);
    for (int i = 0; i < 1_000; i++) {
      names.add(i == 700 ? "boom" : "clear " + random.nextInt());
    }
    List<ScreeningResult> out = new ArrayList<>();

    assertThatThrownBy(() -> new ScreeningPipeline(new Screener(new SlowMatcher()), 2, 16)
        .run(new NameListReader(names), out::add))
        .isInstanceOf(IllegalStateException.class).hasMessage("matcher bug on boom");
    assertThat(out).hasSizeLessThanOrEqualTo(700)
        .extracting(r -> r.supplier().row()).isSorted();
  }

  @Test
  void rejectsANonPositiveThreadCount() {
    assertThatThrownBy(() -> new ScreeningPipeline(new Screener(new SlowMatcher()), 0, 10))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
