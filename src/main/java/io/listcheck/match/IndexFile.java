package io.listcheck.match;

import io.listcheck.model.ListEntry;
import io.listcheck.normalize.NameNormalizer;
import io.listcheck.normalize.TokenKind;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The precomputed index of a snapshot: every listed name and alias analysed by the normalizer, so that a screening
 * starts without analysing the lists again (ICU transliteration and the name analysis of ≈ 77,000 names are most of
 * a cold start). Only the analysed names are stored; the lookups over them ({@link NameIndex}) are built from them on
 * load, which is cheap. Format: docs/index-format.md.
 *
 * <p>An index is only valid for the entries it was built from and for the normalizer and matcher that built it: its
 * header names each source's entries file by SHA-256 and carries a {@link IndexFingerprint}. Reading checks both and
 * throws {@link IndexFileException} on any mismatch or damage (a CRC32C over the file catches damage), and the caller
 * then analyses the lists as before.
 */
public final class IndexFile {
  /** "LCIX", then the format version: a reader never guesses at another version's layout. */
  private static final int MAGIC = 0x4C434958;
  static final int FORMAT = 2;
  private static final TokenKind[] KINDS = TokenKind.values();
  /** Core-key marker: the key is the name's non-legal-form tokens joined, as {@code AnalyzedName.coreKey} makes it. */
  private static final byte JOINED_CORE_KEY = 0;
  private static final byte EXPLICIT_CORE_KEY = 1;

  private IndexFile() {}

  /**
   * One source's entries file, by SHA-256 and entry count, as the manifest names it; the index holds one per source,
   * in order. (The count is checked too, so that a manifest whose count was edited is caught when the entries are
   * parsed, as it is without an index.)
   */
  public record SourceKey(String sourceId, String entriesSha256, int entries) {}

  /**
   * Where one entry's JSON object sits in its source's entries file (uncompressed), so that a hit's entry can be
   * read without parsing the rest of the file.
   *
   * @param source position of the source among the index's {@link SourceKey}s
   */
  public record EntrySpan(int source, long offset, int length) {}

  /** Reads one entry from its source's entries file; problems are unchecked, since the files were checked on load. */
  @FunctionalInterface
  public interface EntryReader {
    ListEntry read(EntrySpan span);
  }

