package io.listcheck.cli;

import io.listcheck.report.ReportFormat;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One requested report: a format and where it goes. Written {@code --format FORMAT[=FILE]}; a format without a file
 * goes to --output if given, else to standard output, and at most one report may go to standard output.
 */
record ReportTarget(ReportFormat format, Optional<Path> file) {

  static List<ReportTarget> parse(List<String> specs, Path output) {
    List<ReportTarget> targets = new ArrayList<>();
    for (String spec : specs.isEmpty() ? List.of("table") : specs) {
      int eq = spec.indexOf('=');
      String name = eq < 0 ? spec : spec.substring(0, eq);
      ReportFormat format = ReportFormat.byLabel(name).orElseThrow(() -> new UserError(ExitCode.USAGE,
          "--format: unknown format '" + name + "' (known: " + ReportFormat.labels() + ")"));
      if (eq >= 0 && spec.substring(eq + 1).isBlank()) {
        throw new UserError(ExitCode.USAGE, "--format " + spec + ": give a file after '=' (e.g. " + name + "=report." + name + ")");
      }
      targets.add(new ReportTarget(format, eq < 0 ? Optional.ofNullable(output) : Optional.of(Path.of(spec.substring(eq + 1)))));
    }
    if (targets.stream().filter(t -> t.file().isEmpty()).count() > 1) {
      throw new UserError(ExitCode.USAGE, "--format: only one report can go to standard output; give the others a file, e.g. --format sarif=listcheck.sarif");
    }
    if (targets.stream().filter(t -> t.file().isPresent()).map(t -> t.file().get().toAbsolutePath().normalize()).distinct().count()
        < targets.stream().filter(t -> t.file().isPresent()).count()) {
      throw new UserError(ExitCode.USAGE, "--format: two reports would be written to the same file");
    }
    return targets;
  }
}
