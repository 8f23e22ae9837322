package io.listcheck.cli;

import io.listcheck.fetch.FetchSettings;
import io.listcheck.fetch.HttpFetcher;
import io.listcheck.fetch.ProxySettings;
import io.listcheck.source.ListSource;
import io.listcheck.source.ListFormatException;
import io.listcheck.source.SourceRegistry;
import io.listcheck.source.custom.CustomListSource;
import io.listcheck.store.SnapshotException;
import io.listcheck.store.SnapshotStore;
import io.listcheck.update.ListUpdater;
import io.listcheck.update.SanityCheck;
import io.listcheck.update.SourceUrls;
import io.listcheck.update.UpdateOutcome;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "update", mixinStandardHelpOptions = true, sortOptions = false,
    description = {
      "Refresh the list snapshot: download every list from its publisher, or import official files with --from.",
      "A source whose new data fails a check keeps its previous snapshot; the others still update.",
      "Exit codes: 0 every source updated or unchanged; 2 bad usage; 3 a source failed (previous kept) or another update holds the lock."
    })
final class UpdateCommand implements Callable<Integer> {
  private static final String URLS_ENV = "LISTCHECK_SOURCE_URLS";

  @ParentCommand
  RootCommand root;

  @Option(names = "--from", paramLabel = "DIR",
      description = "Import official files from a local folder instead of downloading (files by their official names, in DIR or DIR/<source-id>/).")
  Path from;

  @Option(names = "--custom", paramLabel = "CONFIG",
      description = "Import a custom list (a CSV of names) described by a JSON config; repeatable. See docs/sources.md.")
  List<Path> custom = new ArrayList<>();

  @Option(names = "--reindex",
      description = "Only rebuild the precomputed name index over the current snapshot (after upgrading listcheck); no list is read or downloaded.")
  boolean reindex;

  @Option(names = "--only", paramLabel = "ID", split = ",", description = "Update only these sources (repeatable or comma-separated).")
  List<String> only = new ArrayList<>();

  @Option(names = "--source-url", paramLabel = "KEY=URL",
      description = "Download from URL instead of the publisher: ID=URL (for a source of several files, a base URL its file names are appended to) or ID:FILE=URL (repeatable).")
  Map<String, String> sourceUrls = new LinkedHashMap<>();

  @Option(names = "--source-urls", paramLabel = "FILE",
      description = "A properties file of KEY=URL overrides as for --source-url (default: $" + URLS_ENV + "); --source-url wins.")
  Path sourceUrlsFile;

  @Option(names = "--accept-shrink", description = "Accept a new version with far fewer entries than the previous one.")
  boolean acceptShrink;

  @Option(names = "--wait", paramLabel = "DURATION", converter = DurationConverter.class,
      description = "If another update of the same lists folder is running, wait this long for it (default: fail at once).")
  Duration lockWait = Duration.ZERO;

  @Option(names = "--as-of", paramLabel = "ID=DATE", description = "The publication date of a source's files when they state none.")
  Map<String, String> asOf = new LinkedHashMap<>();

  @Option(names = "--provenance", paramLabel = "ID=TEXT", description = "Where a source's files came from, recorded in the manifest.")
  Map<String, String> provenance = new LinkedHashMap<>();

  @Option(names = "--now", paramLabel = "INSTANT", description = "Retrieval time to record (for reproducible snapshots).")
  String now;

  @Option(names = "--no-progress", description = "No progress bar for downloads and parsing (there is none anyway when stderr is not a terminal).")
  boolean noProgress;

  @Option(names = "--connect-timeout", paramLabel = "DURATION", converter = DurationConverter.class,
      description = "Longest wait to connect (default: 30s).")
  Duration connectTimeout = FetchSettings.DEFAULTS.connectTimeout();

  @Option(names = "--read-timeout", paramLabel = "DURATION", converter = DurationConverter.class,
      description = "Longest wait for the next bytes of an answer (default: 60s).")
  Duration readTimeout = FetchSettings.DEFAULTS.readTimeout();

