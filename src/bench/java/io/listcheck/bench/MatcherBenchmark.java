package io.listcheck.bench;

import io.listcheck.match.Hit;
import io.listcheck.match.MatchSettings;
import io.listcheck.match.NameMatcher;
import io.listcheck.model.ListEntry;
import io.listcheck.model.SourceInfo;
import io.listcheck.normalize.NameNormalizer;
import io.listcheck.store.SnapshotStore;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Per-name cost of the matching path, through its public interfaces only so that it measures whichever matcher
 * the build contains: normalization, a clean name (candidate generation, few or no candidates to score), a
 * listed name under a variant (candidate generation plus scoring), and building the index over the snapshot.
 *
 * <p>Run with {@code bench/jmh.sh} (system properties {@code listcheck.lists} and {@code listcheck.eval}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class MatcherBenchmark {
  private static final int NAMES = 4096;

  @Param({"ascii", "mixed-script"})
  public String script;

  private List<ListEntry> entries;
  private NameMatcher matcher;
  private final NameNormalizer normalizer = new NameNormalizer();
  private String[] clean;
  private String[] listed;
  private int next;

  @Setup(Level.Trial)
  public void load() throws Exception {
    Path lists = Path.of(System.getProperty("listcheck.lists", "lists"));
    Path eval = Path.of(System.getProperty("listcheck.eval", "../shared/eval"));
    SnapshotStore store = new SnapshotStore(lists);
    entries = new ArrayList<>();
    for (SourceInfo source : store.readManifest().sources()) {
      entries.addAll(store.loadEntries(source));
    }
    matcher = NameMatcher.over(entries, MatchSettings.DEFAULTS);
    Random random = new Random(7);
    List<String> names = SupplierFileGenerator.cleanNames(eval);
    List<SupplierFileGenerator.Listed> organizations = SupplierFileGenerator.listedOrganizations(lists);
    clean = new String[NAMES];
    listed = new String[NAMES];
    for (int i = 0; i < NAMES; i++) {
      clean[i] = names.get(random.nextInt(names.size()));
      listed[i] = SupplierFileGenerator.inject(organizations.get(random.nextInt(organizations.size())), random).query();
      if (script.equals("mixed-script") && i % 8 == 0) {
        // Vendor masters of Chinese and Russian suppliers carry names in their own script.
        clean[i] = i % 16 == 0 ? "深圳市" + clean[i] + "有限公司" : "ООО " + clean[i];
      }
    }
  }

  private int nextIndex() {
    next = (next + 1) & (NAMES - 1);
    return next;
  }

  @Benchmark
  public List<String> normalizeName() {
    return normalizer.tokens(clean[nextIndex()]);
  }

  @Benchmark
  public List<Hit> matchCleanName() {
    return matcher.match(clean[nextIndex()]);
  }

  @Benchmark
  public List<Hit> matchListedVariant() {
    return matcher.match(listed[nextIndex()]);
  }

  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 3)
  @Measurement(iterations = 10)
  public NameMatcher buildIndex() {
    return NameMatcher.over(entries, MatchSettings.DEFAULTS);
  }
}
