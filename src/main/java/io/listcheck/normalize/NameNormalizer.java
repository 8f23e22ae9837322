package io.listcheck.normalize;

import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns a company name in any script into comparable Latin tokens.
 *
 * <p>{@link #fold}: NFKC and case folding; Han text segmented into English business words and pinyin
 * ({@link ChineseWords}); Cyrillic by BGN/PCGN (the romanisation US lists use), every other script by ICU's
 * Any-Latin; diacritics removed; case folded again, because transliteration can produce capitals ("ɢ" becomes
 * "G") and the result must be idempotent; apostrophes (and the "?" BIS prints for them) joined; "&" read as "and";
 * all other punctuation a space; runs of single letters joined ("Z.T.E." is "zte").
 *
 * <p>{@link #analyze} then sets legal forms, word variants, stopwords and generic words apart. Stateless and
 * thread-safe.
 */
public final class NameNormalizer {
  /**
   * Follows a Chinese word in {@link AnalyzedName#transliteration} when the English came from the brand table of
   * listed companies rather than from the business-word table, so that an officer sees it.
   */
  public static final String BRAND_TABLE_NOTE = "(brand table)";
  private static final String SCIENCE = "science";
  private static final String TECHNOLOGY = "technology";
  private static final Normalizer2 NFKC_CASEFOLD = Normalizer2.getNFKCCasefoldInstance();
  // Transliterator instances are not thread-safe; screening runs on several threads.
  private static final ThreadLocal<Transliterator> TO_ASCII = ThreadLocal.withInitial(
      () -> Transliterator.getInstance("Russian-Latin/BGN; Any-Latin; Latin-ASCII"));
  /** Series numbers as funds and trusts write them ("Fund IV"); single letters are initials, not numerals. */
  private static final java.util.regex.Pattern ROMAN_NUMERAL =
      java.util.regex.Pattern.compile("(?=[ivxl]{2,}$)x{0,3}(ix|iv|v?i{0,3})|x{1,3}");
  /**
   * "имени А. Н. Ганичева" (named after ...): Russian organisations carry an honoree that English list names often
   * leave out, so the honoree's words are {@link TokenKind#HONOREE} words.
   */
  private static final java.util.regex.Pattern ORDINAL = java.util.regex.Pattern.compile("[0-9]+(?:st|nd|rd|th)");
  private static final java.util.Set<String> RUSSIAN_ORDINAL_ENDINGS =
      java.util.Set.of("y", "yy", "iy", "ya", "aya", "ye", "oye", "go", "ogo", "yi", "j");
  private static final java.util.Set<String> HONORIFIC = java.util.Set.of("imeni", "im");
  /**
   * The Russian linking words ({@link RussianWords#LINKING_WORDS}) standing alone between Cyrillic words: "и" read as
   * "and", the prepositions dropped. Only in Cyrillic, where they cannot be initials or numerals ("Fund I").
   */
  private static final java.util.regex.Pattern RUSSIAN_LINKING_WORDS = java.util.regex.Pattern.compile(
      "(?<=[\\s-])(" + String.join("|", new java.util.TreeSet<>(RussianWords.LINKING_WORDS.keySet())) + ")(?=[\\s-])");
  /**
   * A Cyrillic "е" alone before a hyphen is the English prefix e- ("Е-Коммерц", e-commerce), which the lists print
   * "E", not BGN/PCGN's "ye" for a word beginning with е: no Russian word is the letter alone.
   */
  private static final java.util.regex.Pattern ENGLISH_E_PREFIX =
      java.util.regex.Pattern.compile("(?<!\\p{L})е(?=-\\p{L})");
  /**
   * "ПО" at the start of a name or of a quoted name, or before one, is the acronym of производственное объединение
   * (production association: "АО «ПО «Стрела»"), which the lists spell out; between two words it is the preposition
   * "по" (by, for), dropped as a linking word ("Конструкторское бюро по проектированию судов").
   */
  private static final java.util.regex.Pattern PRODUCTION_ASSOCIATION = java.util.regex.Pattern.compile(
      "(?<![\\p{L}\\p{N}\\s-])по(?![\\p{L}\\p{N}])|(?<![\\p{L}\\p{N}])по(?=\\s*[«“„\"'‘])");
  /**
   * The nouns after "(research) production" that make it a designation of the kind of organisation, as Russian names
   * put before the company's own name: НПП, научно-производственное предприятие (research and production enterprise),
   * НПО (association), научно-производственный центр, фирма, комплекс. "Production" alone is a designation only with
   * association, union or enterprise (ПО, производственное объединение); "XYZ Production Company" is a film studio's
   * name.
   */
  private static final Set<String> DESIGNATED_ORGANISATIONS =
      Set.of("enterprise", "association", "center", "firm", "complex", "union", "corp", "co");
  private static final Set<String> PRODUCTION_ORGANISATIONS = Set.of("enterprise", "association", "union");
  private static final Set<String> TRADE = Set.of("trading", "trade");
  /**
   * A patronymic ("Ivanovich", genitive "Ivanovicha"; "Ivanovna"): in an honoree, it and the given name before it are
   * the initials the lists print ("imeni Ivana Ivanovicha Kartukova" is "named after I.I. Kartukov").
   */
  private static final java.util.regex.Pattern PATRONYMIC =
      java.util.regex.Pattern.compile("[a-z]{2,}(?:ovich|evich|ovn|evn)[a-z]{0,2}");
  /** A given name before a patronymic has this many letters or more; shorter words are initials ("imeni D.D."). */
  private static final int GIVEN_NAME = 3;
  /** Honorees' names shorter than this are initials or too short to decline. */
  private static final int GENITIVE_LENGTH = 4;
  private static final String JOINERS = "'’‘`´ʼʹʺ·?\"";

  /** The folded ASCII form: tokens of [a-z0-9], single-spaced. {@code fold(fold(x)).equals(fold(x))}. */
  public String fold(String name) {
    return fold(name, new StringBuilder(), null, ScriptReading.AS_WRITTEN);
  }

  /**
   * How a name's letters are read when it is folded: Latin words made of letters that look Cyrillic read as Cyrillic
   * or as written, and Chinese words under {@code hanRendering}, another English rendering of one of them, or under
   * their first renderings, with the others of the name's words collected into {@code hanRenderings} when it is not
   * null ({@link ChineseWords#rewrite}).
   */
  private record ScriptReading(boolean lookalikesCyrillic, ChineseWords.Rendering hanRendering,
      Set<ChineseWords.Rendering> hanRenderings) {
    static final ScriptReading AS_WRITTEN = new ScriptReading(false, null, null);
    static final ScriptReading LOOKALIKES_CYRILLIC = new ScriptReading(true, null, null);

    static ScriptReading chineseUnder(ChineseWords.Rendering rendering) {
      return new ScriptReading(false, rendering, null);
    }

    static ScriptReading chineseCollecting(Set<ChineseWords.Rendering> renderings) {
      return new ScriptReading(false, null, renderings);
    }
  }

  /**
   * {@link #fold}, reading the name's letters as {@code script} says; with {@code acronyms}, first sets aside an acronym
   * written beside its words ({@link Acronyms}) and adds it there.
   */
  private String fold(String name, StringBuilder transliteration, List<String> acronyms, ScriptReading script) {
    String folded = NFKC_CASEFOLD.normalize(name);
    if (acronyms != null) {
      folded = Acronyms.withoutSelfAbbreviations(folded, acronyms);
    }
    if (!isAscii(folded)) {
      String unmixed = Lookalikes.unmixed(folded);
      if (script.lookalikesCyrillic()) {
        unmixed = Lookalikes.latinWordsAsCyrillic(unmixed);
        appendNote(transliteration, "Latin words of lookalike letters read as Cyrillic");
      }
      folded = Romanisation.hasCyrillic(unmixed) ? russianWordsRewritten(unmixed, transliteration) : unmixed;
      if (ChineseWords.containsHan(folded)) {
        List<String> mapped = new ArrayList<>();
        folded = ChineseWords.rewrite(folded, mapped, script.hanRendering(), script.hanRenderings());
        transliteration.append("Chinese read as ").append(String.join(", ", mapped));
      }
      if (!isAscii(folded)) {
        String latin = TO_ASCII.get().transliterate(folded);
        if (!latin.equals(folded) && hasNonLatinLetters(folded)) {
          appendNote(transliteration, "transliterated to Latin ('" + latin.strip() + "')");
        }
        folded = NFKC_CASEFOLD.normalize(latin);
      }
    }
    return tokenize(folded);
  }

  /**
   * The Cyrillic words that read otherwise than letter by letter: ПО as production association, the linking words
   * dropped ("и" as "&"), the English prefix e- written with a Cyrillic е.
   */
  private static String russianWordsRewritten(String text, StringBuilder transliteration) {
    String spelledOut = PRODUCTION_ASSOCIATION.matcher(text).replaceAll("производственное объединение");
    if (!spelledOut.equals(text)) {
      appendNote(transliteration, "ПО read as производственное объединение (production association)");
    }
    String linked = RUSSIAN_LINKING_WORDS.matcher(spelledOut).replaceAll(m -> m.group(1).equals("и") ? "&" : " ");
    return ENGLISH_E_PREFIX.matcher(linked).replaceAll("e");
  }

  private static String setAside(List<String> acronyms) {
    return "set aside " + String.join(", ", acronyms) + " (initials of words beside it)";
  }

  private static void appendNote(StringBuilder notes, String note) {
    if (notes.length() > 0) {
      notes.append("; ");
    }
    notes.append(note);
  }

  /** Asked of every name (acronyms are read only in non-Latin names), so ASCII is settled without a script lookup. */
  static boolean hasNonLatinLetters(String s) {
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      if (cp > 0x7F && Character.isLetter(cp) && Character.UnicodeScript.of(cp) != Character.UnicodeScript.LATIN) {
        return true;
      }
      i += Character.charCount(cp);
    }
    return false;
  }

  /**
   * Two or more letters each followed by a dot: one abbreviation ("s.a.", "b.v.", "z.t.e."), with a last letter whose
   * dot was left off ("S.A.R.L", "S.A.L" are "sarl", "sal").
   */
  private static final java.util.regex.Pattern DOTTED_INITIALS =
      java.util.regex.Pattern.compile("(?<![a-z0-9])(?:[a-z]\\.){2,}(?:[a-z](?![a-z0-9]))?");

  /**
   * Keeps [a-z0-9]; joins words split by apostrophes; '&' is "and"; joins runs of single letters. A dotted
   * abbreviation stays one word, so "S.A. de C.V." is not "sa de cv" run together and "Energy I B.V." keeps "i".
   */
  private static String tokenize(String s) {
    if (s.indexOf('.') >= 0) {
      s = DOTTED_INITIALS.matcher(s).replaceAll(m -> m.group().replace(".", "") + " ");
    }
    List<String> tokens = new ArrayList<>();
    StringBuilder token = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        token.append(c);
      } else if (JOINERS.indexOf(c) >= 0 && token.length() > 0 && i + 1 < s.length() && isAsciiLetter(s.charAt(i + 1))) {
        if (isPossessive(s, i)) {
          i++; // "Deutsche Bank's" is "Deutsche Bank"
        }
        continue; // "Nu'man", "Nu?man" and "Numan" are one word
      } else {
        flush(token, tokens);
        if (c == '&') {
          tokens.add("and");
        }
      }
    }
    flush(token, tokens);
    return String.join(" ", joinSingleLetters(tokens));
  }

  /** Whether {@code name} has a character read as an apostrophe (BIS's "?" included). */
  public static boolean hasApostrophe(String name) {
    for (int k = 0; k < name.length(); k++) {
      if (JOINERS.indexOf(name.charAt(k)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code name} writes the folded {@code word} as an English possessive ("LORD'S" for "lord"). */
  public static boolean writesPossessive(String name, String word) {
    String lower = name.toLowerCase(java.util.Locale.ROOT);
    for (int at = lower.indexOf(word); at >= 0; at = lower.indexOf(word, at + 1)) {
      int apostrophe = at + word.length();
      if ((at == 0 || !isAsciiLetter(lower.charAt(at - 1))) && apostrophe + 1 < lower.length()
          && JOINERS.indexOf(lower.charAt(apostrophe)) >= 0 && isPossessive(lower, apostrophe)) {
        return true;
      }
    }
    return false;
  }

  /** An apostrophe followed by a lone "s": the English possessive. */
  private static boolean isPossessive(String s, int apostrophe) {
    return s.charAt(apostrophe + 1) == 's' && (apostrophe + 2 >= s.length() || !isAsciiLetter(s.charAt(apostrophe + 2)));
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static void flush(StringBuilder token, List<String> tokens) {
    if (token.length() > 0) {
      tokens.add(token.toString());
      token.setLength(0);
    }
  }

  /** "z t e" is "zte", as "Z.T.E." and "ZTE" are the same initials. */
  private static List<String> joinSingleLetters(List<String> tokens) {
    List<String> out = new ArrayList<>(tokens.size());
    StringBuilder run = new StringBuilder();
    for (String token : tokens) {
      if (token.length() == 1 && Character.isLetter(token.charAt(0))) {
        run.append(token);
      } else {
        flushRun(run, out);
        out.add(token);
      }
    }
    flushRun(run, out);
    return out;
  }

  private static void flushRun(StringBuilder run, List<String> out) {
    if (run.length() > 0) {
      out.add(run.toString());
      run.setLength(0);
    }
  }

  /** Tokens of {@link #fold}. */
  public List<String> tokens(String name) {
    String folded = fold(name);
    return folded.isEmpty() ? List.of() : List.of(folded.split(" "));
  }

  /**
   * Folds, then corrects misspelt business and legal words, marks legal forms (and words that only occur in legal
   * forms), canonicalises word variants and drops stopwords (unless nothing else is left).
   */
  public AnalyzedName analyze(String name) {
    return analyze(name, ScriptReading.AS_WRITTEN, true);
  }

  /**
   * The readings of a name to be screened: {@link #analyze}'s first, and for a name with Cyrillic letters also one per
   * other English rendering of a Russian phrase in it (lists translate "obyedineniye" as "association" or "union",
   * "tekhnika" as "technology" or "engineering"), one with its Latin words made only of letters that look Cyrillic
   * read as Cyrillic ("Остек-CMT" is "Остек-СМТ", SMT), and one with English letters spelt by their Russian names read
   * as initials ("Ай Кью Компонентс" is IQ Components, {@link LetterNames}); for a name in Chinese script, one per other
   * English rendering of a Chinese word in it ("工业大学" is a "University of Technology" or a "Polytechnical
   * University"); for a name without Cyrillic letters, one without the acronym it writes in parentheses ({@link
   * #withoutParenthesizedAcronym}), where a Cyrillic name sets aside any acronym beside its words.
   */
  public List<Reading> readings(String name) {
    if (!Romanisation.hasCyrillic(name)) {
      List<Reading> readings =
          ChineseWords.containsHan(name) ? chineseReadings(name) : List.of(new Reading(analyze(name), List.of()));
      AnalyzedName withoutAcronym = withoutParenthesizedAcronym(name);
      if (withoutAcronym == null || withoutAcronym.isEmpty()) {
        return readings;
      }
      List<Reading> withIt = new ArrayList<>(readings);
      withIt.add(new Reading(withoutAcronym, List.of()));
      return withIt;
    }
    // the renderings change only how the folded words are read: the name is folded (and transliterated) once
    StringBuilder transliteration = new StringBuilder();
    List<String> acronyms = new ArrayList<>(1);
    String folded = fold(name, transliteration, acronyms, ScriptReading.AS_WRITTEN);
    Set<RussianWords.Rendering> renderings = new LinkedHashSet<>();
    AnalyzedName first = inScriptOf(name, read(folded, transliteration, acronyms, null, renderings, true));
    List<Reading> readings = new ArrayList<>(renderings.size() + 2);
    readings.add(new Reading(first, List.of()));
    for (RussianWords.Rendering rendering : renderings) {
      AnalyzedName read = inScriptOf(name, read(folded, transliteration, acronyms, rendering, null, true));
      readings.add(new Reading(read, wordsToPair(rendering.english())));
    }
    String casefolded = NFKC_CASEFOLD.normalize(name);
    String unmixed = Lookalikes.unmixed(casefolded);
    if (!Lookalikes.latinWordsAsCyrillic(unmixed).equals(unmixed)) {
      AnalyzedName cyrillic = analyze(name, ScriptReading.LOOKALIKES_CYRILLIC, true);
      if (!cyrillic.tokens().equals(first.tokens())) {
        readings.add(new Reading(cyrillic, List.of()));
      }
    }
    List<String> initials = new ArrayList<>(1);
    String lettered = LetterNames.asInitials(casefolded, initials);
    if (!initials.isEmpty()) {
      AnalyzedName read = analyze(lettered, ScriptReading.AS_WRITTEN, true);
      StringBuilder notes = new StringBuilder(read.transliteration());
      appendNote(notes, "Russian letter names read as the initials " + String.join(", ", initials));
      readings.add(new Reading(new AnalyzedName(read.folded(), read.tokens(), read.kinds(), notes.toString()), initials));
    }
    return readings;
  }

  /** A Chinese name's readings: {@link #analyze}'s, and one per other English rendering of a Chinese word in it. */
  private List<Reading> chineseReadings(String name) {
    Set<ChineseWords.Rendering> renderings = new LinkedHashSet<>();
    AnalyzedName first = analyze(name, ScriptReading.chineseCollecting(renderings), true);
    List<Reading> readings = new ArrayList<>(renderings.size() + 1);
    readings.add(new Reading(first, List.of()));
    for (ChineseWords.Rendering rendering : renderings) {
      readings.add(new Reading(analyze(name, ScriptReading.chineseUnder(rendering), true),
          wordsToPair(rendering.english())));
    }
    return readings;
  }

  /** The words of another rendering a reading under it rests on, as the reading's tokens write them. */
  private static List<String> wordsToPair(String english) {
    List<String> words = new ArrayList<>();
    for (String word : english.split(" ")) {
      if (!BusinessWords.isStopword(word)) {
        words.add(BusinessWords.canonical(word));
      }
    }
    return words;
  }

  /**
   * {@code name} read without the acronym it writes in parentheses beside the words it abbreviates ("National University
   * of Defense Technology (NUDT)" is also read as "national university of defense technology"), or null when it writes
   * none: the lists print many names so, and a supplier writes the name with the acronym or without it.
   */
  public AnalyzedName withoutParenthesizedAcronym(String name) {
    if (name.indexOf('(') < 0) {
      return null;
    }
    List<String> acronyms = new ArrayList<>(1);
    String without = Acronyms.withoutParenthesizedAcronyms(NFKC_CASEFOLD.normalize(name), acronyms);
    if (acronyms.isEmpty()) {
      return null;
    }
    AnalyzedName read = analyze(without);
    StringBuilder notes = new StringBuilder(read.transliteration());
    appendNote(notes, setAside(acronyms));
    return new AnalyzedName(read.folded(), read.tokens(), read.kinds(), notes.toString());
  }

  /**
   * A reading of a name ({@link #readings}).
   *
   * @param mustPair the words the reading rests on (another English rendering, initials read from letter names): it
   *     stands for a listed name only where they pair with its words (and the names agree word for word), since a
   *     reading the listed name does not use is no evidence ("Сити" spells C, T, but is "City")
   */
  public record Reading(AnalyzedName name, List<String> mustPair) {
    public Reading {
      mustPair = List.copyOf(mustPair);
    }
  }

  /**
   * The tokens {@code word} becomes as one word of a longer name: as {@link #analyze} reads it, but a misspelt business
   * word is corrected even where, alone, it would be a name's own word ("informatica" in "Apolo Informatica S.A." is
   * read as "informatics", "Informatica" alone is a name).
   */
  public List<String> tokensInName(String word) {
    return analyze(word, ScriptReading.AS_WRITTEN, false).tokens();
  }

  /**
   * {@link #analyze}, reading the name's letters as {@code script} says, and with the name's one own word kept as
   * written if {@code wholeName}.
   */
  private AnalyzedName analyze(String name, ScriptReading script, boolean wholeName) {
    StringBuilder transliteration = new StringBuilder();
    List<String> acronyms = new ArrayList<>(1);
    String folded = fold(name, transliteration, acronyms, script);
    return inScriptOf(name, read(folded, transliteration, acronyms, null, null, wholeName));
  }

  /** {@code read} as the reading of {@code name}: a name written in Chinese script is a Chinese legal name. */
  private static AnalyzedName inScriptOf(String name, AnalyzedName read) {
    return ChineseWords.containsHan(name) ? read.asChineseLegalName() : read;
  }

  /**
   * The folded name's words read: legal forms, Russian words (with {@code rendering} for its Russian phrase, and the
   * other renderings of the phrases read added to {@code renderings} when not null), word variants, stopwords and
   * kinds; {@code notes} (the script conversion so far) is not changed.
   */
  private AnalyzedName read(String folded, CharSequence notes, List<String> acronyms,
      RussianWords.Rendering rendering, Set<RussianWords.Rendering> renderings, boolean wholeName) {
    StringBuilder transliteration = new StringBuilder(notes);
    List<String> written = folded.isEmpty() ? List.of() : List.of(folded.split(" "));
    List<String> raw = NameParticles.joined(WrittenOut.rewrite(written));
    List<String> misspelt = new ArrayList<>(0);
    List<String> corrected = RussianWords.withoutLinkingWords(corrected(raw, misspelt, wholeName));
    List<String> russian = new ArrayList<>();
    List<String> tokens = new ArrayList<>(raw.size());
    List<TokenKind> kinds = new ArrayList<>(raw.size());
    boolean[] honoree = {false};
    boolean scriptConverted = transliteration.length() > 0;
    long[] andBefore = {0}; // bit k: an "and" stood before token k
    withRussianWordsRead(corrected, russian, rendering, renderings, (token, legalForm) -> {
      if (legalForm || LegalForms.isLegalFormWord(token)) {
        tokens.add(token);
        kinds.add(TokenKind.LEGAL_FORM);
      } else if (HONORIFIC.contains(token)) {
        honoree[0] = true;
      } else if (honoree[0] && PATRONYMIC.matcher(token).matches() && !kinds.isEmpty()
          && kinds.get(kinds.size() - 1) == TokenKind.HONOREE
          && tokens.get(tokens.size() - 1).length() >= GIVEN_NAME) {
        String given = tokens.get(tokens.size() - 1);
        tokens.set(tokens.size() - 1, given.substring(0, 1) + token.charAt(0));
      } else if (BusinessWords.isStopword(token)) {
        if (token.equals("and") && tokens.size() < Long.SIZE) {
          andBefore[0] |= 1L << tokens.size();
        }
      } else {
        String canonical = honoree[0] ? nominative(BusinessWords.canonical(token)) : BusinessWords.canonical(token);
        tokens.add(canonical);
        kinds.add(honoree[0] ? TokenKind.HONOREE : kindOf(canonical));
      }
    });
    if (scriptConverted && !russian.isEmpty()) {
      appendNote(transliteration, "Russian read as " + String.join(", ", russian));
    }
    if (scienceAndTechnologyAsTechnology(tokens, kinds, andBefore[0])) {
      appendNote(transliteration, "science and technology read as technology");
    }
    organisationDesignationsMarked(tokens, kinds);
    if (!misspelt.isEmpty()) {
      appendNote(transliteration, "read as business words: " + String.join(", ", misspelt));
    }
    if (!acronyms.isEmpty()) {
      appendNote(transliteration, setAside(acronyms));
    }
    if (tokens.isEmpty() && !raw.isEmpty()) {
      raw.forEach(t -> {
        tokens.add(t);
        kinds.add(kindOf(t));
      });
    }
    return new AnalyzedName(folded, tokens, kinds, transliteration.toString());
  }

  /**
   * Reads "science and technology" as technology, as the Chinese 科技 is read: Chinese companies' English names render
   * it either way ("Hesai Technology", "China Aerospace Science and Technology Corporation", "GCI Science &
   * Technology", "Sci & Tech", "науки и технологий"), and a supplier's name may use the other one. Only the phrase
   * with its "and" counts: "Sci-Tech Global" is a brand. Whether the name had it.
   */
  private static boolean scienceAndTechnologyAsTechnology(List<String> tokens, List<TokenKind> kinds, long andBefore) {
    boolean read = false;
    for (int k = Math.min(tokens.size(), Long.SIZE) - 2; k >= 0; k--) {
      if ((andBefore & 1L << (k + 1)) != 0 && tokens.get(k).equals(SCIENCE) && tokens.get(k + 1).equals(TECHNOLOGY)) {
        tokens.remove(k);
        kinds.remove(k);
        read = true;
      }
    }
    return read;
  }

  /**
   * Marks the words of a Russian organisation's designation, which is no legal form, as {@link TokenKind#INDUSTRY}:
   * research and production enterprise, association, corporation or center (НПП, НПО, НПЦ; НПК spelt out), production
   * association (ПО), trading house (торговый дом), wherever the name puts it (Russian names before the company's
   * own name, some English ones after it: "CONGOCOM TRADING HOUSE"). Vendor files drop it as they drop a legal form
   * ("Istok JSC" for the listed "NPP ISTOK"; "Lobaev Arms" for "TRADING HOUSE LOBAEV ARMS") and list names translate it
   * or not, so either name may leave it out at half its weight; "house" otherwise names a company ("Gurgen House"). A
   * legal-form word of the designation stays a legal form.
   */
  private static void organisationDesignationsMarked(List<String> tokens, List<TokenKind> kinds) {
    for (int k = 0; k + 1 < tokens.size(); k++) {
      String next = tokens.get(k + 1);
      boolean research = k > 0 && tokens.get(k - 1).equals("research");
      if (tokens.get(k).equals("production") && (research ? DESIGNATED_ORGANISATIONS.contains(next)
          : PRODUCTION_ORGANISATIONS.contains(next))) {
        markIndustry(kinds, research ? k - 1 : k, k + 2);
      } else if (TRADE.contains(tokens.get(k)) && next.equals("house")) {
        markIndustry(kinds, k, k + 2);
      }
    }
  }

  private static void markIndustry(List<TokenKind> kinds, int from, int to) {
    for (int k = from; k < to; k++) {
      if (kinds.get(k) != TokenKind.LEGAL_FORM) {
        kinds.set(k, TokenKind.INDUSTRY);
      }
    }
  }

  /**
   * The words with misspelt business and legal words corrected ({@link BusinessWords#corrected}), numbers as cardinals
   * and Russian ordinal endings dropped; each correction is added to {@code misspelt} ("stystems as systems"). The one
   * word of a {@code wholeName} that has no other but legal forms is its own: a brand coined near a business word
   * ("Cenntro Inc.", "Interfast") would otherwise become that word, and the name of every company called so ("Center").
   */
  private static List<String> corrected(List<String> raw, List<String> misspelt, boolean wholeName) {
    List<String> words = new ArrayList<>(raw.size());
    List<String> corrected = new ArrayList<>(raw.size());
    for (int i = 0; i < raw.size(); i++) {
      if (!isOrdinalSuffix(raw, i)) {
        String word = cardinal(raw.get(i));
        words.add(word);
        corrected.add(BusinessWords.corrected(word));
      }
    }
    if (corrected.equals(words)) {
      return corrected; // most names: nothing corrected, nothing to note
    }
    int ownWord = wholeName ? onlyOwnWord(corrected) : -1;
    if (ownWord >= 0) {
      corrected.set(ownWord, words.get(ownWord));
    }
    for (int i = 0; i < words.size(); i++) {
      if (!corrected.get(i).equals(words.get(i))) {
        misspelt.add(words.get(i) + " as " + corrected.get(i));
      }
    }
    return corrected;
  }

  /**
   * The position of the one word outside legal forms ("Joint Stock Company X" has one) that is not a stopword, or -1 if
   * there are more or none.
   */
  private static int onlyOwnWord(List<String> words) {
    List<String> own = new ArrayList<>(1);
    LegalForms.rewrite(words, (token, legalForm) -> {
      if (!legalForm && !LegalForms.isLegalFormWord(token) && !BusinessWords.isStopword(token)) {
        own.add(token);
      }
    });
    return own.size() == 1 ? words.indexOf(own.get(0)) : -1;
  }

  /**
   * Legal forms first ("federalnoye gosudarstvennoye unitarnoye predpriyatiye" is one), then {@link RussianWords} on
   * the words between them.
   */
  private static void withRussianWordsRead(List<String> corrected, List<String> notes,
      RussianWords.Rendering rendering, Set<RussianWords.Rendering> renderings, LegalForms.TokenSink sink) {
    List<String> run = new ArrayList<>();
    LegalForms.rewrite(corrected, (token, legalForm) -> {
      if (legalForm) {
        RussianWords.rewrite(run, notes, rendering, renderings).forEach(t -> sink.accept(t, false));
        run.clear();
        sink.accept(token, true);
      } else {
        run.add(token);
      }
    });
    RussianWords.rewrite(run, notes, rendering, renderings).forEach(t -> sink.accept(t, false));
  }

  /**
   * "61st", "33rd" as the number: Russian names and some listings print "61", others "61st". Ordinals the word-variant
   * table reads as words ("1st" is "first") stay.
   */
  private static String cardinal(String token) {
    return ORDINAL.matcher(token).matches() && BusinessWords.canonical(token).equals(token)
        ? token.substring(0, token.length() - 2) : token;
  }

  /** The Russian ordinal ending of "929-й", "33-го", "5-я" (romanised "929 y"): the number alone means the same. */
  private static boolean isOrdinalSuffix(List<String> raw, int i) {
    return i > 0 && RUSSIAN_ORDINAL_ENDINGS.contains(raw.get(i)) && raw.get(i - 1).chars().allMatch(Character::isDigit);
  }

  /**
   * An honoree's name in the nominative the English lists print: "imeni A.A. Raspletina" is "named after A.A.
   * Raspletin", "Gorkogo" is "Gorky", "Dollezhalya" is "Dollezhal".
   */
  private static String nominative(String token) {
    int n = token.length();
    if (n < GENITIVE_LENGTH) {
      return token;
    }
    if (token.endsWith("ogo")) {
      return token.substring(0, n - 3) + "y";
    }
    if (token.endsWith("ya")) {
      return token.substring(0, n - 2);
    }
    return token.endsWith("a") && "aeiouy".indexOf(token.charAt(n - 2)) < 0 ? token.substring(0, n - 1) : token;
  }

  private static TokenKind kindOf(String token) {
    if (Character.isDigit(token.charAt(0)) || ROMAN_NUMERAL.matcher(token).matches()) {
      return TokenKind.NUMBER;
    }
    if (BusinessWords.isLocality(token)) {
      return TokenKind.LOCALITY;
    }
    return BusinessWords.isGeneric(token) ? TokenKind.GENERIC : TokenKind.NAME;
  }

  static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) > 0x7F) {
        return false;
      }
    }
    return true;
  }
}
