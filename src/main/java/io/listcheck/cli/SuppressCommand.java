package io.listcheck.cli;

import io.listcheck.model.ListEntry;
import io.listcheck.store.EntryFingerprint;
import io.listcheck.suppress.Suppression;
import io.listcheck.suppress.SuppressionException;
import io.listcheck.suppress.SuppressionFile;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "suppress", mixinStandardHelpOptions = true,
    description = "Record a reviewed false positive: append a well-formed entry, with the listed entry's current"
        + " fingerprint, to the suppression file.")
final class SuppressCommand implements Callable<Integer> {

  @ParentCommand
  RootCommand root;

  @Option(names = "--supplier", required = true, paramLabel = "NAME_OR_ID", description = "The supplier's name or id, as in the supplier file.")
  String supplier;

  @Option(names = "--entry", required = true, paramLabel = "ENTRY_ID", description = "The listed entry's id, as in the report (e.g. ofac-nonsdn:33111).")
  String entry;

  @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "Why this supplier is not the listed entry.")
  String reason;

  @Option(names = "--reviewer", required = true, paramLabel = "WHO", description = "Who reviewed it.")
  String reviewer;

  @Option(names = "--expires", required = true, paramLabel = "DATE", description = "Last day the suppression holds, e.g. 2027-06-30.")
  String expires;

  @Option(names = "--suppressions", paramLabel = "FILE", description = "Suppression file (default: " + SuppressionFile.DEFAULT_NAME + ").")
  Path file = Path.of(SuppressionFile.DEFAULT_NAME);

  @Option(names = "--now", paramLabel = "INSTANT", description = "Today, for checking that --expires lies ahead (default: now).")
  String now;

  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    LocalDate until;
    try {
      until = LocalDate.parse(expires.strip());
    } catch (DateTimeParseException e) {
      throw new UserError(ExitCode.USAGE, "--expires: '" + expires + "' is not a date like 2027-06-30");
    }
    if (!until.isAfter(LocalDate.ofInstant(NowOption.parse(now), ZoneOffset.UTC))) {
      throw new UserError(ExitCode.USAGE, "--expires: " + until + " is not in the future");
    }
    for (String[] field : new String[][] {{"--supplier", supplier}, {"--reason", reason}, {"--reviewer", reviewer}}) {
      if (field[1].isBlank()) {
        throw new UserError(ExitCode.USAGE, field[0] + " must not be empty");
      }
    }
    ListEntry listed = LoadedLists.load(root.listsDir()).entries().stream().filter(e -> e.id().equals(entry.strip()))
        .findFirst().orElseThrow(() -> new UserError(ExitCode.USAGE, "no listed entry '" + entry
            + "' in the snapshot; copy the entry id from a screening report"));
    Suppression added;
    try {
      added = SuppressionFile.append(file, new Suppression(supplier.strip(), listed.id(), EntryFingerprint.of(listed),
          reason.strip(), reviewer.strip(), until, file.toString()));
    } catch (SuppressionException e) {
      throw new UserError(ExitCode.USAGE, e.getMessage());
    }
    spec.commandLine().getOut().printf("%s: suppressed %s for '%s' until %s (fingerprint %s)%n", added.location(),
        listed.id(), added.supplier(), added.expires(), added.fingerprint());
    return ExitCode.OK;
  }
}