  /**
   * Analyses the names of {@code entries} (all sources of {@code sources}, in that order) and serializes them; empty
   * when this listcheck cannot identify its own code ({@link IndexFingerprint}), since such an index could never be
   * checked.
   */
  public static java.util.Optional<byte[]> build(List<ListEntry> entries, List<EntrySpan> spans, List<SourceKey> sources) {
    if (IndexFingerprint.current().isEmpty()) {
      return java.util.Optional.empty();
    }
    if (spans.size() != entries.size()) {
      throw new IllegalArgumentException(spans.size() + " spans for " + entries.size() + " entries");
    }
    List<ListEntry> matchable = NameIndex.matchable(entries);
    List<NameIndex.ListedName> names = NameIndex.analyse(matchable, new NameNormalizer());
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 20);
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeInt(MAGIC);
      out.writeInt(FORMAT);
      writeString(out, IndexFingerprint.current().get());
      out.writeInt(sources.size());
      for (SourceKey source : sources) {
        writeString(out, source.sourceId());
        writeString(out, source.entriesSha256());
        out.writeInt(source.entries());
      }
      out.writeInt(matchable.size());
      for (int e = 0; e < entries.size(); e++) {
        if (entries.get(e).isNameMatchable()) {
          writeEntry(out, entries.get(e), spans.get(e));
        }
      }
      writeNames(out, names);
    } catch (IOException e) {
      throw new UncheckedIOException("writing to memory failed", e);
    }
    byte[] content = bytes.toByteArray();
    byte[] file = java.util.Arrays.copyOf(content, content.length + 4);
    ByteBuffer.wrap(file).putInt(content.length, checksum(content, content.length));
    return java.util.Optional.of(file);
  }

  /**
   * CRC32C of the content, kept in the last four bytes. It catches damage (truncation, a half-copied folder, bit
   * rot) at about 1 ms for the whole file, where SHA-256 takes ≈ 65 ms in a JVM that has just started; it is no
   * defence against someone who can write the folder, who could rewrite the manifest's hashes as well.
   */
  private static int checksum(byte[] file, int length) {
    java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
    crc.update(file, 0, length);
    return (int) crc.getValue();
  }

  private static final int PERSON = 1;
  private static final int COVERS_AFFILIATES = 2;

  private static void writeEntry(DataOutputStream out, ListEntry entry, EntrySpan span) throws IOException {
    out.writeInt(span.source());
    out.writeLong(span.offset());
    out.writeInt(span.length());
    writeString(out, entry.id());
    out.writeByte((ListedEntries.person(entry) ? PERSON : 0) | (ListedEntries.coversAffiliates(entry) ? COVERS_AFFILIATES : 0));
  }

  /** Tokens and kind labels go into one string table, so each distinct token is stored and decoded once. */
  private static void writeNames(DataOutputStream out, List<NameIndex.ListedName> names) throws IOException {
    Map<String, Integer> ids = new HashMap<>();
    List<String> table = new ArrayList<>();
    for (NameIndex.ListedName name : names) {
      intern(name.kindLabel(), ids, table);
      for (String token : name.tokens()) {
        intern(token, ids, table);
      }
      for (WrittenForm form : name.written()) {
        intern(form.word(), ids, table);
      }
    }
    Map<String, Integer> frequency = NameIndex.entryFrequency(names);
    out.writeInt(table.size());
    for (String s : table) {
      writeString(out, s);
      out.writeInt(frequency.getOrDefault(s, 0));
    }
    out.writeInt(names.size());
    for (NameIndex.ListedName name : names) {
      out.writeInt(name.entry());
      writeString(out, name.name());
      out.writeInt(ids.get(name.kindLabel()));
      out.writeInt(name.tokens().length);
      for (int j = 0; j < name.tokens().length; j++) {
        out.writeInt(ids.get(name.tokens()[j]));
        out.writeByte(name.kinds()[j].ordinal());
      }
      if (name.coreKey().equals(joinedCoreKey(name.tokens(), name.kinds()))) {
        out.writeByte(JOINED_CORE_KEY);
      } else {
        out.writeByte(EXPLICIT_CORE_KEY);
        writeString(out, name.coreKey());
      }
      out.writeInt(name.written().length);
      for (WrittenForm form : name.written()) {
        out.writeInt(ids.get(form.word()));
        out.writeInt(form.from());
        out.writeInt(form.span());
      }
    }
  }

  private static void intern(String s, Map<String, Integer> ids, List<String> table) {
    if (ids.putIfAbsent(s, table.size()) == null) {
      table.add(s);
    }
  }

  /**
   * A matcher over the entries of the sources {@code expected} names, in that order, using the analysed names of
   * {@code file} instead of analysing them again. Entries are read through {@code reader} when a hit needs them.
   *
   * @throws IndexFileException when the file was built from other entries, by another normalizer or matcher, or
   *     is damaged; the message says which, in one line
   */
  public static NameMatcher matcher(byte[] file, List<SourceKey> expected, EntryReader reader, MatchSettings settings)
      throws IndexFileException {
    Contents contents = read(file, expected, reader);
    return new TokenMatcher(new NameIndex(contents.entries(), contents.names(), contents.entryFrequency()), settings);
  }

  /** What an index holds; {@code entryFrequency} as {@link NameIndex#entryFrequency} counts it. */
  record Contents(ListedEntries entries, List<NameIndex.ListedName> names, Map<String, Integer> entryFrequency) {}

  static Contents read(byte[] file, List<SourceKey> expected, EntryReader reader) throws IndexFileException {
    if (file.length < 12 || ByteBuffer.wrap(file).getInt() != MAGIC) {
      throw new IndexFileException("not a listcheck index file");
    }
    int contentLength = file.length - 4;
    if (ByteBuffer.wrap(file).getInt(contentLength) != checksum(file, contentLength)) {
      throw new IndexFileException("damaged or truncated (its CRC32C does not match its content)");
    }
    ByteBuffer in = ByteBuffer.wrap(file, 0, contentLength);
    try {
      in.getInt();
      int format = in.getInt();
      if (format != FORMAT) {
        throw new IndexFileException("index format " + format + ", this listcheck reads format " + FORMAT);
      }
      if (!IndexFingerprint.current().equals(java.util.Optional.of(readString(in)))) {
        throw new IndexFileException("built by another version of the name normalizer or matcher");
      }
      List<SourceKey> sources = new ArrayList<>();
      for (int n = count(in); n > 0; n--) {
        sources.add(new SourceKey(readString(in), readString(in), in.getInt()));
      }
      if (!sources.equals(expected)) {
        throw new IndexFileException("built from other list entries than the manifest names");
      }
      SpannedEntries entries = readEntries(in, sources.size(), reader);
      Map<String, Integer> frequency = new HashMap<>();
      List<NameIndex.ListedName> names = readNames(in, entries.size(), frequency);
      if (in.hasRemaining()) {
        throw new IndexFileException("damaged: " + in.remaining() + " bytes after the end of the index");
      }
      return new Contents(entries, names, frequency);
    } catch (BufferUnderflowException | IndexOutOfBoundsException | IllegalArgumentException e) {
      throw new IndexFileException("damaged or truncated (" + e.getClass().getSimpleName() + " at byte " + in.position() + ")");
    }
  }

  private static SpannedEntries readEntries(ByteBuffer in, int sources, EntryReader reader) throws IndexFileException {
    int n = count(in);
    EntrySpan[] spans = new EntrySpan[n];
    String[] ids = new String[n];
    byte[] flags = new byte[n];
    for (int e = 0; e < n; e++) {
      spans[e] = new EntrySpan(in.getInt(), in.getLong(), in.getInt());
      if (spans[e].source() < 0 || spans[e].source() >= sources || spans[e].offset() < 0 || spans[e].length() <= 0) {
        throw new IndexFileException("damaged: entry " + e + " has no place in the entries files");
      }
      ids[e] = readString(in);
      flags[e] = in.get();
    }
    return new SpannedEntries(spans, ids, flags, reader);
  }

  /** The entries of a precomputed index: their ids and flags from the index, each whole entry read when first asked. */
  private static final class SpannedEntries extends ListedEntries {
    private final EntrySpan[] spans;
    private final String[] ids;
    private final byte[] flags;
    private final EntryReader reader;
    private final java.util.concurrent.atomic.AtomicReferenceArray<ListEntry> read;

    SpannedEntries(EntrySpan[] spans, String[] ids, byte[] flags, EntryReader reader) {
      this.spans = spans;
      this.ids = ids;
      this.flags = flags;
      this.reader = reader;
      this.read = new java.util.concurrent.atomic.AtomicReferenceArray<>(spans.length);
    }

    @Override
    int size() {
      return spans.length;
    }

    @Override
    ListEntry get(int position) {
      ListEntry entry = read.get(position);
      if (entry == null) {
        entry = reader.read(spans[position]);
        // the index and the entries file were both checked against the manifest; this guards the spans themselves
        if (!entry.id().equals(ids[position])) {
          throw new IllegalStateException("the precomputed index places entry " + ids[position] + " where the entries file has "
              + entry.id());
        }
        read.compareAndSet(position, null, entry);
      }
      return entry;
    }

    @Override
    boolean person(int position) {
      return (flags[position] & PERSON) != 0;
    }

    @Override
    boolean coversAffiliates(int position) {
      return (flags[position] & COVERS_AFFILIATES) != 0;
    }
  }

  private static List<NameIndex.ListedName> readNames(ByteBuffer in, int matchableEntries, Map<String, Integer> frequency)
      throws IndexFileException {
    String[] table = new String[count(in)];
    for (int k = 0; k < table.length; k++) {
      table[k] = readString(in);
      int entries = in.getInt();
      if (entries > 0) {
        frequency.put(table[k], entries);
      }
    }
    int n = count(in);
    List<NameIndex.ListedName> names = new ArrayList<>(n);
    int previousEntry = 0;
    for (int k = 0; k < n; k++) {
      int entry = in.getInt();
      if (entry < previousEntry || entry >= matchableEntries) {
        throw new IndexFileException("damaged: name " + k + " refers to entry " + entry);
      }
      previousEntry = entry;
      String name = readString(in);
      String kindLabel = table[in.getInt()];
      int length = count(in);
      String[] tokens = new String[length];
      TokenKind[] kinds = new TokenKind[length];
      for (int j = 0; j < length; j++) {
        tokens[j] = table[in.getInt()];
        kinds[j] = KINDS[in.get()];
      }
      String coreKey = switch (in.get()) {
        case JOINED_CORE_KEY -> joinedCoreKey(tokens, kinds);
        case EXPLICIT_CORE_KEY -> readString(in);
        default -> throw new IndexFileException("damaged: name " + k + " has an unknown core-key marker");
      };
      WrittenForm[] written = new WrittenForm[count(in)];
      for (int w = 0; w < written.length; w++) {
        String word = table[in.getInt()];
        int from = in.getInt();
        int span = in.getInt();
        if (from < 0 || span < 1 || span > length - from) {
          throw new IndexFileException("damaged: name " + k + " has a written form outside its tokens");
        }
        written[w] = new WrittenForm(word, from, span);
      }
      names.add(new NameIndex.ListedName(entry, name, kindLabel, tokens, kinds, coreKey,
          written.length == 0 ? WrittenForm.NONE : written));
    }
    return names;
  }

  private static String joinedCoreKey(String[] tokens, TokenKind[] kinds) {
    StringBuilder key = new StringBuilder();
    for (int j = 0; j < tokens.length; j++) {
      if (kinds[j] != TokenKind.LEGAL_FORM) {
        key.append(tokens[j]);
      }
    }
    return key.toString();
  }

  private static int count(ByteBuffer in) throws IndexFileException {
    int n = in.getInt();
    if (n < 0 || n > in.remaining()) {
      throw new IndexFileException("damaged: a count of " + n + " at byte " + (in.position() - 4));
    }
    return n;
  }

  private static void writeString(DataOutputStream out, String s) throws IOException {
    byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
    out.writeInt(utf8.length);
    out.write(utf8);
  }

  private static String readString(ByteBuffer in) throws IndexFileException {
    int length = count(in);
    String s = new String(in.array(), in.position(), length, StandardCharsets.UTF_8);
    in.position(in.position() + length);
    return s;
  }
}
