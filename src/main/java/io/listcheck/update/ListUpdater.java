package io.listcheck.update;

import io.listcheck.fetch.ContentKind;
import io.listcheck.fetch.ProgressListener;
import io.listcheck.fetch.FetchException;
import io.listcheck.fetch.FetchRequest;
import io.listcheck.fetch.Fetched;
import io.listcheck.fetch.HttpFetcher;
import io.listcheck.fetch.Validators;
import io.listcheck.match.IndexFile;
import io.listcheck.model.ListEntry;
import io.listcheck.model.SourceFileInfo;
import io.listcheck.model.SourceInfo;
import io.listcheck.model.SourceStatus;
import io.listcheck.source.ListFormatException;
import io.listcheck.source.ListSource;
import io.listcheck.source.ParsedList;
import io.listcheck.source.RawFiles;
import io.listcheck.source.SourceDescriptor;
import io.listcheck.source.SourceFile;
import io.listcheck.source.SourceRegistry;
import io.listcheck.source.custom.CustomListSource;
import io.listcheck.store.Manifest;
import io.listcheck.store.SnapshotException;
import io.listcheck.store.SnapshotStore;
import io.listcheck.store.UpdateLock;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Builds new snapshots from official files, downloaded or imported from a folder, and replaces the old ones only
 * when every check passes. Both ways share one pipeline: gather the raw files, parse, check, stage; then one
 * commit for all sources. A failing source keeps its previous snapshot (recorded as failed in the manifest);
 * the others still update. The whole run holds the folder's {@link UpdateLock}.
 */
public final class ListUpdater {
  private final SourceRegistry registry;
  private final SnapshotStore store;
  private final SanityCheck check;
  private final Instant now;
  private final Duration lockWait;
  private final ProgressListener progress;

  public ListUpdater(SourceRegistry registry, SnapshotStore store, SanityCheck check, Instant now) {
    this(registry, store, check, now, Duration.ZERO, ProgressListener.NONE);
  }

  private ListUpdater(SourceRegistry registry, SnapshotStore store, SanityCheck check, Instant now, Duration lockWait,
      ProgressListener progress) {
    this.registry = registry;
    this.store = store;
    this.check = check;
    this.now = now;
    this.lockWait = lockWait;
    this.progress = progress;
  }

  /** The same updater, waiting up to {@code wait} for another update of the folder to finish. */
  public ListUpdater waitingForLock(Duration wait) {
    return new ListUpdater(registry, store, check, now, wait, progress);
  }

  /** The same updater, telling {@code listener} about downloads and parses as they happen. */
  public ListUpdater reportingTo(ProgressListener listener) {
    return new ListUpdater(registry, store, check, now, lockWait, listener);
  }

  /**
   * Per-source facts the official files do not state, given by whoever imports them (e.g. the publication date
   * of a CSV set, or that a file is a transcription).
   */
  public record ImportNotes(String asOf, String provenance) {
    public static final ImportNotes NONE = new ImportNotes("", "");
  }

  /**
   * Imports official files from a local folder (the air-gapped path). A source's files are looked for in
   * {@code dir/<source-id>/} and then in {@code dir} itself, by their official names.
   */
  public List<UpdateOutcome> importFrom(Path dir, Map<String, ImportNotes> notes) throws SnapshotException, IOException {
    return importFrom(dir, List.of(), notes);
  }

  /**
   * Imports official files from a local folder, if one is given, and custom lists, each from its own file. A custom
   * list with a standard source's id stands in for that source (e.g. a transcription of a PDF not at hand).
   */
  public List<UpdateOutcome> importFrom(Path dir, List<CustomListSource> custom, Map<String, ImportNotes> notes)
      throws SnapshotException, IOException {
    return run(withCustom(custom), notes, (source, previous) -> {
      Map<String, Path> found = source instanceof CustomListSource c
          ? Map.of(c.fileName(), c.file())
          : dir == null ? Map.of() : findFiles(dir, source);
      if (found.isEmpty()) {
        return Gathered.skipped(dir == null ? "no files offered for this source" : "no files for this source in " + dir);
      }
      return Gathered.imported(found, localInfos(source, found), withoutOptionalFiles(source, found, previous, dir));
    });
  }

