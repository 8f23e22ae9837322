package io.listcheck.cli;

import io.listcheck.Version;
import io.listcheck.match.MatchSettings;
import io.listcheck.match.NameMatcher;
import io.listcheck.report.JsonReportWriter;
import io.listcheck.report.ReportContext;
import io.listcheck.report.ReportWriter;
import io.listcheck.report.Summary;
import io.listcheck.report.TableReportWriter;
import io.listcheck.screen.CsvSupplierReader;
import io.listcheck.screen.InputColumns;
import io.listcheck.screen.InputException;
import io.listcheck.screen.NameListReader;
import io.listcheck.screen.NormalizerWarmup;
import io.listcheck.screen.Screener;
import io.listcheck.screen.ScreeningPipeline;
import io.listcheck.screen.SupplierReader;
import io.listcheck.store.SnapshotStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.FilterWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
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
    description = "Screen supplier names (a file, or --name) against every list in the snapshot.")
final class ScreenCommand implements Callable<Integer> {

  @ParentCommand
  RootCommand root;

  @Parameters(arity = "0..1", paramLabel = "FILE", description = "Supplier file: CSV with a header row.")
  Path file;

  @Option(names = "--name", paramLabel = "NAME", description = "A supplier name to screen (repeatable).")
  List<String> names = new ArrayList<>();

  @Option(names = "--column", paramLabel = "NAME", description = "Column holding the supplier name (default: found by header).")
  String column = "";

  @Option(names = "--id-column", paramLabel = "NAME", description = "Column holding a supplier id to carry into reports.")
  String idColumn = "";

  @Option(names = "--country-column", paramLabel = "NAME", description = "Column holding the supplier's country.")
  String countryColumn = "";

  @Option(names = "--format", paramLabel = "FORMAT", description = "Report format: table (default) or json.")
  String format = "table";

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the report to FILE instead of standard output.")
  Path output;

  @Option(names = "--threshold", paramLabel = "SCORE", description = "Score from which a hit is a match (default: ${DEFAULT-VALUE}).")
  double threshold = MatchSettings.DEFAULTS.matchThreshold();

  @Option(names = "--review-threshold", paramLabel = "SCORE", description = "Score from which a hit is shown for review (default: ${DEFAULT-VALUE}).")
  double reviewThreshold = MatchSettings.DEFAULTS.reviewThreshold();

  @Option(names = "--now", paramLabel = "INSTANT", description = "Time of run to record, e.g. 2026-01-01T00:00:00Z (for reproducible reports).")
  String now;

  @Option(names = "--show-clear", description = "List clear suppliers in the table too.")
  boolean showClear;

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
    MatchSettings settings = settings();
    Instant runAt = parseNow(now);
    NormalizerWarmup.start();
    LoadedLists lists = LoadedLists.load(root.listsDir());
    Screener screener = new Screener(NameMatcher.over(lists.entries(), settings));
    ReportContext context = new ReportContext("listcheck", Version.get(), screener.matcher().algorithm(),
        lists.manifest().sources(), parameters(settings, runAt));
    Summary summary = new Summary();
    try (SupplierReader reader = openInput(); ReportWriter writer = openWriter()) {
      writer.begin(context);
      new ScreeningPipeline(screener).run(reader, result -> {
        summary.count(result);
        writer.result(result);
      });
      writer.end(summary);
    } catch (InputException e) {
      throw new UserError(ExitCode.USAGE, e.getMessage());
    }
    if (summary.matches() > 0) {
      return ExitCode.HITS;
    }
    return summary.errors() > 0 ? ExitCode.USAGE : ExitCode.OK;
  }

  private MatchSettings settings() {
    try {
      return new MatchSettings(threshold, reviewThreshold);
    } catch (IllegalArgumentException e) {
      throw new UserError(ExitCode.USAGE, e.getMessage());
    }
  }

  static Instant parseNow(String value) {
    if (value == null) {
      return Instant.now();
    }
    try {
      return Instant.parse(value);
    } catch (DateTimeParseException e) {
      throw new UserError(ExitCode.USAGE, "--now: '" + value + "' is not an instant like 2026-01-01T00:00:00Z");
    }
  }

  private Map<String, String> parameters(MatchSettings settings, Instant runAt) throws IOException {
    Map<String, String> p = new LinkedHashMap<>();
    p.put("matchThreshold", Double.toString(settings.matchThreshold()));
    p.put("reviewThreshold", Double.toString(settings.reviewThreshold()));
    p.put("runAt", runAt.toString());
    if (file != null) {
      p.put("input", file.getFileName().toString());
      try {
        p.put("inputSha256", SnapshotStore.sha256(file));
      } catch (NoSuchFileException e) {
        throw new UserError(ExitCode.USAGE, file + ": no such file");
      }
    } else {
      p.put("input", "--name");
    }
    return p;
  }

  private SupplierReader openInput() throws InputException, IOException {
    if (file == null) {
      return new NameListReader(names);
    }
    if (Files.isDirectory(file)) {
      throw new UserError(ExitCode.USAGE, file + ": is a folder, not a supplier file");
    }
    InputStream in = Files.newInputStream(file);
    return new CsvSupplierReader(file.toString(), in, new InputColumns(column, idColumn, countryColumn));
  }

  private ReportWriter openWriter() throws IOException {
    Writer out = output == null ? new NonClosingWriter(spec.commandLine().getOut())
        : Files.newBufferedWriter(output, StandardCharsets.UTF_8);
    return switch (format.toLowerCase(Locale.ROOT)) {
      case "json" -> new JsonReportWriter(out);
      case "table" -> new TableReportWriter(new PrintWriter(out), showClear);
      default -> {
        out.close();
        throw new UserError(ExitCode.USAGE, "--format: unknown format '" + format + "' (known: table, json)");
      }
    };
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
