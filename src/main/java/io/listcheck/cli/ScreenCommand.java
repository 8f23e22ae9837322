package io.listcheck.cli;

import io.listcheck.Version;
import io.listcheck.match.MatchSettings;
import io.listcheck.match.Verdict;
import io.listcheck.model.SourceInfo;
import io.listcheck.report.ReportContext;
import io.listcheck.report.ReportWriter;
import io.listcheck.report.ReportWriters;
import io.listcheck.report.Summary;
import io.listcheck.screen.Baseline;
import io.listcheck.screen.HitChange;
import io.listcheck.screen.InputColumns;
import io.listcheck.screen.InputException;
import io.listcheck.screen.NameListReader;
import io.listcheck.screen.NormalizerWarmup;
import io.listcheck.screen.ScreeningPipeline;
import io.listcheck.screen.ScreeningResult;
import io.listcheck.screen.Screener;
import io.listcheck.screen.SupplierReader;
import io.listcheck.store.Freshness;
import io.listcheck.store.SnapshotDiff;
import io.listcheck.store.SnapshotStore;
import io.listcheck.suppress.SuppressionException;
import io.listcheck.suppress.SuppressionFile;
import io.listcheck.suppress.Suppressions;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "screen", mixinStandardHelpOptions = true,
    description = "Screen supplier names (a file, '-' for standard input, or --name) against every list in the snapshot.")
final class ScreenCommand implements Callable<Integer> {

  @ParentCommand
  RootCommand root;

  @Parameters(arity = "0..1", paramLabel = "FILE",
      description = "Supplier file: CSV/TSV, XLSX, JSON, JSON Lines or text (one name per line); '-' reads standard input.")
  String file;

  @Option(names = "--name", paramLabel = "NAME", description = "A supplier name to screen (repeatable).")
  List<String> names = new ArrayList<>();

  @Option(names = "--input-format", paramLabel = "FORMAT",
      description = "csv, xlsx, json, jsonl or text (default: by file extension; csv for '-').")
  String inputFormat;

  @Option(names = "--sheet", paramLabel = "NAME", description = "Workbook sheet to read (default: the first).")
  String sheet = "";

  @Option(names = "--column", paramLabel = "NAME", description = "Column holding the supplier name (default: found by header).")
  String column = "";

  @Option(names = "--id-column", paramLabel = "NAME", description = "Column holding a supplier id to carry into reports.")
  String idColumn = "";

  @Option(names = "--country-column", paramLabel = "NAME",
      description = "Column holding the supplier's country, used as evidence (agreement raises a score slightly, conflict lowers it).")
  String countryColumn = "";

  @Option(names = "--format", paramLabel = "FORMAT[=FILE]",
      description = "Report: table, json, csv, sarif, junit or html, optionally =FILE (repeatable; default: table).")
  List<String> formats = new ArrayList<>();

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the report given without =FILE to FILE instead of standard output.")
  Path output;

  @Option(names = "--threshold", paramLabel = "SCORE", description = "Score from which a hit is a match (default: ${DEFAULT-VALUE}).")
  double threshold = MatchSettings.DEFAULTS.matchThreshold();

  @Option(names = "--review-threshold", paramLabel = "SCORE", description = "Score from which a hit is shown for review (default: ${DEFAULT-VALUE}).")
  double reviewThreshold = MatchSettings.DEFAULTS.reviewThreshold();

  @Option(names = "--now", paramLabel = "INSTANT", description = "Time of run to record, e.g. 2026-01-01T00:00:00Z (for reproducible reports).")
  String now;

  @Option(names = "--show-clear", description = "List clear suppliers in the table too.")
  boolean showClear;

  @Option(names = "--show-suppressed", description = "List suppressed hits in reports (they are always counted).")
  boolean showSuppressed;

  @Option(names = "--suppressions", paramLabel = "FILE",
      description = "Reviewed false positives (default: " + SuppressionFile.DEFAULT_NAME + " if present).")
  Path suppressions;

  @Option(names = "--fail-on", paramLabel = "LEVEL", description = "Exit 1 on: match (default), review (matches or reviews) or never.")
  String failOn = "match";

  @Option(names = "--max-age", paramLabel = "DURATION", converter = DurationConverter.class,
      description = "Exit 3 if a list was not confirmed with its publisher within this, e.g. 30d, 2w, 36h.")
  Duration maxAge;

