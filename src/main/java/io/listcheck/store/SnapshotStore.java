package io.listcheck.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import io.listcheck.model.ListEntry;
import io.listcheck.model.SourceInfo;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The {@code lists/} folder: one normalized entries file per source plus {@code manifest.json}.
 *
 * <p>Entries files are named after their content ({@code <id>.<sha12>.json[.gz]}) and never overwritten; the
 * manifest, which says which files are current, is replaced with one atomic rename. A crash at any moment
 * therefore leaves either the old or the new snapshot, never a mix, and files the manifest no longer names are
 * removed only after the rename. The snapshot's precomputed index ({@code index.<sha12>.bin}) is handled the same way.
 */
public final class SnapshotStore {
  public static final String MANIFEST = "manifest.json";
  private static final String INDEX_PREFIX = "index.";
  private static final String INDEX_SUFFIX = ".bin";
  private static final int GZIP_ABOVE_BYTES = 512 * 1024;
  private static final TypeReference<List<ListEntry>> ENTRIES = new TypeReference<>() {};
  /** {@code update} reads the manifest too, so it cannot be the remedy for a damaged one. */
  private static final String DAMAGED_MANIFEST = "; restore it from version control, or delete it and run"
      + " 'listcheck update' to fetch every list anew";

  private final Path dir;

  public SnapshotStore(Path dir) {
    this.dir = dir;
  }

  public Path dir() {
    return dir;
  }

  /** The manifest, or an empty one when the folder has none yet. */
  public Manifest readManifest() throws SnapshotException {
    return readManifest(dir.resolve(MANIFEST));
  }

  /** A manifest file by any name (e.g. an old one kept for comparison), or an empty one when it is missing. */
  public static Manifest readManifest(Path file) throws SnapshotException {
    Manifest manifest;
    try (InputStream in = Files.newInputStream(file)) {
      manifest = Json.MAPPER.readValue(in, Manifest.class);
    } catch (NoSuchFileException e) {
      return Manifest.empty();
    } catch (JsonProcessingException e) {
      throw new SnapshotException(where(file, e) + ": unreadable list manifest: " + e.getOriginalMessage()
          + DAMAGED_MANIFEST, e);
    } catch (IOException e) {
      throw new SnapshotException(file + ": unreadable list manifest: " + e.getMessage(), e);
    }
    if (manifest == null) {
      throw new SnapshotException(file + ": unreadable list manifest: null where the manifest belongs" + DAMAGED_MANIFEST);
    }
    return checkedManifest(file, manifest);
  }

  /**
   * Every later step finds a source by its id: a damaged or hand-edited manifest is refused here, by name, as is one
   * written by a newer listcheck.
   */
  private static Manifest checkedManifest(Path file, Manifest manifest) throws SnapshotException {
    if (manifest.formatVersion() > Manifest.FORMAT_VERSION) {
      // its fields may mean something this version cannot know: reading it as ours could screen against the wrong data
      throw new SnapshotException(file + ": manifest format " + manifest.formatVersion() + " is newer than this"
          + " listcheck reads (" + Manifest.FORMAT_VERSION + "); use a newer listcheck");
    }
    Set<String> ids = new HashSet<>();
    for (SourceInfo source : manifest.sources()) {
      if (source == null || source.id() == null || source.id().isBlank()) {
        throw new SnapshotException(file + ": a source without an id" + DAMAGED_MANIFEST);
      }
      if (!ids.add(source.id())) {
        throw new SnapshotException(file + ": source " + source.id() + " is listed twice" + DAMAGED_MANIFEST);
      }
    }
    return manifest;
  }

  /** The entries of one source, checked against the SHA-256 the manifest recorded. */
  public List<ListEntry> loadEntries(SourceInfo source) throws SnapshotException {
    return parse(source, readChecked(source));
  }