  /**
   * Names the optional official files missing from an import, so that the outcome says what the snapshot lacks
   * (OFAC's aliases live in ALT.CSV). An optional file the previous snapshot was built with must be offered again:
   * importing without it would quietly drop the aliases, addresses or remarks it gave.
   */
  private static String withoutOptionalFiles(ListSource source, Map<String, Path> found, SourceInfo previous, Path dir)
      throws SourceFailure {
    List<String> missing = source.files().stream()
        .filter(f -> !f.required() && !found.containsKey(f.name()))
        .map(SourceFile::name)
        .toList();
    for (String name : missing) {
      boolean hadIt = previous != null && previous.files().stream().anyMatch(f -> f.name().equalsIgnoreCase(name));
      if (hadIt) {
        throw new SourceFailure(name + " is not in " + dir + " but the snapshot was built with it; importing without it"
            + " would drop what it adds, so add the file");
      }
    }
    return missing.isEmpty() ? "" : "without the optional " + String.join(", ", missing);
  }

  /** The registry's sources with each custom list in place of the standard source of its id, or appended. */
  private List<ListSource> withCustom(List<CustomListSource> custom) {
    List<ListSource> sources = new ArrayList<>();
    for (ListSource standard : registry.all()) {
      sources.add(custom.stream().filter(c -> c.id().equals(standard.id())).<ListSource>map(c -> c).findFirst().orElse(standard));
    }
    custom.stream().filter(c -> registry.find(c.id()).isEmpty()).forEach(sources::add);
    return sources;
  }

  /**
   * Downloads every official file of every source from {@code urls}. A conditional GET asks only for files
   * changed since the snapshot; when the publisher says none did, the snapshot stays and its last-checked time
   * moves on. Downloads go to a temp folder that is removed afterwards.
   */
  public List<UpdateOutcome> download(HttpFetcher fetcher, SourceUrls urls, Map<String, ImportNotes> notes)
      throws SnapshotException, IOException {
    Path temp = Files.createTempDirectory("listcheck-update");
    try {
      return run(registry.all(), notes, (source, previous) -> {
        Path dir = Files.createDirectories(temp.resolve(source.id()));
        return new SourceDownload(fetcher, urls, source, dir, progress).gather(previous);
      });
    } finally {
      deleteTree(temp);
    }
  }

  /**
   * How a source's raw files were gathered.
   *
   * @param fromPublisher the files came from the publisher just now, so the data was checked now; imported
   *     files say nothing about what the publisher serves today
   */
  record Gathered(UpdateOutcome.Kind kind, Map<String, Path> files, List<SourceFileInfo> infos, String detail, boolean fromPublisher) {
    static Gathered downloaded(Map<String, Path> files, List<SourceFileInfo> infos) {
      return new Gathered(UpdateOutcome.Kind.UPDATED, files, infos, "", true);
    }

    static Gathered imported(Map<String, Path> files, List<SourceFileInfo> infos, String detail) {
      return new Gathered(UpdateOutcome.Kind.UPDATED, files, infos, detail, false);
    }

    static Gathered skipped(String why) {
      return new Gathered(UpdateOutcome.Kind.SKIPPED, Map.of(), List.of(), why, false);
    }

    static Gathered unchanged(List<SourceFileInfo> infos) {
      return new Gathered(UpdateOutcome.Kind.UNCHANGED, Map.of(), infos, "", true);
    }
  }

  /** Gets one source's raw files; a problem with them is a {@link SourceFailure}. */
  @FunctionalInterface
  interface Gatherer {
    Gathered gather(ListSource source, SourceInfo previous) throws SourceFailure, IOException;
  }

