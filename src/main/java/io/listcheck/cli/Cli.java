package io.listcheck.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/** Wires picocli: one-line messages and documented exit codes for every failure, stack traces only with --debug. */
public final class Cli {
  private Cli() {}

  public static int run(PrintWriter out, PrintWriter err, String... args) {
    RootCommand root = new RootCommand();
    CommandLine cli = new CommandLine(root);
    cli.setOut(out);
    cli.setErr(err);
    // "--lists lists" must read the folder named lists, not the subcommand of that name.
    cli.setAllowSubcommandsAsOptionParameters(true);
    cli.setExitCodeExceptionMapper(e -> e instanceof UserError u ? u.exitCode() : ExitCode.INTERNAL);
    cli.setParameterExceptionHandler((e, params) -> {
      err.println("listcheck: " + e.getMessage());
      err.println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
      err.flush();
      return ExitCode.USAGE;
    });
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      if (e instanceof UserError user) {
        err.println("listcheck: " + user.getMessage());
        err.flush();
        return user.exitCode();
      }
      err.println("listcheck: internal error: " + e + " (run again with --debug for details, and please report it)");
      if (root.debug()) {
        e.printStackTrace(err);
      }
      err.flush();
      return ExitCode.INTERNAL;
    });
    int code = cli.execute(args);
    out.flush();
    err.flush();
    return code;
  }
}