  @Option(names = "--total-timeout", paramLabel = "DURATION", converter = DurationConverter.class,
      description = "Longest time one file may take, retries included (default: 10m).")
  Duration totalTimeout = FetchSettings.DEFAULTS.totalTimeout();

  @Option(names = "--retries", paramLabel = "N", description = "Retries after a 5xx answer or a network error (default: ${DEFAULT-VALUE}).")
  int retries = FetchSettings.DEFAULTS.maxRetries();

  @Option(names = "--retry-delay", paramLabel = "DURATION", converter = DurationConverter.class,
      description = "Wait before the first retry, doubled for each further one up to 30s (default: 2s).")
  Duration retryDelay = FetchSettings.DEFAULTS.initialBackoff();

  @Option(names = "--max-file-size", paramLabel = "SIZE", converter = SizeConverter.class,
      description = "Abort any file larger than this after decompression, on top of each source's own limit (e.g. 64MB).")
  Long maxFileSize;

  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    SourceRegistry registry = selected(SourceRegistry.standard());
    List<CustomListSource> customLists = loadCustom(registry);
    Map<String, ListUpdater.ImportNotes> notes = notes(registry, customLists);
    ListUpdater updater = new ListUpdater(registry, new SnapshotStore(root.listsDir()),
        new SanityCheck(SanityCheck.DEFAULT.maxShrink(), acceptShrink), NowOption.parse(now))
        .waitingForLock(lockWait)
        .reportingTo(TerminalProgress.forConsole(spec.commandLine().getErr(), noProgress));
    List<UpdateOutcome> outcomes;
    try {
      outcomes = reindex ? reindexed(updater)
          : from != null || !customLists.isEmpty() ? importFrom(updater, customLists, notes) : download(updater, registry, notes);
    } catch (SnapshotException e) {
      throw new UserError(ExitCode.LIST_DATA, e.getMessage());
    } catch (IOException e) {
      throw new UserError(ExitCode.LIST_DATA, IoErrors.describe(e) + "; the previous snapshot is kept");
    }
    PrintWriter out = spec.commandLine().getOut();
    if (reindex) {
      out.println("name index rebuilt over the current snapshot");
      return ExitCode.OK;
    }
    for (UpdateOutcome outcome : outcomes) {
      out.printf("%-12s %-9s %s%n", outcome.sourceId(), outcome.kind().name().toLowerCase(Locale.ROOT),
          Printable.of(outcome.detail()));
    }
    if ((from != null || !customLists.isEmpty()) && outcomes.stream().allMatch(o -> o.kind() == UpdateOutcome.Kind.SKIPPED)) {
      throw new UserError(ExitCode.USAGE, (from == null ? "--custom" : from.toString()) + ": no official list files found");
    }
    List<UpdateOutcome> failed = outcomes.stream().filter(UpdateOutcome::failed).toList();
    if (!failed.isEmpty()) {
      PrintWriter err = spec.commandLine().getErr();
      for (UpdateOutcome f : failed) {
        err.println("listcheck: " + f.sourceId() + ": update failed: " + Printable.of(f.detail()));
      }
      return ExitCode.LIST_DATA;
    }
    return ExitCode.OK;
  }

  /** Every update rebuilds the name index; with no files offered, that is all it does. */
  private List<UpdateOutcome> reindexed(ListUpdater updater) throws IOException, SnapshotException {
    if (from != null || !custom.isEmpty()) {
      throw new UserError(ExitCode.USAGE, "--reindex reads no lists: leave out --from and --custom");
    }
    if (!java.nio.file.Files.isRegularFile(root.listsDir().resolve(SnapshotStore.MANIFEST))) {
      throw new UserError(ExitCode.LIST_DATA, root.listsDir() + ": no list snapshot to index; run 'listcheck update'");
    }
    return updater.importFrom(null, List.of(), Map.of());
  }

  private List<UpdateOutcome> importFrom(ListUpdater updater, List<CustomListSource> customLists,
      Map<String, ListUpdater.ImportNotes> notes) throws SnapshotException, IOException {
    if (from != null && !Files.isDirectory(from)) {
      throw new UserError(ExitCode.USAGE, from + ": no such folder");
    }
    if (!sourceUrls.isEmpty() || sourceUrlsFile != null) {
      throw new UserError(ExitCode.USAGE, "--source-url and --source-urls are for downloads; they make no sense with --from");
    }
    return updater.importFrom(from, customLists, notes);
  }

  private List<UpdateOutcome> download(ListUpdater updater, SourceRegistry registry, Map<String, ListUpdater.ImportNotes> notes)
      throws SnapshotException, IOException {
    SourceUrls urls = urls(registry);
    FetchSettings settings = fetchSettings();
    ProxySettings proxies;
    try {
      proxies = ProxySettings.fromSystem();
    } catch (IllegalArgumentException e) {
      throw new UserError(ExitCode.USAGE, e.getMessage());
    }
    try (HttpFetcher fetcher = new HttpFetcher(settings, proxies)) {
      return updater.download(fetcher, urls, notes);
    }
  }

  private FetchSettings fetchSettings() {
    try {
      return new FetchSettings(connectTimeout, readTimeout, totalTimeout, retries, retryDelay,
          FetchSettings.DEFAULTS.maxBackoff().compareTo(retryDelay) < 0 ? retryDelay : FetchSettings.DEFAULTS.maxBackoff(),
          FetchSettings.DEFAULTS.maxRedirects(), maxFileSize == null ? FetchSettings.DEFAULTS.maxBytes() : maxFileSize);
    } catch (IllegalArgumentException e) {
      throw new UserError(ExitCode.USAGE, e.getMessage());
    }
  }

  private SourceUrls urls(SourceRegistry registry) throws IOException {
    Map<String, String> all = new LinkedHashMap<>();
    Path file = sourceUrlsFile;
    String env = System.getenv(URLS_ENV);
    if (file == null && env != null && !env.isBlank()) {
      file = Path.of(env);
    }
    if (file != null) {
      Properties p = new Properties();
      try (InputStream in = Files.newInputStream(file)) {
        p.load(in);
      } catch (NoSuchFileException e) {
        throw new UserError(ExitCode.USAGE, file + ": no such source URL file");
      } catch (IllegalArgumentException e) {
        throw new UserError(ExitCode.USAGE, file + ": not a properties file: " + e.getMessage());
      }
      new TreeSet<>(p.stringPropertyNames()).forEach(k -> all.put(k, p.getProperty(k)));
    }
    all.putAll(sourceUrls);
    try {
      return SourceUrls.of(all, SourceRegistry.standard());
    } catch (IllegalArgumentException e) {
      throw new UserError(ExitCode.USAGE, "source URL override " + e.getMessage());
    }
  }

  private List<CustomListSource> loadCustom(SourceRegistry registry) throws IOException {
    List<CustomListSource> lists = new ArrayList<>();
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

  private SourceRegistry selected(SourceRegistry all) {
    if (only.isEmpty()) {
      return all;
    }
    for (String id : only) {
      if (all.find(id).isEmpty()) {
        throw new UserError(ExitCode.USAGE, "--only: unknown source '" + id + "' (known: " + known(all) + ")");
      }
    }
    return new SourceRegistry(all.all().stream().filter(s -> only.contains(s.id())).toList());
  }

  private Map<String, ListUpdater.ImportNotes> notes(SourceRegistry registry, List<CustomListSource> customLists) {
    Map<String, ListUpdater.ImportNotes> notes = new LinkedHashMap<>();
    Set<String> ids = new TreeSet<>(asOf.keySet());
    ids.addAll(provenance.keySet());
    for (String id : ids) {
      if (registry.find(id).isEmpty() && customLists.stream().noneMatch(c -> c.id().equals(id))) {
        throw new UserError(ExitCode.USAGE, "unknown source '" + id + "'" + (only.isEmpty() ? "" : " (or not selected by --only)"));
      }
      notes.put(id, new ListUpdater.ImportNotes(asOf.getOrDefault(id, ""), provenance.getOrDefault(id, "")));
    }
    return notes;
  }

  private static String known(SourceRegistry registry) {
    return String.join(", ", registry.all().stream().map(ListSource::id).toList());
  }
}
