package io.listcheck.cli;

import io.listcheck.model.SourceInfo;
import io.listcheck.store.Manifest;
import io.listcheck.store.SnapshotException;
import io.listcheck.store.SnapshotStore;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "lists", mixinStandardHelpOptions = true, description = "Show the lists in the snapshot: as-of date, retrieval, entries, age.")
final class ListsCommand implements Callable<Integer> {

  @ParentCommand
  RootCommand root;

  @Option(names = "--now", paramLabel = "INSTANT", description = "Reference time for ages (default: now).")
  String now;

  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    Manifest manifest;
    try {
      manifest = new SnapshotStore(root.listsDir()).readManifest();
    } catch (SnapshotException e) {
      throw new UserError(ExitCode.LIST_DATA, e.getMessage());
    }
    if (manifest.sources().isEmpty()) {
      throw new UserError(ExitCode.LIST_DATA, root.listsDir() + ": no lists in the snapshot; run 'listcheck update'");
    }
    Instant reference = ScreenCommand.parseNow(now);
    PrintWriter out = spec.commandLine().getOut();
    out.printf("%-12s %-55s %-10s %-20s %7s %s%n", "SOURCE", "TITLE", "AS-OF", "RETRIEVED", "ENTRIES", "AGE");
    for (SourceInfo s : manifest.sources()) {
      String age;
      try {
        age = age(s, reference);
      } catch (DateTimeParseException e) {
        throw new UserError(ExitCode.LIST_DATA, root.listsDir().resolve(SnapshotStore.MANIFEST) + ": source " + s.id()
            + " has a malformed date '" + e.getParsedString() + "'; run 'listcheck update'");
      }
      out.printf("%-12s %-55s %-10s %-20s %7d %s%n", s.id(), s.title(), s.asOf().isEmpty() ? "-" : s.asOf(),
          s.retrievedAt().length() >= 19 ? s.retrievedAt().substring(0, 19) + "Z" : s.retrievedAt(), s.entries(), age);
    }
    return ExitCode.OK;
  }

  /** Days since the data's own date where it states one, otherwise since retrieval. */
  static String age(SourceInfo source, Instant reference) {
    Instant since = source.asOf().length() == 10
        ? LocalDate.parse(source.asOf()).atStartOfDay(ZoneOffset.UTC).toInstant()
        : Instant.parse(source.retrievedAt());
    long days = Math.max(0, Duration.between(since, reference).toDays());
    return days + "d";
  }
}
