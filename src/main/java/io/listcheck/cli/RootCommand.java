package io.listcheck.cli;

import io.listcheck.Version;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

@Command(
    name = "listcheck",
    mixinStandardHelpOptions = true,
    versionProvider = RootCommand.VersionProvider.class,
    description = "Screens supplier names against US restricted-party lists.",
    subcommands = {ScreenCommand.class, UpdateCommand.class, ListsCommand.class, SuppressCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:no hits (update: all offered lists current)",
      "1:hits found",
      "2:bad usage or unreadable input",
      "3:list data missing, stale or broken (update: a source failed, previous snapshot kept)",
      "4:internal error"
    })
final class RootCommand implements Runnable {

  @Option(names = "--lists", scope = ScopeType.INHERIT, paramLabel = "DIR",
      description = "List snapshot folder (default: $LISTCHECK_LISTS, else ./lists).")
  Path lists;

  @Option(names = "--debug", scope = ScopeType.INHERIT,
      description = "Show stack traces of internal errors; screen also tells how it built its matcher and when each step ended.")
  boolean debug;

  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  boolean debug() {
    return debug;
  }

  Path listsDir() {
    if (lists != null) {
      return lists;
    }
    String env = System.getenv("LISTCHECK_LISTS");
    return env == null || env.isBlank() ? Path.of("lists") : Path.of(env);
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  static final class VersionProvider implements picocli.CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"listcheck " + Version.get()};
    }
  }
}
