package io.listcheck.cli;

import io.listcheck.source.ListFormatException;
import io.listcheck.source.SourceRegistry;
import io.listcheck.source.custom.CustomListSource;
import io.listcheck.store.SnapshotException;
import io.listcheck.store.SnapshotStore;
import io.listcheck.update.ListUpdater;
import io.listcheck.update.SanityCheck;
import io.listcheck.update.UpdateOutcome;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "update", mixinStandardHelpOptions = true,
    description = "Refresh the list snapshot from official files. A source whose new data fails a check keeps its previous snapshot.")
final class UpdateCommand implements Callable<Integer> {

  @ParentCommand
  RootCommand root;

  @Option(names = "--from", paramLabel = "DIR",
      description = "Import official files from a local folder (files by their official names, in DIR or DIR/<source-id>/).")
  Path from;

  @Option(names = "--custom", paramLabel = "CONFIG",
      description = "Import a custom list (a CSV of names) described by a JSON config; repeatable. See docs/sources.md.")
  List<Path> custom = new java.util.ArrayList<>();

  @Option(names = "--as-of", paramLabel = "ID=DATE", description = "The publication date of a source's files when they state none.")
  Map<String, String> asOf = new LinkedHashMap<>();

  @Option(names = "--provenance", paramLabel = "ID=TEXT", description = "Where a source's files came from, recorded in the manifest.")
  Map<String, String> provenance = new LinkedHashMap<>();

  @Option(names = "--accept-shrink", description = "Accept a new version with far fewer entries than the previous one.")
  boolean acceptShrink;

  @Option(names = "--now", paramLabel = "INSTANT", description = "Retrieval time to record (for reproducible snapshots).")
  String now;

  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    if (from == null && custom.isEmpty()) {
      throw new UserError(ExitCode.USAGE, "nothing to import: give --from DIR and/or --custom CONFIG");
    }
    if (from != null && !Files.isDirectory(from)) {
      throw new UserError(ExitCode.USAGE, from + ": no such folder");
    }
    SourceRegistry registry = SourceRegistry.standard();
    List<CustomListSource> customLists = loadCustom(registry);
    Map<String, ListUpdater.ImportNotes> notes = new LinkedHashMap<>();
    for (String id : union(asOf.keySet(), provenance.keySet())) {
      if (registry.find(id).isEmpty() && customLists.stream().noneMatch(c -> c.id().equals(id))) {
        throw new UserError(ExitCode.USAGE, "unknown source '" + id + "'");
      }
      notes.put(id, new ListUpdater.ImportNotes(asOf.getOrDefault(id, ""), provenance.getOrDefault(id, "")));
    }
    ListUpdater updater = new ListUpdater(registry, new SnapshotStore(root.listsDir()),
        new SanityCheck(SanityCheck.DEFAULT.maxShrink(), acceptShrink), ScreenCommand.parseNow(now));
    List<UpdateOutcome> outcomes;
    try {
      outcomes = updater.importFrom(from, customLists, notes);
    } catch (SnapshotException e) {
      throw new UserError(ExitCode.LIST_DATA, e.getMessage());
    }
    PrintWriter out = spec.commandLine().getOut();
    for (UpdateOutcome outcome : outcomes) {
      out.printf("%-12s %-9s %s%n", outcome.sourceId(), outcome.kind().name().toLowerCase(java.util.Locale.ROOT), outcome.detail());
    }
    if (outcomes.stream().allMatch(o -> o.kind() == UpdateOutcome.Kind.SKIPPED)) {
      throw new UserError(ExitCode.USAGE, (from == null ? "--custom" : from.toString()) + ": no official list files found");
    }
    return outcomes.stream().anyMatch(UpdateOutcome::failed) ? ExitCode.LIST_DATA : ExitCode.OK;
  }

  private List<CustomListSource> loadCustom(SourceRegistry registry) throws IOException {
    List<CustomListSource> lists = new java.util.ArrayList<>();
    for (Path config : custom) {
      try {
        CustomListSource source = CustomListSource.load(config, registry);
        if (!Files.isRegularFile(source.file())) {
          throw new UserError(ExitCode.USAGE, config + ": the custom list file " + source.file() + " does not exist");
        }
        if (lists.stream().anyMatch(l -> l.id().equals(source.id()))) {
          throw new UserError(ExitCode.USAGE, config + ": custom list id '" + source.id() + "' is given twice");
        }
        lists.add(source);
      } catch (ListFormatException e) {
        throw new UserError(ExitCode.USAGE, e.getMessage());
      }
    }
    return lists;
  }

  private static List<String> union(java.util.Set<String> a, java.util.Set<String> b) {
    java.util.Set<String> all = new java.util.TreeSet<>(a);
    all.addAll(b);
    return List.copyOf(all);
  }
}
