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
import java.util.List;

/**
 * The precomputed index of a snapshot: every listed name and alias analysed by the normalizer, so that a screening
 * starts without analysing the lists again (ICU transliteration and the name analysis of ≈ 77,000 names are most of
 * a cold start). The analysed names are stored in columns of numbers ({@link ListedNames}), each read in one piece;
 * the lookups over them ({@link NameIndex}) are filled from those columns on load by int loops. Format:
 * docs/index-format.md.
 *
 * <p>An index is only valid for the entries it was built from and for the normalizer and matcher that built it: its
 * header names each source's entries file by SHA-256 and carries a {@link IndexFingerprint}. Reading checks both and
 * throws {@link IndexFileException} on any mismatch or damage (a CRC32C over the file catches damage), and the caller
 * then analyses the lists as before.
 */
public final class IndexFile {
  /** "LCIX", then the format version: a reader never guesses at another version's layout. */
  private static final int MAGIC = 0x4C434958;
  static final int FORMAT = 3;
  private static final TokenKind[] KINDS = TokenKind.values();

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
    ListedNames names = ListedNames.of(NameIndex.analyse(matchable, new NameNormalizer()));
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

  /** The names' columns ({@link ListedNames}), each array in one piece. */
  private static void writeNames(DataOutputStream out, ListedNames names) throws IOException {
    out.writeInt(names.strings.length);
    for (String s : names.strings) {
      writeString(out, s);
    }
    writeInts(out, names.frequency);
    out.writeInt(names.size());
    writeInts(out, names.entry);
    writeInts(out, names.kindLabel);
    out.writeInt(names.text.length);
    out.write(names.text);
    writeInts(out, names.textEnd);
    writeInts(out, names.tokenEnd);
    out.writeInt(names.tokens.length);
    writeInts(out, names.tokens);
    out.write(names.kinds);
    out.writeInt(names.pairKeys);
    writeInts(out, names.pairKey);
    out.writeInt(names.coreKeyText.length);
    writeInts(out, names.coreKeyText);
    writeInts(out, names.coreKey);
    writeInts(out, names.writtenEnd);
    out.writeInt(names.writtenWord.length);
    writeInts(out, names.writtenWord);
    writeInts(out, names.writtenFrom);
    writeInts(out, names.writtenSpan);
    out.writeInt(names.possessiveStems.length);
    writeInts(out, names.possessiveStems);
  }

