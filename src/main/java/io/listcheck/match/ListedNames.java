package io.listcheck.match;

import io.listcheck.normalize.NameNormalizer;
import io.listcheck.normalize.TokenKind;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The analysed listed names in columns of numbers over one string table: the form a precomputed index stores
 * ({@link IndexFile}) and {@link NameIndex} builds its lookups from, whether the names were analysed now or read
 * back, so both ways give the same index. The keys made of several tokens (two neighbouring tokens written together,
 * a name's core key) are numbered here, so that loading neither concatenates nor hashes strings per name; the
 * lookups themselves are int arrays filled on load.
 */
final class ListedNames {
  /** Every token, kind label, written form and explicit core key, once. */
  final String[] strings;
  /** Per string, in how many entries' names it is a token ({@link NameIndex#entryFrequency}); 0 if in none. */
  final int[] frequency;
  /** Per name, the position of its entry among the name-matchable entries; ascending. */
  final int[] entry;
  /** Per name, the string number of its kind label. */
  final int[] kindLabel;
  /** The names as the list writes them, UTF-8, one after another; name n ends at {@code textEnd[n]}. */
  final byte[] text;
  final int[] textEnd;
  /** Name n's tokens are {@code tokens[tokenEnd[n - 1] .. tokenEnd[n] - 1]} (string numbers); every name has one. */
  final int[] tokenEnd;
  final int[] tokens;
  /** {@link TokenKind} ordinal per token. */
  final byte[] kinds;
  /** Per pair of neighbouring tokens (name n's pairs start at {@code tokenEnd[n - 1] - n}), its joined-pair number. */
  final int[] pairKey;
  /** How many distinct joined pairs there are. */
  final int pairKeys;
  /** Per name, its core-key number. */
  final int[] coreKey;
  /** Per core key, its string number, or -1 when it is the non-legal-form tokens of its first name joined. */
  final int[] coreKeyText;
  /** Name n's written forms are {@code written*[writtenEnd[n - 1] .. writtenEnd[n] - 1]}. */
  final int[] writtenEnd;
  final int[] writtenWord;
  final int[] writtenFrom;
  final int[] writtenSpan;
  /** String numbers of the short words some listed name writes as a possessive ({@link NameIndex#isPossessiveStem}). */
  final int[] possessiveStems;

  ListedNames(String[] strings, int[] frequency, int[] entry, int[] kindLabel, byte[] text, int[] textEnd, int[] tokenEnd,
      int[] tokens, byte[] kinds, int[] pairKey, int pairKeys, int[] coreKey, int[] coreKeyText, int[] writtenEnd,
      int[] writtenWord, int[] writtenFrom, int[] writtenSpan, int[] possessiveStems) {
    this.strings = strings;
    this.frequency = frequency;
    this.entry = entry;
    this.kindLabel = kindLabel;
    this.text = text;
    this.textEnd = textEnd;
    this.tokenEnd = tokenEnd;
    this.tokens = tokens;
    this.kinds = kinds;
    this.pairKey = pairKey;
    this.pairKeys = pairKeys;
    this.coreKey = coreKey;
    this.coreKeyText = coreKeyText;
    this.writtenEnd = writtenEnd;
    this.writtenWord = writtenWord;
    this.writtenFrom = writtenFrom;
    this.writtenSpan = writtenSpan;
    this.possessiveStems = possessiveStems;
  }

  int size() {
    return entry.length;
  }

  int tokenStart(int name) {
    return name == 0 ? 0 : tokenEnd[name - 1];
  }

  int writtenStart(int name) {
    return name == 0 ? 0 : writtenEnd[name - 1];
  }

  String text(int name) {
    int start = name == 0 ? 0 : textEnd[name - 1];
    return new String(text, start, textEnd[name] - start, StandardCharsets.UTF_8);
  }

  /** Numbers the strings, pairs and core keys of {@code names}, in the order the names give them. */
  static ListedNames of(List<NameIndex.ListedName> names) {
    Map<String, Integer> ids = new HashMap<>();
    List<String> table = new ArrayList<>();
    Map<String, Integer> pairs = new HashMap<>();
    Map<String, Integer> coreKeys = new HashMap<>();
    List<Integer> coreKeyText = new ArrayList<>();
    int n = names.size();
    int[] entry = new int[n];
    int[] kindLabel = new int[n];
    int[] textEnd = new int[n];
    int[] tokenEnd = new int[n];
    int[] coreKey = new int[n];
    int[] writtenEnd = new int[n];
    IntList tokens = new IntList();
    IntList pairKey = new IntList();
    IntList writtenWord = new IntList();
    IntList writtenFrom = new IntList();
    IntList writtenSpan = new IntList();
    ByteArrayOutputStream kinds = new ByteArrayOutputStream();
    ByteArrayOutputStream text = new ByteArrayOutputStream();
    TreeSet<Integer> possessiveStems = new TreeSet<>();
    for (int k = 0; k < n; k++) {
      NameIndex.ListedName name = names.get(k);
      entry[k] = name.entry();
      kindLabel[k] = intern(name.kindLabel(), ids, table);
      text.writeBytes(name.name().getBytes(StandardCharsets.UTF_8));
      textEnd[k] = text.size();
      String[] words = name.tokens();
      for (int j = 0; j < words.length; j++) {
        tokens.add(intern(words[j], ids, table));
        kinds.write(name.kinds()[j].ordinal());
        if (j > 0) {
          pairKey.add(number(words[j - 1] + words[j], pairs));
        }
      }
      tokenEnd[k] = tokens.size();
      for (WrittenForm form : name.written()) {
        writtenWord.add(intern(form.word(), ids, table));
        writtenFrom.add(form.from());
        writtenSpan.add(form.span());
      }
      writtenEnd[k] = writtenWord.size();
      coreKey[k] = number(name.coreKey(), coreKeys);
      if (coreKey[k] == coreKeyText.size()) {
        boolean joined = name.coreKey().equals(joinedCoreKey(name.tokens(), name.kinds()));
        coreKeyText.add(joined ? -1 : intern(name.coreKey(), ids, table));
      }
      if (NameNormalizer.hasApostrophe(name.name())) {
        for (String word : words) {
          if (word.length() < Alignment.MIN_FUZZY_LENGTH && NameNormalizer.writesPossessive(name.name(), word)) {
            possessiveStems.add(ids.get(word));
          }
        }
      }
    }
    Map<String, Integer> entryFrequency = NameIndex.entryFrequency(names);
    String[] strings = table.toArray(new String[0]);
    int[] frequency = new int[strings.length];
    for (int s = 0; s < strings.length; s++) {
      frequency[s] = entryFrequency.getOrDefault(strings[s], 0);
    }
    return new ListedNames(strings, frequency, entry, kindLabel, text.toByteArray(), textEnd, tokenEnd, tokens.toArray(),
        kinds.toByteArray(), pairKey.toArray(), pairs.size(), coreKey,
        coreKeyText.stream().mapToInt(Integer::intValue).toArray(), writtenEnd, writtenWord.toArray(),
        writtenFrom.toArray(), writtenSpan.toArray(), possessiveStems.stream().mapToInt(Integer::intValue).toArray());
  }

  private static int intern(String s, Map<String, Integer> ids, List<String> table) {
    Integer id = ids.putIfAbsent(s, table.size());
    if (id == null) {
      table.add(s);
      return table.size() - 1;
    }
    return id;
  }

  private static int number(String key, Map<String, Integer> numbers) {
    return numbers.computeIfAbsent(key, k -> numbers.size());
  }

  /** The core key {@code AnalyzedName.coreKey} makes of a name with a non-legal-form token. */
  static String joinedCoreKey(String[] tokens, TokenKind[] kinds) {
    StringBuilder key = new StringBuilder();
    for (int j = 0; j < tokens.length; j++) {
      if (kinds[j] != TokenKind.LEGAL_FORM) {
        key.append(tokens[j]);
      }
    }
    return key.toString();
  }

  /** A growable int array. */
  private static final class IntList {
    private int[] values = new int[1024];
    private int size;

    void add(int value) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = value;
    }

    int size() {
      return size;
    }

    int[] toArray() {
      return Arrays.copyOf(values, size);
    }
  }
}