  /** One source cannot be updated; its previous snapshot stays. The message is one line. */
  static final class SourceFailure extends Exception {
    private static final long serialVersionUID = 1L;

    SourceFailure(String message) {
      super(message);
    }
  }

  private List<UpdateOutcome> run(List<ListSource> sources, Map<String, ImportNotes> notes, Gatherer gatherer)
      throws SnapshotException, IOException {
    UpdateLock lock = UpdateLock.acquire(store.dir(), lockWait);
    try {
      Manifest original = store.readManifest();
      Manifest manifest = original;
      List<SnapshotStore.StagedSnapshot> staged = new ArrayList<>();
      List<UpdateOutcome> outcomes = new ArrayList<>();
      for (ListSource source : sources) {
        SourceInfo previous = original.source(source.id()).orElse(null);
        UpdateOutcome outcome;
        try {
          Gathered gathered = gatherer.gather(source, previous);
          switch (gathered.kind()) {
            case SKIPPED -> outcome = new UpdateOutcome(source.id(), UpdateOutcome.Kind.SKIPPED, gathered.detail());
            case UNCHANGED -> {
              manifest = manifest.with(refreshed(previous, gathered.infos()));
              outcome = new UpdateOutcome(source.id(), UpdateOutcome.Kind.UNCHANGED,
                  "not modified since the snapshot; " + previous.entries() + " entries kept");
            }
            default -> {
              SnapshotStore.StagedSnapshot snapshot = build(source, gathered, notes.getOrDefault(source.id(), ImportNotes.NONE), previous);
              staged.add(snapshot);
              manifest = manifest.with(snapshot.info());
              String entries = snapshot.info().entries() + " entries";
              outcome = new UpdateOutcome(source.id(), UpdateOutcome.Kind.UPDATED,
                  gathered.detail().isEmpty() ? entries : entries + " (" + gathered.detail() + ")");
            }
          }
        } catch (SourceFailure e) {
          outcome = new UpdateOutcome(source.id(), UpdateOutcome.Kind.FAILED, e.getMessage()
              + (previous == null ? "; no previous snapshot" : "; previous snapshot kept"));
          if (previous != null) {
            manifest = manifest.with(previous.withStatus(SourceStatus.failed(e.getMessage(), now.toString())));
          }
        }
        outcomes.add(outcome);
      }
      Optional<SnapshotStore.StagedIndex> index = index(manifest, staged);
      Manifest indexed = index.isPresent() ? manifest.withIndex(index.get().info()) : manifest;
      if (!indexed.equals(original)) {
        store.commit(staged, index, indexed);
      }
      return outcomes;
    } finally {
      lock.close();
    }
  }

  /**
   * The precomputed index over every source's entries, staged and kept, in manifest order (the order screening
   * loads them), so that screenings need not analyse the lists again (docs/index-format.md). Rebuilt on every run:
   * an index written by another listcheck version is stale even when no list changed. Empty when a kept entries
   * file cannot be read; screening then reports that file.
   */
  private Optional<SnapshotStore.StagedIndex> index(Manifest manifest, List<SnapshotStore.StagedSnapshot> staged) {
    List<ListEntry> entries = new ArrayList<>();
    List<IndexFile.EntrySpan> spans = new ArrayList<>();
    List<IndexFile.SourceKey> keys = new ArrayList<>();
    progress.started("building the name index", -1);
    try {
      for (SourceInfo source : manifest.sources()) {
        Optional<SnapshotStore.StagedSnapshot> fresh = staged.stream()
            .filter(s -> s.fileName().equals(source.snapshotFile())).findFirst();
        byte[] content = fresh.isPresent() ? fresh.get().content() : store.entriesFile(source);
        entries.addAll(fresh.isPresent() ? fresh.get().entries() : store.loadEntries(source));
        for (SnapshotStore.Span span : SnapshotStore.entrySpans(source.snapshotFile(), content)) {
          spans.add(new IndexFile.EntrySpan(keys.size(), span.offset(), span.length()));
        }
        keys.add(new IndexFile.SourceKey(source.id(), source.snapshotSha256(), source.entries()));
      }
      return IndexFile.build(entries, spans, keys).map(SnapshotStore::stageIndex);
    } catch (SnapshotException | IOException e) {
      return Optional.empty();
    } finally {
      progress.finished();
    }
  }

