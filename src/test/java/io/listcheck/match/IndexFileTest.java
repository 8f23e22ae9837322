package io.listcheck.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.listcheck.model.ListEntry;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class IndexFileTest {
  private static final List<IndexFile.SourceKey> KEYS = List.of(new IndexFile.SourceKey("test", "ab".repeat(32), TestLists.entries().size()));
  private static final List<ListEntry> ENTRIES = TestLists.entries();
  /** Entries "read from their file": span offsets are positions in the list. */
  private static final List<IndexFile.EntrySpan> SPANS = java.util.stream.IntStream.range(0, ENTRIES.size())
      .mapToObj(i -> new IndexFile.EntrySpan(0, i, 1)).toList();
  private static final IndexFile.EntryReader READER = span -> ENTRIES.get((int) span.offset());
  private static final byte[] FILE = IndexFile.build(ENTRIES, SPANS, KEYS).orElseThrow();

  /** Every listed name, and misspelt, reordered, shortened and foreign-script forms of them. */
  private static List<String> suppliers() {
    List<String> names = new ArrayList<>(List.of("深圳市大疆创新科技有限公司", "Hangzhou Hikvison Digital Tech",
        "DJI Europe B.V.", "Hikvision USA Inc", "Sberbank Rossii PAO", "ПАО Сбербанк", "TP Link", "Tplink Technologies",
        "Clean Company Ltd", "China Telecom Americas", "Panda Electronic Group", "United Co", "ZTE", "Z.T.E. Corp",
        "Shenzhen Da-Jiang Innovaitons Sciences and Technologies Company Limited"));
    for (ListEntry entry : ENTRIES) {
      for (String name : entry.allNames()) {
        names.add(name);
        names.add(name.toLowerCase(java.util.Locale.ROOT) + " llc");
        names.add(name.length() > 6 ? name.substring(1) : name + "x");
      }
    }
    return names;
  }

  @Test
  void aMatcherFromTheIndexFindsExactlyWhatOneBuiltInMemoryFinds() throws Exception {
    NameMatcher fromFile = IndexFile.matcher(FILE, KEYS, READER, MatchSettings.DEFAULTS);
    NameMatcher inMemory = NameMatcher.over(ENTRIES, MatchSettings.DEFAULTS);
    int hits = 0;
    for (String supplier : suppliers()) {
      List<Hit> expected = inMemory.match(supplier, "CN");
      assertThat(fromFile.match(supplier, "CN")).as(supplier).isEqualTo(expected);
      hits += expected.size();
    }
    assertThat(hits).as("the comparison covers hits, not only clear names").isGreaterThan(50);
  }

  @Test
  void readsOnlyTheEntriesOfHits() throws Exception {
    List<Integer> read = new ArrayList<>();
    NameMatcher matcher = IndexFile.matcher(FILE, KEYS, span -> {
      read.add((int) span.offset());
      return ENTRIES.get((int) span.offset());
    }, MatchSettings.DEFAULTS);
    List<Hit> hits = matcher.match("Hangzhou Hikvison Digital Tech");
    assertThat(hits).isNotEmpty();
    assertThat(read).hasSize(hits.size()).doesNotHaveDuplicates();
    matcher.match("Hangzhou Hikvison Digital Tech");
    assertThat(read).as("an entry is read once").hasSize(hits.size());
  }

  @Test
  void theSameListsGiveTheSameBytes() {
    assertThat(IndexFile.build(TestLists.entries(), SPANS, KEYS).orElseThrow()).isEqualTo(FILE);
  }

  @Test
  void anIndexOfOtherEntriesIsNotUsed() {
    List<IndexFile.SourceKey> otherFile = List.of(new IndexFile.SourceKey("test", "cd".repeat(32), TestLists.entries().size()));
    assertThatThrownBy(() -> IndexFile.matcher(FILE, otherFile, READER, MatchSettings.DEFAULTS))
        .isInstanceOf(IndexFileException.class).hasMessageContaining("other list entries");
    List<IndexFile.SourceKey> moreSources = List.of(KEYS.get(0), new IndexFile.SourceKey("other", "cd".repeat(32), 1));
    assertThatThrownBy(() -> IndexFile.matcher(FILE, moreSources, READER, MatchSettings.DEFAULTS))
        .isInstanceOf(IndexFileException.class).hasMessageContaining("other list entries");
  }

  @Test
  void anIndexBuiltByAnotherNormalizerOrMatcherIsNotUsed() {
    int fingerprintStart = 12; // magic, format, length of the fingerprint
    byte[] foreign = withChecksum(FILE.clone(), bytes -> bytes[fingerprintStart] = (byte) (bytes[fingerprintStart] == '0' ? '1' : '0'));
    assertThat(new String(FILE, fingerprintStart, 64, StandardCharsets.UTF_8)).isEqualTo(IndexFingerprint.current().orElseThrow());
    assertThatThrownBy(() -> IndexFile.matcher(foreign, KEYS, READER, MatchSettings.DEFAULTS))
        .isInstanceOf(IndexFileException.class).hasMessageContaining("another version");
  }

  @Test
  void anotherFormatVersionOrAnotherKindOfFileIsNotRead() {
    byte[] newer = withChecksum(FILE.clone(), bytes -> bytes[7]++);
    assertThatThrownBy(() -> IndexFile.matcher(newer, KEYS, READER, MatchSettings.DEFAULTS))
        .isInstanceOf(IndexFileException.class).hasMessageContaining("index format " + (IndexFile.FORMAT + 1));
    byte[] json = "{\"not\": \"an index\"}".getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> IndexFile.matcher(json, KEYS, READER, MatchSettings.DEFAULTS))
        .isInstanceOf(IndexFileException.class).hasMessageContaining("not a listcheck index file");
  }

  @Test
  void anIndexOfTheOlderFormatWithoutTheNamesColumnsIsNotRead() {
    byte[] older = withChecksum(FILE.clone(), bytes -> bytes[7] = 2);
    assertThatThrownBy(() -> IndexFile.matcher(older, KEYS, READER, MatchSettings.DEFAULTS))
        .isInstanceOf(IndexFileException.class).hasMessage("index format 2, this listcheck reads format 3");
  }

  @Test
  void theIndexHoldsTheNamesColumnsAsTheyWereBuilt() throws Exception {
    ListedNames built = ListedNames.of(NameIndex.analyse(NameIndex.matchable(ENTRIES), new io.listcheck.normalize.NameNormalizer()));
    ListedNames read = IndexFile.read(FILE, KEYS, READER).names();
    assertThat(read).usingRecursiveComparison().isEqualTo(built);
    assertThat(read.pairKeys).as("the fixture has joined pairs").isGreaterThan(10);
  }

  @Test
  void keysNumberedOutOfOrderBehindAMatchingChecksumAreRejected() {
    ListedNames names = ListedNames.of(NameIndex.analyse(NameIndex.matchable(ENTRIES), new io.listcheck.normalize.NameNormalizer()));
    // from the end: checksum, possessive stems and their count, written spans, starts and words and their count,
    // written-form ends, then the core key of each name
    int n = names.size();
    int forms = names.writtenWord.length;
    int coreKeys = FILE.length - 4 - 4 * names.possessiveStems.length - 4 - 12 * forms - 4 - 4 * n - 4 * n;
    assertThat(java.nio.ByteBuffer.wrap(FILE).getInt(coreKeys)).isZero();
    byte[] damaged = withChecksum(FILE.clone(), bytes -> java.nio.ByteBuffer.wrap(bytes).putInt(coreKeys, 1));
    assertThatThrownBy(() -> IndexFile.matcher(damaged, KEYS, READER, MatchSettings.DEFAULTS))
        .isInstanceOf(IndexFileException.class).hasMessageContaining("core key 1 out of order");
  }

  @Test
  void aTruncatedOrExtendedIndexIsRejectedWithAReasonNeverACrash() {
    for (int length = 0; length < FILE.length; length += 1 + length / 7) {
      byte[] truncated = Arrays.copyOf(FILE, length);
      assertThatThrownBy(() -> IndexFile.matcher(truncated, KEYS, READER, MatchSettings.DEFAULTS)).as("%d bytes", length)
          .isInstanceOf(IndexFileException.class);
    }
    byte[] extended = Arrays.copyOf(FILE, FILE.length + 3);
    assertThatThrownBy(() -> IndexFile.matcher(extended, KEYS, READER, MatchSettings.DEFAULTS))
        .isInstanceOf(IndexFileException.class).hasMessageContaining("CRC32C");
    byte[] flipped = FILE.clone();
    flipped[FILE.length / 2] ^= 1;
    assertThatThrownBy(() -> IndexFile.matcher(flipped, KEYS, READER, MatchSettings.DEFAULTS))
        .isInstanceOf(IndexFileException.class).hasMessageContaining("CRC32C");
  }

  /** {@code file} changed by {@code edit} with its checksum made to match, as a bug in a writer would leave it. */
  private static byte[] withChecksum(byte[] file, java.util.function.Consumer<byte[]> edit) {
    edit.accept(file);
    java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
    crc.update(file, 0, file.length - 4);
    java.nio.ByteBuffer.wrap(file).putInt(file.length - 4, (int) crc.getValue());
    return file;
  }

  @Test
  void damagedCountsAndReferencesBehindAMatchingChecksumAreRejectedWithAReasonNeverACrash() {
    // every 4-byte word of the file overwritten with large and negative numbers, one at a time
    for (int at = 8; at + 8 <= FILE.length; at += 4 + (at / 50) * 4) {
      for (int value : new int[] {-1, Integer.MAX_VALUE, 1 << 20}) {
        int word = at;
        byte[] damaged = withChecksum(FILE.clone(), bytes -> java.nio.ByteBuffer.wrap(bytes).putInt(word, value));
        try {
          NameMatcher matcher = IndexFile.matcher(damaged, KEYS, READER, MatchSettings.DEFAULTS);
          // a damage the reader cannot notice (another token, another name's text) may change hits, never crash
          for (String supplier : List.of("Hangzhou Hikvison Digital Tech", "TPLink Technologies", "ПАО Сбербанк")) {
            matcher.match(supplier);
          }
        } catch (IndexFileException expected) {
          // the reader noticed; a damage it cannot notice (inside a name) is what the store's SHA-256 catches
        } catch (IllegalStateException guard) {
          // an entry's id damaged: the hit's entry is checked against it when read (SpannedEntries)
          assertThat(guard).hasMessageStartingWith("the precomputed index places entry");
        }
      }
    }
  }
}