  private static void writeInts(DataOutputStream out, int[] values) throws IOException {
    for (int value : values) {
      out.writeInt(value);
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
    return new TokenMatcher(new NameIndex(contents.entries(), contents.names()), settings);
  }

  /** What an index holds. */
  record Contents(ListedEntries entries, ListedNames names) {}

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
      ListedNames names = readNames(in, entries.size());
      if (in.hasRemaining()) {
        throw new IndexFileException("damaged: " + in.remaining() + " bytes after the end of the index");
      }
      return new Contents(entries, names);
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

  /** Reads {@link #writeNames}' columns, checking every count, number and reference before anything uses them. */
  private static ListedNames readNames(ByteBuffer in, int matchableEntries) throws IndexFileException {
    String[] strings = new String[count(in)];
    for (int k = 0; k < strings.length; k++) {
      strings[k] = readString(in);
    }
    int[] frequency = atLeast(0, ints(in, strings.length), "an entry frequency");
    int n = count(in);
    int[] entry = within(ints(in, n), matchableEntries, "an entry");
    ascending(entry, 0, "the entries of its names");
    int[] kindLabel = within(ints(in, n), strings.length, "a kind label");
    byte[] text = new byte[count(in)];
    in.get(text);
    int[] textEnd = ints(in, n);
    ascending(textEnd, 0, "the ends of its names' text");
    if (n > 0 && textEnd[n - 1] > text.length) {
      throw new IndexFileException("damaged: its names' text ends after its bytes");
    }
    int[] tokenEnd = ints(in, n);
    ascending(tokenEnd, 1, "the ends of its names' tokens");
    int[] tokens = within(ints(in, count(in)), strings.length, "a token");
    byte[] kinds = new byte[tokens.length];
    in.get(kinds);
    for (byte kind : kinds) {
      if (kind < 0 || kind >= KINDS.length) {
        throw new IndexFileException("damaged: a token kind of " + kind);
      }
    }
    if ((n == 0 ? 0 : tokenEnd[n - 1]) != tokens.length) {
      throw new IndexFileException("damaged: its names have other tokens than it holds");
    }
    int pairKeys = count(in);
    int[] pairKey = firstSeenInOrder(ints(in, tokens.length - n), pairKeys, "joined pair");
    int[] coreKeyText = ints(in, count(in));
    for (int string : coreKeyText) {
      if (string < -1 || string >= strings.length) {
        throw new IndexFileException("damaged: a core key refers to string " + string);
      }
    }
    int[] coreKey = firstSeenInOrder(ints(in, n), coreKeyText.length, "core key");
    int[] writtenEnd = ints(in, n);
    ascending(writtenEnd, 0, "the ends of its names' written forms");
    int forms = count(in);
    if ((n == 0 ? 0 : writtenEnd[n - 1]) != forms) {
      throw new IndexFileException("damaged: its names have other written forms than it holds");
    }
    int[] writtenWord = within(ints(in, forms), strings.length, "a written form");
    int[] writtenFrom = ints(in, forms);
    int[] writtenSpan = ints(in, forms);
    for (int name = 0; name < n; name++) {
      int length = tokenEnd[name] - (name == 0 ? 0 : tokenEnd[name - 1]);
      for (int form = name == 0 ? 0 : writtenEnd[name - 1]; form < writtenEnd[name]; form++) {
        if (writtenFrom[form] < 0 || writtenSpan[form] < 1 || writtenSpan[form] > length - writtenFrom[form]) {
          throw new IndexFileException("damaged: name " + name + " has a written form outside its tokens");
        }
      }
    }
    int[] possessiveStems = within(ints(in, count(in)), strings.length, "a possessive");
    return new ListedNames(strings, frequency, entry, kindLabel, text, textEnd, tokenEnd, tokens, kinds, pairKey, pairKeys,
        coreKey, coreKeyText, writtenEnd, writtenWord, writtenFrom, writtenSpan, possessiveStems);
  }

  /** {@code n} ints in one read. */
  private static int[] ints(ByteBuffer in, int n) throws IndexFileException {
    if (n < 0 || n > in.remaining() / Integer.BYTES) {
      throw new IndexFileException("damaged: a count of " + n + " at byte " + in.position());
    }
    int[] values = new int[n];
    in.asIntBuffer().get(values);
    in.position(in.position() + n * Integer.BYTES);
    return values;
  }

  private static int[] within(int[] values, int size, String what) throws IndexFileException {
    for (int value : values) {
      if (value < 0 || value >= size) {
        throw new IndexFileException("damaged: " + what + " refers to " + value + " of " + size);
      }
    }
    return values;
  }

  private static int[] atLeast(int least, int[] values, String what) throws IndexFileException {
    for (int value : values) {
      if (value < least) {
        throw new IndexFileException("damaged: " + what + " of " + value);
      }
    }
    return values;
  }

  /** Each value at least {@code step} above the one before (the first above 0). */
  private static void ascending(int[] values, int step, String what) throws IndexFileException {
    int previous = 0;
    for (int k = 0; k < values.length; k++) {
      if (values[k] < previous + step) {
        throw new IndexFileException("damaged: " + what + " go backwards at " + k);
      }
      previous = values[k];
    }
  }

  /** Keys numbered in the order they first occur, {@code count} of them, as {@link ListedNames#of} numbers them. */
  private static int[] firstSeenInOrder(int[] keys, int count, String what) throws IndexFileException {
    int next = 0;
    for (int key : keys) {
      if (key < 0 || key > next) {
        throw new IndexFileException("damaged: " + what + " " + key + " out of order");
      }
      next = Math.max(next, key + 1);
    }
    if (next != count) {
      throw new IndexFileException("damaged: " + next + " " + what + "s where it counts " + count);
    }
    return keys;
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