  private SourceInfo refreshed(SourceInfo previous, List<SourceFileInfo> infos) {
    SourceInfo p = previous.withLastChecked(now.toString()).withStatus(SourceStatus.OK);
    return new SourceInfo(p.id(), p.title(), p.publisher(), p.officialUrl(), p.consequence(), p.citation(), p.asOf(),
        p.retrievedAt(), p.lastChecked(), p.entries(), p.parserVersion(), infos, p.provenance(), p.snapshotFile(),
        p.snapshotSha256(), p.status());
  }

  private SnapshotStore.StagedSnapshot build(ListSource source, Gathered gathered, ImportNotes note, SourceInfo previous)
      throws SourceFailure, IOException {
    ParsedList parsed;
    progress.started(source.id() + ": parsing", -1);
    try {
      parsed = source.parse(new RawFiles(gathered.files()));
    } catch (ListFormatException e) {
      throw new SourceFailure(e.getMessage());
    } catch (RuntimeException e) {
      // A parser bug on unexpected input must not cost the other sources their update.
      throw new SourceFailure("the parser failed on these files (" + e + "); please report it");
    } finally {
      progress.finished();
    }
    String rejection = check.reject(source.plausibleEntries(), previous == null ? 0 : previous.entries(), parsed.entries().size());
    if (rejection != null) {
      throw new SourceFailure(rejection);
    }
    SourceDescriptor d = source.descriptor();
    String asOf = note.asOf().isEmpty() ? parsed.asOf() : note.asOf();
    String provenance = String.join(" ", Stream.of(parsed.provenance(), note.provenance()).filter(s -> !s.isBlank()).toList());
    SourceInfo info = new SourceInfo(d.id(), d.title(), d.publisher(), d.officialUrl(), d.consequence(), d.citation(),
        asOf, now.toString(), gathered.fromPublisher() ? now.toString() : "", parsed.entries().size(), source.parserVersion(), gathered.infos(),
        provenance.isEmpty() ? "imported from local official files" : provenance, "", "");
    return store.stage(info, parsed.entries());
  }

  /** Official files first, in their order, then any other file the source reads (e.g. an archived page copy). */
  private static List<SourceFileInfo> localInfos(ListSource source, Map<String, Path> files) throws IOException {
    List<SourceFileInfo> infos = new ArrayList<>();
    for (SourceFile official : source.files()) {
      Path path = files.get(official.name());
      if (path != null) {
        infos.add(new SourceFileInfo(official.name(), official.url(), SnapshotStore.sha256(path), Files.size(path), "", ""));
      }
    }
    for (Map.Entry<String, Path> extra : files.entrySet()) {
      if (infos.stream().noneMatch(f -> f.name().equals(extra.getKey()))) {
        infos.add(new SourceFileInfo(extra.getKey(), "", SnapshotStore.sha256(extra.getValue()), Files.size(extra.getValue()), "", ""));
      }
    }
    return infos;
  }

