package io.listcheck.update;

import io.listcheck.model.SourceFileInfo;
import io.listcheck.model.SourceInfo;
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
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Builds new snapshots from official files and replaces the old ones only when every check passes. A failing
 * source keeps its previous snapshot; the others still update.
 */
public final class ListUpdater {
  private final SourceRegistry registry;
  private final SnapshotStore store;
  private final SanityCheck check;
  private final Instant now;

  public ListUpdater(SourceRegistry registry, SnapshotStore store, SanityCheck check, Instant now) {
    this.registry = registry;
    this.store = store;
    this.check = check;
    this.now = now;
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
    Manifest manifest = store.readManifest();
    List<SnapshotStore.StagedSnapshot> staged = new ArrayList<>();
    List<UpdateOutcome> outcomes = new ArrayList<>();
    for (ListSource source : withCustom(custom)) {
      Map<String, Path> found = source instanceof CustomListSource c
          ? Map.of(c.fileName(), c.file())
          : dir == null ? Map.of() : findFiles(dir, source);
      if (found.isEmpty()) {
        outcomes.add(new UpdateOutcome(source.id(), UpdateOutcome.Kind.SKIPPED,
            dir == null ? "no files offered for this source" : "no files for this source in " + dir));
        continue;
      }
      ImportNotes note = notes.getOrDefault(source.id(), ImportNotes.NONE);
      try {
        SnapshotStore.StagedSnapshot snapshot = build(source, found, note, manifest);
        staged.add(snapshot);
        manifest = manifest.with(snapshot.info());
        outcomes.add(new UpdateOutcome(source.id(), UpdateOutcome.Kind.UPDATED, snapshot.info().entries() + " entries"));
      } catch (ListFormatException | RejectedException e) {
        outcomes.add(new UpdateOutcome(source.id(), UpdateOutcome.Kind.FAILED, e.getMessage()));
      }
    }
    if (!staged.isEmpty()) {
      store.commit(staged, manifest);
    }
    return outcomes;
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

  private static final class RejectedException extends Exception {
    private static final long serialVersionUID = 1L;

    RejectedException(String message) {
      super(message);
    }
  }

  private SnapshotStore.StagedSnapshot build(ListSource source, Map<String, Path> files, ImportNotes note, Manifest manifest)
      throws IOException, ListFormatException, RejectedException {
    ParsedList parsed = source.parse(new RawFiles(files));
    int previous = manifest.source(source.id()).map(SourceInfo::entries).orElse(0);
    String rejection = check.reject(previous, parsed.entries().size());
    if (rejection != null) {
      throw new RejectedException(rejection + "; previous snapshot kept");
    }
    List<SourceFileInfo> fileInfos = new ArrayList<>();
    for (SourceFile official : source.files()) {
      Path path = files.get(official.name());
      if (path != null) {
        fileInfos.add(new SourceFileInfo(official.name(), official.url(), SnapshotStore.sha256(path), Files.size(path), "", ""));
      }
    }
    for (Map.Entry<String, Path> extra : files.entrySet()) {
      if (fileInfos.stream().noneMatch(f -> f.name().equals(extra.getKey()))) {
        fileInfos.add(new SourceFileInfo(extra.getKey(), "", SnapshotStore.sha256(extra.getValue()), Files.size(extra.getValue()), "", ""));
      }
    }
    SourceDescriptor d = source.descriptor();
    String asOf = note.asOf().isEmpty() ? parsed.asOf() : note.asOf();
    String provenance = String.join(" ", Stream.of(parsed.provenance(), note.provenance()).filter(s -> !s.isBlank()).toList());
    SourceInfo info = new SourceInfo(d.id(), d.title(), d.publisher(), d.officialUrl(), d.consequence(), d.citation(),
        asOf, now.toString(), now.toString(), parsed.entries().size(), source.parserVersion(), fileInfos,
        provenance.isEmpty() ? "imported from local official files" : provenance, "", "");
    return store.stage(info, parsed.entries());
  }

  /** Official file names the source knows, plus any other file it reads (e.g. an archived copy of its page). */
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
}