  @Option(names = "--since", paramLabel = "OLD",
      description = "Report only what changed since an older snapshot (its folder or manifest.json): new hits, changed listings, delistings.")
  Path since;

  @Option(names = "--no-progress", description = "No progress bar (it is only ever shown on a terminal).")
  boolean noProgress;

  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    if (file == null && names.isEmpty()) {
      throw new UserError(ExitCode.USAGE, "nothing to screen: give a supplier FILE or --name NAME");
    }
    if (file != null && !names.isEmpty()) {
      throw new UserError(ExitCode.USAGE, "give either a supplier FILE or --name, not both");
    }
    Verdict failLevel = failLevel();
    List<ReportTarget> targets = ReportTarget.parse(formats, output);
    MatchSettings settings = settings();
    Instant runAt = NowOption.parse(now);
    long started = System.nanoTime();
    NormalizerWarmup.start();
    LoadedLists lists = LoadedLists.load(root.listsDir());
    debug(started, "read and checked " + lists.manifest().sources().size() + " entries files");
    checkAge(lists.manifest().sources(), runAt);
    Path suppressionFile = suppressionFile();
    Suppressions rules = loadSuppressions(suppressionFile);
    Screener screener = new Screener(lists.matcher(settings, note -> debug(started, note)))
        .withSuppressions(rules, LocalDate.ofInstant(runAt, ZoneOffset.UTC));
    debug(started, "matcher ready");
    if (since != null) {
      if (!Files.exists(since)) {
        throw new UserError(ExitCode.USAGE, "--since: " + since + ": no such snapshot folder or manifest.json");
      }
      LoadedLists older = LoadedLists.load(Files.isDirectory(since) ? since : since.toAbsolutePath().getParent());
      screener = screener.withBaseline(new Baseline(older.matcher(settings, note -> debug(started, "--since: " + note)),
          SnapshotDiff.between(older.entries(), lists.entries())));
    }
    try (SupplierFile input = file == null ? null : SupplierFile.of(file, inputFormat, System.in)) {
      Map<String, String> parameters = parameters(settings, runAt, input, suppressionFile, rules);
      ReportContext context = new ReportContext("listcheck", Version.get(), screener.matcher().algorithm(),
          lists.manifest().sources(), parameters, file == null ? "" : file, showSuppressed, showClear);
      int exitCode = screen(screener, context, targets, input, failLevel);
      debug(started, "screened");
      return exitCode;
    }
  }

  /** With --debug, what the screening did and when (milliseconds since the lists began loading), on standard error. */
  private void debug(long started, String what) {
    if (root.debug()) {
      spec.commandLine().getErr().printf(Locale.ROOT, "listcheck: debug: %,d ms: %s%n", (System.nanoTime() - started) / 1_000_000, what);
    }
  }

  private int screen(Screener screener, ReportContext context, List<ReportTarget> targets, SupplierFile input, Verdict failLevel)
      throws IOException {
    Summary summary = new Summary();
    long[] failing = {0};
    PrintWriter err = spec.commandLine().getErr();
    boolean showProgress = !noProgress && System.console() != null;
    Progress progress = new Progress(err, showProgress, showProgress && input != null ? input.estimatedRows() : 0);
    try (ReportFiles files = new ReportFiles()) {
      try (SupplierReader reader = openInput(input, err); ReportWriter writer = openWriters(targets, files)) {
        writer.begin(context);
        new ScreeningPipeline(screener).run(reader, result -> {
          summary.count(result);
          failing[0] += failingHits(result, failLevel);
          writer.result(result);
          progress.row();
        });
        progress.finish();
        writer.end(summary);
      } catch (InputException e) {
        progress.finish();
        throw new UserError(ExitCode.USAGE, e.getMessage());
      }
      files.commit();
    }
    if (failing[0] > 0) {
      return ExitCode.HITS;
    }
    return summary.errors() > 0 ? ExitCode.USAGE : ExitCode.OK;
  }

  /** Hits at or above the --fail-on level; with --since only new or changed ones count. */
  private long failingHits(ScreeningResult result, Verdict failLevel) {
    if (failLevel == null) {
      return 0;
    }
    var hits = since == null ? result.hits().stream()
        : result.changes().stream().filter(HitChange::needsReview).map(HitChange::hit);
    return hits.filter(h -> h.verdict() == Verdict.MATCH || failLevel == Verdict.REVIEW).count();
  }

  private Verdict failLevel() {
    return switch (failOn.toLowerCase(Locale.ROOT)) {
      case "match" -> Verdict.MATCH;
      case "review" -> Verdict.REVIEW;
      case "never" -> null;
      default -> throw new UserError(ExitCode.USAGE, "--fail-on: '" + failOn + "' is not one of match, review, never");
    };
  }

  private MatchSettings settings() {
    try {
      return new MatchSettings(threshold, reviewThreshold);
    } catch (IllegalArgumentException e) {
      throw new UserError(ExitCode.USAGE, e.getMessage());
    }
  }

  /**
   * The same freshness rule as {@code lists --max-age}: a source's age runs from the last time listcheck confirmed
   * it with the publisher, so a list the publisher has not changed for months is not stale after a fresh update.
   */
  private void checkAge(List<SourceInfo> sources, Instant runAt) {
    if (maxAge == null) {
      return;
    }
    List<String> stale = new ArrayList<>();
    for (SourceInfo s : sources) {
      Freshness f = Freshness.of(s, runAt, maxAge);
      if (f.age() == null) {
        throw new UserError(ExitCode.LIST_DATA, root.listsDir().resolve(SnapshotStore.MANIFEST) + ": source " + s.id()
            + " has no readable date (as of '" + s.asOf() + "', retrieved '" + s.retrievedAt() + "', last checked '"
            + s.lastChecked() + "'); run 'listcheck update'");
      }
      if (f.stale()) {
        stale.add(s.id() + " (" + f.ageLabel() + " since " + f.since() + ")");
      }
    }
    if (!stale.isEmpty()) {
      throw new UserError(ExitCode.LIST_DATA, "stale lists (not confirmed with the publisher within --max-age): "
          + String.join(", ", stale) + "; run 'listcheck update'");
    }
  }

  private Path suppressionFile() {
    if (suppressions != null) {
      if (!Files.isRegularFile(suppressions)) {
        throw new UserError(ExitCode.USAGE, suppressions + ": no such suppression file");
      }
      return suppressions;
    }
    Path standard = Path.of(SuppressionFile.DEFAULT_NAME);
    return Files.isRegularFile(standard) ? standard : null;
  }

  private static Suppressions loadSuppressions(Path file) {
    if (file == null) {
      return Suppressions.NONE;
    }
    try {
      return SuppressionFile.load(file);
    } catch (SuppressionException e) {
      throw new UserError(ExitCode.USAGE, e.getMessage());
    }
  }

  private Map<String, String> parameters(MatchSettings settings, Instant runAt, SupplierFile input, Path suppressionFile,
      Suppressions rules) throws IOException {
    Map<String, String> p = new LinkedHashMap<>();
    p.put("matchThreshold", Double.toString(settings.matchThreshold()));
    p.put("reviewThreshold", Double.toString(settings.reviewThreshold()));
    p.put("failOn", failOn.toLowerCase(Locale.ROOT));
    p.put("runAt", runAt.toString());
    if (input != null) {
      p.put("input", input.fileName());
      p.put("inputSha256", input.sha256());
    } else {
      p.put("input", "--name");
    }
    if (suppressionFile != null) {
      p.put("suppressions", suppressionFile.getFileName() + " (" + rules.all().size() + " entries, sha256 "
          + SnapshotStore.sha256(suppressionFile) + ")");
    }
    if (since != null) {
      p.put("since", since.toString());
    }
    return p;
  }

  private SupplierReader openInput(SupplierFile input, PrintWriter err) throws InputException, IOException {
    if (input == null) {
      return new NameListReader(names);
    }
    return input.open(new InputColumns(column, idColumn, countryColumn), sheet, err);
  }

  private ReportWriter openWriters(List<ReportTarget> targets, ReportFiles files) throws IOException {
    List<ReportWriter> writers = new ArrayList<>();
    for (ReportTarget target : targets) {
      Writer out = target.file().isEmpty() ? new NonClosingWriter(spec.commandLine().getOut())
          : files.open(target.file().get(), target.format().label());
      writers.add(target.format().open(out));
    }
    return new ReportWriters(writers);
  }

  /** Lets a report close its writer without closing the process's standard output. */
  private static final class NonClosingWriter extends FilterWriter {
    NonClosingWriter(Writer out) {
      super(out);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