  /** Official file names the source knows, plus any other file in its own folder. */
  private static Map<String, Path> findFiles(Path dir, ListSource source) throws IOException {
    Map<String, Path> found = new LinkedHashMap<>();
    for (Path folder : List.of(dir.resolve(source.id()), dir)) {
      if (!Files.isDirectory(folder)) {
        continue;
      }
      try (Stream<Path> listing = Files.list(folder)) {
        for (Path file : listing.filter(Files::isRegularFile).sorted().toList()) {
          String name = file.getFileName().toString().toUpperCase(Locale.ROOT);
          boolean official = source.files().stream().anyMatch(f -> f.name().equalsIgnoreCase(name));
          boolean ownFolder = folder.equals(dir.resolve(source.id()));
          if ((official || ownFolder) && !found.containsKey(officialName(source, name))) {
            found.put(officialName(source, name), file);
          }
        }
      }
      if (!found.isEmpty()) {
        break;
      }
    }
    return found;
  }

  private static String officialName(ListSource source, String upperName) {
    return source.files().stream().map(SourceFile::name).filter(n -> n.equalsIgnoreCase(upperName)).findFirst().orElse(upperName);
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> all = Files.walk(root)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  /** Downloads one source's files into a temp folder. */
  private record SourceDownload(HttpFetcher fetcher, SourceUrls urls, ListSource source, Path dir, ProgressListener progress) {

    Gathered gather(SourceInfo previous) throws SourceFailure {
      if (source.files().stream().allMatch(f -> urls.urlFor(source, f).toString().isEmpty())) {
        return Gathered.skipped("kept in the repository, not downloaded; import it with --from");
      }
      Map<String, Fetched> fetched = new LinkedHashMap<>();
      for (SourceFile file : source.files()) {
        fetched.put(file.name(), fetch(file, validators(previous, file)));
      }
      boolean allUnchanged = fetched.values().stream().allMatch(Fetched::notModified);
      List<SourceFileInfo> infos = new ArrayList<>();
      Map<String, Path> files = new LinkedHashMap<>();
      for (SourceFile file : source.files()) {
        Fetched result = fetched.get(file.name());
        if (allUnchanged) {
          infos.add(previousInfo(previous, file, result));
          continue;
        }
        // Raw files are not kept, so a file the publisher says is unchanged is fetched again when another
        // file of the same source did change: the parser needs the whole set.
        Fetched full = result.notModified() ? fetch(file, Validators.NONE) : result;
        files.put(file.name(), full.file());
        infos.add(new SourceFileInfo(file.name(), urls.urlFor(source, file).toString(), full.sha256(), full.bytes(),
            full.etag(), full.lastModified()));
      }
      return allUnchanged ? Gathered.unchanged(infos) : Gathered.downloaded(files, infos);
    }

    private Fetched fetch(SourceFile file, Validators validators) throws SourceFailure {
      URI url = urls.urlFor(source, file);
      try {
        return fetcher.fetch(new FetchRequest(source.id() + " " + file.name(), url, ContentKind.ofFileName(file.name()),
            source.maxFileBytes(), validators), dir.resolve(file.name()), progress);
      } catch (FetchException e) {
        throw new SourceFailure(file.name() + ": " + e.getMessage());
      }
    }

    /**
     * The snapshot's validators for this file, if the snapshot was built from the same URL by the same parser
     * version (a new parser must see the files again even when they did not change).
     */
    private Validators validators(SourceInfo previous, SourceFile file) {
      if (previous == null || previous.parserVersion() != source.parserVersion()) {
        return Validators.NONE;
      }
      String url = urls.urlFor(source, file).toString();
      return previous.files().stream()
          .filter(f -> f.name().equalsIgnoreCase(file.name()) && f.url().equals(url))
          .findFirst()
          .map(f -> new Validators(f.etag(), f.lastModified()))
          .orElse(Validators.NONE);
    }

    private static SourceFileInfo previousInfo(SourceInfo previous, SourceFile file, Fetched result) {
      SourceFileInfo old = previous.files().stream().filter(f -> f.name().equalsIgnoreCase(file.name())).findFirst().orElseThrow();
      return new SourceFileInfo(old.name(), old.url(), old.sha256(), old.bytes(), result.etag(), result.lastModified());
    }
  }
}