  private List<ListEntry> parse(SourceInfo source, byte[] bytes) throws SnapshotException {
    Path file = dir.resolve(source.snapshotFile());
    try (InputStream data = uncompressedStream(file.toString(), bytes)) {
      return checkedAgainst(source, Json.MAPPER.readValue(data, ENTRIES), file);
    } catch (JsonProcessingException e) {
      throw new SnapshotException(where(file, e) + ": not a valid list snapshot: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new SnapshotException(file + ": unreadable list snapshot: " + e.getMessage(), e);
    }
  }

  private String checkedName(SourceInfo source) throws SnapshotException {
    if (!isEntriesFile(source.snapshotFile())) {
      throw new SnapshotException(dir.resolve(MANIFEST) + ": source " + source.id() + " names '" + source.snapshotFile()
          + "', which is not an entries file of this folder; run 'listcheck update'");
    }
    return source.snapshotFile();
  }

  /** The bytes of a source's entries file as stored (perhaps gzipped), checked against the manifest's SHA-256. */
  private byte[] readChecked(SourceInfo source) throws SnapshotException {
    Path file = dir.resolve(checkedName(source));
    try {
      byte[] bytes = Files.readAllBytes(file);
      if (!sha256(bytes).equals(source.snapshotSha256())) {
        throw new SnapshotException(file + ": SHA-256 does not match lists/manifest.json (file changed or damaged); run 'listcheck update'");
      }
      return bytes;
    } catch (NoSuchFileException e) {
      throw new SnapshotException(file + ": list snapshot file is missing; run 'listcheck update'", e);
    } catch (IOException e) {
      throw new SnapshotException(file + ": unreadable list snapshot: " + e.getMessage(), e);
    }
  }

  private static InputStream uncompressedStream(String fileName, byte[] content) throws IOException {
    InputStream in = new ByteArrayInputStream(content);
    return fileName.endsWith(".gz") ? new GZIPInputStream(in) : in;
  }

  /**
   * Where each entry's JSON object sits in an entries file ({@code content} as stored, perhaps gzipped): byte
   * offset and length in the uncompressed JSON, in file order. A precomputed index keeps them so that a screening
   * reads only the entries it reports.
   */
  public static List<Span> entrySpans(String fileName, byte[] content) throws IOException {
    byte[] json;
    try (InputStream in = uncompressedStream(fileName, content)) {
      json = in.readAllBytes();
    }
    List<Span> spans = new ArrayList<>();
    try (com.fasterxml.jackson.core.JsonParser parser = Json.MAPPER.getFactory().createParser(json)) {
      if (parser.nextToken() != com.fasterxml.jackson.core.JsonToken.START_ARRAY) {
        throw new IOException(fileName + ": not a list snapshot (no JSON array)");
      }
      while (parser.nextToken() == com.fasterxml.jackson.core.JsonToken.START_OBJECT) {
        long start = parser.currentTokenLocation().getByteOffset();
        parser.skipChildren();
        spans.add(new Span(start, (int) (parser.currentLocation().getByteOffset() - start)));
      }
    }
    return spans;
  }

  /** An entry's place in its uncompressed entries file. */
  public record Span(long offset, int length) {}

  /**
   * The entries files of a manifest, read and checked against its SHA-256s up front (a damaged file fails the load,
   * as with {@link #loadEntries}), but parsed only entry by entry, when asked ({@link #entry}). Thread-safe.
   */
  public final class EntryFiles {
    private final List<SourceInfo> sources;
    private final byte[][] stored;
    private final byte[][] json;

    private EntryFiles(List<SourceInfo> sources) throws SnapshotException {
      this.sources = sources;
      this.stored = new byte[sources.size()][];
      this.json = new byte[sources.size()][];
      for (int s = 0; s < stored.length; s++) {
        stored[s] = readChecked(sources.get(s));
      }
    }

    /** Every entry of every file, in manifest order, checked as {@link #loadEntries(SourceInfo)} checks them. */
    public List<ListEntry> all() throws SnapshotException {
      return inParallel(sources, source -> parse(source, stored[sources.indexOf(source)]));
    }

    /** The entry at {@code span} of the {@code source}-th file; a file that does not parse there is unchecked. */
    public ListEntry entry(int source, Span span) {
      Path file = dir.resolve(sources.get(source).snapshotFile());
      try {
        byte[] data = uncompressed(source);
        return Json.MAPPER.readValue(data, Math.toIntExact(span.offset()), span.length(), ListEntry.class);
      } catch (IOException | ArithmeticException | IndexOutOfBoundsException e) {
        throw new java.io.UncheckedIOException(new IOException(file + ": no list entry at byte " + span.offset() + ": " + e.getMessage(), e));
      }
    }

    private synchronized byte[] uncompressed(int source) throws IOException {
      if (json[source] == null) {
        try (InputStream in = uncompressedStream(sources.get(source).snapshotFile(), stored[source])) {
          json[source] = in.readAllBytes();
        }
      }
      return json[source];
    }
  }

  /** The entries files of {@code manifest}, read and checked, not yet parsed. */
  public EntryFiles entryFiles(Manifest manifest) throws SnapshotException {
    return new EntryFiles(manifest.sources());
  }

  /** A manifest with its entries files read and checked. */
  public record Read(Manifest manifest, EntryFiles files) {}

  /** The current manifest and its entries files, read and checked but not parsed; retried as {@link #loadCurrent}. */
  public Read readCurrent() throws SnapshotException {
    Manifest read = readManifest();
    try {
      return new Read(read, entryFiles(read));
    } catch (SnapshotException e) {
      Manifest now = readManifest();
      if (now.equals(read)) {
        throw e;
      }
      return new Read(now, entryFiles(now));
    }
  }

  /** The bytes of a source's entries file as stored, checked against the manifest's SHA-256. */
  public byte[] entriesFile(SourceInfo source) throws SnapshotException {
    return readChecked(source);
  }

  /** A file matching its hash can still be another source's file under this one's name, if the manifest was edited. */
  private static List<ListEntry> checkedAgainst(SourceInfo source, List<ListEntry> entries, Path file) throws SnapshotException {
    if (entries == null || entries.contains(null)) {
      throw new SnapshotException(file + ": not a valid list snapshot: null where entries belong; run 'listcheck update'");
    }
    for (ListEntry entry : entries) {
      if (!source.id().equals(entry.sourceId())) {
        throw new SnapshotException(file + ": holds entries of source '" + entry.sourceId() + "', not of '" + source.id()
            + "' as lists/manifest.json says; run 'listcheck update'");
      }
    }
    if (entries.size() != source.entries()) {
      throw new SnapshotException(file + ": holds " + entries.size() + " entries, lists/manifest.json says " + source.entries()
          + "; run 'listcheck update'");
    }
    return entries;
  }

  /** "file:line" where Jackson knows the line. */
  private static String where(Path file, JsonProcessingException e) {
    return e.getLocation() == null || e.getLocation().getLineNr() <= 0 ? file.toString() : file + ":" + e.getLocation().getLineNr();
  }

  /**
   * The entries of several sources, in the order given, each checked as {@link #loadEntries(SourceInfo)} does.
   * The files are independent and parsing the large ones is most of a screening's start-up, so they are read
   * on one thread per core; a problem is reported for the first failing source in the order given.
   */
  public List<ListEntry> loadEntries(List<SourceInfo> sources) throws SnapshotException {
    return inParallel(sources, this::loadEntries);
  }

  /** How one source's entries are had: read and parsed, or parsed from bytes read before. */
  @FunctionalInterface
  private interface SourceLoad {
    List<ListEntry> load(SourceInfo source) throws SnapshotException;
  }

  private static List<ListEntry> inParallel(List<SourceInfo> sources, SourceLoad load) throws SnapshotException {
    int threads = Math.min(sources.size(), Runtime.getRuntime().availableProcessors());
    if (threads <= 1) {
      List<ListEntry> entries = new ArrayList<>();
      for (SourceInfo source : sources) {
        entries.addAll(load.load(source));
      }
      return entries;
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
      Thread loader = new Thread(task, "listcheck-load");
      loader.setDaemon(true);
      return loader;
    });
    try {
      List<Future<List<ListEntry>>> loads = new ArrayList<>();
      for (SourceInfo source : sources) {
        loads.add(pool.submit(() -> load.load(source)));
      }
      List<ListEntry> entries = new ArrayList<>();
      for (Future<List<ListEntry>> loading : loads) {
        entries.addAll(await(loading));
      }
      return entries;
    } finally {
      pool.shutdownNow();
    }
  }

