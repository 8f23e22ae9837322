package io.listcheck.cli;

import io.listcheck.diff.DiffSummary;
import io.listcheck.diff.EntrySummary;
import io.listcheck.diff.Snapshot;
import io.listcheck.diff.SnapshotDiff;
import io.listcheck.model.SourceInfo;
import io.listcheck.store.Freshness;
import io.listcheck.store.Json;
import io.listcheck.store.Manifest;
import io.listcheck.store.SnapshotException;
import io.listcheck.store.SnapshotStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "lists", mixinStandardHelpOptions = true,
    description = {
      "Show the lists in the snapshot: as-of date, retrieval, last check with the publisher, entries, status.",
      "With --diff OLD NEW: the entries added, removed and changed between two snapshots.",
      "Exit codes: 0 ok; 2 bad usage; 3 no snapshot, an unreadable one, or (with --max-age) a stale source."
    })
final class ListsCommand implements Callable<Integer> {

  @ParentCommand
  RootCommand root;

  @Option(names = "--now", paramLabel = "INSTANT", description = "Reference time for ages (default: now).")
  String now;

  @Option(names = "--max-age", paramLabel = "DURATION", converter = DurationConverter.class,
      description = "Mark sources not confirmed with their publisher within DURATION (e.g. 30d, 12h) as stale, and exit 3 if any is.")
  Duration maxAge;

  @Option(names = "--diff", arity = "2", paramLabel = "SNAPSHOT",
      description = "Compare two snapshots, OLD then NEW: each a lists folder or a manifest.json whose entries files sit next to it.")
  List<Path> diff = new ArrayList<>();

  @Option(names = "--format", paramLabel = "FORMAT", description = "table (default) or json.")
  String format = "table";

  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    boolean json = switch (format.toLowerCase(Locale.ROOT)) {
      case "json" -> true;
      case "table" -> false;
      default -> throw new UserError(ExitCode.USAGE, "--format: unknown format '" + format + "' (known: table, json)");
    };
    PrintWriter out = spec.commandLine().getOut();
    if (!diff.isEmpty()) {
      if (diff.size() != 2) {
        throw new UserError(ExitCode.USAGE, "--diff takes exactly two snapshots, OLD and NEW");
      }
      SnapshotDiff result = SnapshotDiff.between(load(diff.get(0)), load(diff.get(1)));
      if (json) {
        out.println(Json.MAPPER.writeValueAsString(DiffSummary.of(result)));
      } else {
        printDiff(out, DiffSummary.of(result));
      }
      return ExitCode.OK;
    }
    return status(out, json);
  }

  private int status(PrintWriter out, boolean json) throws IOException {
    Manifest manifest;
    try {
      manifest = new SnapshotStore(root.listsDir()).readManifest();
    } catch (SnapshotException e) {
      throw new UserError(ExitCode.LIST_DATA, e.getMessage());
    }
    if (manifest.sources().isEmpty()) {
      throw new UserError(ExitCode.LIST_DATA, root.listsDir() + ": no lists in the snapshot; run 'listcheck update'");
    }
    Instant reference = NowOption.parse(now);
    List<Row> rows = manifest.sources().stream().map(s -> Row.of(s, Freshness.of(s, reference, maxAge))).toList();
    if (json) {
      out.println(Json.MAPPER.writeValueAsString(rows));
    } else {
      printStatus(out, rows);
    }
    boolean anyStale = rows.stream().anyMatch(Row::stale);
    if (anyStale) {
      spec.commandLine().getErr().println("listcheck: stale lists (not confirmed with the publisher within --max-age): "
          + String.join(", ", rows.stream().filter(Row::stale).map(Row::id).toList()) + "; run 'listcheck update'");
    }
    return anyStale ? ExitCode.LIST_DATA : ExitCode.OK;
  }

  /** One source's line in the status table and its JSON form. */
  record Row(String id, String title, String asOf, String retrievedAt, String lastChecked, int entries, String age,
      boolean stale, String status, String failure, String failedAt, String provenance) {
    static Row of(SourceInfo s, Freshness f) {
      return new Row(s.id(), s.title(), s.asOf(), s.retrievedAt(), s.lastChecked(), s.entries(), f.ageLabel(), f.stale(),
          f.status(), s.status().reason(), s.status().failedAt(), s.provenance());
    }
  }

  private static void printStatus(PrintWriter out, List<Row> rows) {
    String format = "%-12s %-10s %-20s %-20s %7s %5s  %s%n";
    out.printf(format, "SOURCE", "AS-OF", "RETRIEVED", "LAST CHECKED", "ENTRIES", "AGE", "STATUS");
    for (Row r : rows) {
      out.printf(format, r.id(), dash(r.asOf()), dash(seconds(r.retrievedAt())), dash(seconds(r.lastChecked())),
          r.entries(), r.age(), r.status());
    }
    for (Row r : rows) {
      if (!r.failure().isEmpty()) {
        out.printf("%s: the update of %s failed: %s%n", r.id(), seconds(r.failedAt()), r.failure());
      }
    }
  }

  private static Snapshot load(Path path) {
    if (!Files.exists(path)) {
      throw new UserError(ExitCode.USAGE, path + ": no such file or folder");
    }
    try {
      return Snapshot.load(path);
    } catch (SnapshotException e) {
      throw new UserError(ExitCode.LIST_DATA, e.getMessage());
    }
  }

  private static void printDiff(PrintWriter out, DiffSummary diff) {
    out.printf("%-12s %7s %7s %7s%n", "SOURCE", "ADDED", "REMOVED", "CHANGED");
    for (DiffSummary.Source s : diff.sources()) {
      out.printf("%-12s %7d %7d %7d%n", s.sourceId(), s.added().size(), s.removed().size(), s.changed().size());
    }
    for (DiffSummary.Source s : diff.sources()) {
      if (s.added().isEmpty() && s.removed().isEmpty() && s.changed().isEmpty()) {
        continue;
      }
      out.println();
      out.println(s.sourceId() + ":");
      s.added().forEach(e -> out.println("  + " + describe(e)));
      s.removed().forEach(e -> out.println("  - " + describe(e)));
      for (DiffSummary.Change c : s.changed()) {
        out.println("  ~ " + describe(c.after()) + "  (" + String.join(", ",
            c.fields().stream().map(f -> f.name().toLowerCase(Locale.ROOT)).toList()) + " changed)");
        for (SnapshotDiff.Field f : c.fields()) {
          out.println("      was: " + fieldOf(c.before(), f));
          out.println("      now: " + fieldOf(c.after(), f));
        }
      }
    }
  }

  private static String describe(EntrySummary e) {
    String programs = String.join(", ", e.programs());
    return e.id() + "  " + e.name() + (programs.isEmpty() ? "" : "  [" + programs + "]");
  }

  private static String fieldOf(EntrySummary e, SnapshotDiff.Field field) {
    return switch (field) {
      case NAME -> e.name();
      case ALIASES -> e.aliases().isEmpty() ? "(none)" : String.join("; ", e.aliases());
      case PROGRAMS -> String.join(", ", e.programs()) + (e.subList().isEmpty() ? "" : " (" + e.subList() + ")");
    };
  }

  private static String dash(String s) {
    return s == null || s.isEmpty() ? "-" : s;
  }

  /** ISO instants to the second: fractions only widen the table. */
  private static String seconds(String instant) {
    return instant != null && instant.length() > 20 && instant.charAt(19) == '.' ? instant.substring(0, 19) + "Z" : instant;
  }
}
