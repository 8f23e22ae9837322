package io.listcheck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import picocli.CommandLine;

/** Wires picocli: one-line messages and documented exit codes for every failure, stack traces only with --debug. */
public final class Cli {
  private Cli() {}

  public static int run(PrintWriter out, PrintWriter err, String... args) {
    int code = commandLine(out, err).execute(args);
    out.flush();
    err.flush();
    return code;
  }

  /** The configured command tree; package-private so that tests can add a command that fails like a bug would. */
  static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    RootCommand root = new RootCommand();
    CommandLine cli = new CommandLine(root);
    cli.setOut(out);
    cli.setErr(err);
    // "--lists lists" must read the folder named lists, not the subcommand of that name.
    cli.setAllowSubcommandsAsOptionParameters(true);
    cli.setExitCodeExceptionMapper(e -> e instanceof UserError u ? u.exitCode() : ExitCode.INTERNAL);
    cli.setParameterExceptionHandler((e, params) -> {
      err.println("listcheck: " + Printable.of(e.getMessage()));
      err.println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
      err.flush();
      return ExitCode.USAGE;
    });
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      if (e instanceof UserError user) {
        err.println("listcheck: " + Printable.of(user.getMessage()));
        err.flush();
        return user.exitCode();
      }
      if (e instanceof IOException io) {
        // Files that cannot be read or written are the user's environment, not a bug: no stack trace.
        err.println("listcheck: " + Printable.of(IoErrors.describe(io)));
        err.flush();
        return ExitCode.USAGE;
      }
      err.println("listcheck: internal error: " + Printable.of(e.toString()) + " (run again with --debug for details, and please report it)");
      if (root.debug()) {
        e.printStackTrace(err);
      }
      err.flush();
      return ExitCode.INTERNAL;
    });
    return cli;
  }
}