  private static List<ListEntry> await(Future<List<ListEntry>> load) throws SnapshotException {
    try {
      return load.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SnapshotException("interrupted while loading the list snapshot", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof SnapshotException problem) {
        throw problem;
      }
      if (e.getCause() instanceof RuntimeException bug) {
        throw bug;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  /** A manifest with the entries of every source it names. */
  public record Loaded(Manifest manifest, List<ListEntry> entries) {}

  /**
   * The current manifest and all its entries. An update that commits while this reads may delete the entries
   * files of the manifest it replaced; when loading fails and the manifest has changed meanwhile, the new
   * snapshot is loaded instead (once), so a screening never fails for running next to an update.
   */
  public Loaded loadCurrent() throws SnapshotException {
    return loadCurrent(readManifest());
  }

  Loaded loadCurrent(Manifest read) throws SnapshotException {
    try {
      return new Loaded(read, loadEntries(read.sources()));
    } catch (SnapshotException e) {
      Manifest now = readManifest();
      if (now.equals(read)) {
        throw e;
      }
      return new Loaded(now, loadEntries(now.sources()));
    }
  }

  /** A source's entries, serialized and named, ready for {@link #commit}. */
  public record StagedSnapshot(SourceInfo info, String fileName, byte[] content, List<ListEntry> entries) {}

  /** Serializes entries and fills in the snapshot file name and hash of {@code info}. */
  public StagedSnapshot stage(SourceInfo info, List<ListEntry> entries) throws IOException {
    byte[] json = Json.MAPPER.writeValueAsBytes(entries);
    boolean gzip = json.length > GZIP_ABOVE_BYTES;
    byte[] content = gzip ? gzip(json) : json;
    String sha = sha256(content);
    String fileName = info.id() + "." + sha.substring(0, 12) + (gzip ? ".json.gz" : ".json");
    SourceInfo complete = new SourceInfo(info.id(), info.title(), info.publisher(), info.officialUrl(),
        info.consequence(), info.citation(), info.asOf(), info.retrievedAt(), info.lastChecked(), entries.size(),
        info.parserVersion(), info.files(), info.provenance(), fileName, sha);
    return new StagedSnapshot(complete, fileName, content, entries);
  }

  /**
   * Writes the staged entries files, then replaces the manifest atomically with {@code manifest} (which must
   * already name the staged files), then deletes entries files no manifest entry names any more.
   */
  public void commit(List<StagedSnapshot> staged, Manifest manifest) throws IOException {
    commit(staged, Optional.empty(), manifest);
  }

  /** A precomputed index, named after its content, ready for {@link #commit(List, Optional, Manifest)}. */
  public record StagedIndex(Manifest.IndexInfo info, byte[] content) {}

  public static StagedIndex stageIndex(byte[] content) {
    String sha = sha256(content);
    return new StagedIndex(new Manifest.IndexInfo(INDEX_PREFIX + sha.substring(0, 12) + INDEX_SUFFIX, sha), content);
  }

  /**
   * As {@link #commit(List, Manifest)}, also writing the snapshot's precomputed index before the manifest that names
   * it, so that a manifest never names an index that is not there yet; indexes no manifest names are deleted too.
   */
  public void commit(List<StagedSnapshot> staged, Optional<StagedIndex> index, Manifest manifest) throws IOException {
    Files.createDirectories(dir);
    for (StagedSnapshot snapshot : staged) {
      writeIfMissing(dir.resolve(snapshot.fileName()), snapshot.content());
    }
    if (index.isPresent()) {
      writeIfMissing(dir.resolve(index.get().info().file()), index.get().content());
    }
    writeAtomically(dir.resolve(MANIFEST), Json.MAPPER.writeValueAsBytes(manifest));
    removeUnreferenced(manifest);
  }

  /** Content-addressed files: one of the same name already holds the same bytes. */
  private static void writeIfMissing(Path target, byte[] content) throws IOException {
    if (!Files.exists(target)) {
      writeAtomically(target, content);
    }
  }

  /**
   * The bytes of the precomputed index the manifest names. Its integrity and whether it fits these entries and this
   * listcheck are the index's own checks ({@code match.IndexFile}: a CRC32C, the entries files' SHA-256s and a
   * fingerprint of the code), so its SHA-256 is recorded in the manifest for audits and file naming but not
   * recomputed on every screening.
   */
  public byte[] readIndex(Manifest.IndexInfo index) throws SnapshotException {
    if (index.file() == null || !isIndexFile(index.file())) {
      throw new SnapshotException(dir.resolve(MANIFEST) + ": names '" + index.file() + "' as its index, which is not an index file of this folder");
    }
    Path file = dir.resolve(index.file());
    try {
      return Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new SnapshotException(file + ": index file is missing", e);
    } catch (IOException e) {
      throw new SnapshotException(file + ": unreadable index file: " + e.getMessage(), e);
    }
  }

  private void removeUnreferenced(Manifest manifest) throws IOException {
    Set<String> current = new HashSet<>();
    manifest.sources().forEach(s -> current.add(s.snapshotFile()));
    if (manifest.index() != null) {
      current.add(manifest.index().file());
    }
    List<Path> stale = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      files.filter(p -> isSnapshotFile(p.getFileName().toString()) && !current.contains(p.getFileName().toString()))
          .forEach(stale::add);
    }
    for (Path p : stale) {
      Files.deleteIfExists(p);
    }
  }

  private static boolean isSnapshotFile(String name) {
    return isEntriesFile(name) || isIndexFile(name);
  }

  private static boolean isIndexFile(String name) {
    return name.matches(Pattern.quote(INDEX_PREFIX) + "[0-9a-f]{12}" + Pattern.quote(INDEX_SUFFIX));
  }

  private static boolean isEntriesFile(String name) {
    return (name.endsWith(".json") || name.endsWith(".json.gz")) && !name.equals(MANIFEST) && name.matches("[^/\\\\]+\\.[0-9a-f]{12}\\.json(\\.gz)?");
  }

  /** Temp file in the same folder, fsync, then an atomic rename over the target. */
  public static void writeAtomically(Path target, byte[] content) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path temp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
    try {
      try (var channel = java.nio.channels.FileChannel.open(temp, java.nio.file.StandardOpenOption.WRITE)) {
        channel.write(java.nio.ByteBuffer.wrap(content));
        channel.force(true);
      }
      makeReadable(temp);
      try {
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /**
   * Temp files are created owner-only; what listcheck renames into place (snapshots, reports) is shared data,
   * readable like any other file the user writes.
   */
  public static void makeReadable(Path file) throws IOException {
    if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
    }
  }

  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }

  public static String sha256(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      byte[] buffer = new byte[64 * 1024];
      for (int n; (n = in.read(buffer)) > 0; ) {
        digest.update(buffer, 0, n);
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    } catch (FileSystemException e) {
      throw e;
    } catch (IOException e) {
      // A read error mid-file (bad disk, lost mount) names no file by itself.
      throw new IOException(file + ": " + e.getMessage(), e);
    }
  }

  private static byte[] gzip(byte[] data) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(data.length / 4);
    try (OutputStream gz = new GZIPOutputStream(out)) {
      gz.write(data);
    }
    return out.toByteArray();
  }
}
