package io.listcheck.match;

import io.listcheck.normalize.BusinessWords;
import io.listcheck.normalize.EditDistance;
import io.listcheck.normalize.JaroWinkler;
import io.listcheck.normalize.NameNormalizer;
import io.listcheck.normalize.TokenKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Scores a supplier name against one listed name over the best pairing of their tokens, in any order.
 *
 * <p>Tokens pair when equal, when one side's two neighbouring tokens written together equal the other side's token
 * ("tp link" / "tplink"), or when they are within the typing errors their length allows
 * ({@link EditDistance#allowedTypos} of the longer word: one from five letters, two from eight; never for words under
 * five letters) with the same first letter and, under {@link #SAME_ENDS_LENGTH} letters, the same last letter, scored
 * by Jaro-Winkler (or 1 - edits / length where Jaro-Winkler falls below {@link #FUZZY_FLOOR}); a word a name repeats
 * pairs as its paired occurrence did ({@link #pairRepeats}). An individual's name
 * scores only when every part of it is paired. A word that only extends another by two or more
 * letters is a different word. Short tokens and acronyms ("boe", "zte") pair only when equal, so "boeing" never meets
 * "boe". Pairs are taken best first (greedy assignment, each token used once). The score is the weighted share of
 * agreement: {@code sum(similarity * (supplier weight + listed weight)) / (all supplier weight + all listed
 * weight)}, so unpaired tokens on either side pull it down by their weight (an unpaired Chinese place of
 * registration by half its weight). Legal forms alone never score.
 */
final class Alignment {
  static final double FUZZY_FLOOR = 0.88;
  static final double UNPAIRED_LOCALITY_SHARE = 0.5;
  static final int SHORT_TOKEN = 3;
  /** Below five letters a different letter makes a different word ("ruag" is not "rusag"). */
  static final int MIN_FUZZY_LENGTH = 5;
  /** Words shorter than this count a typo at most {@link #SHORT_WORD_TYPO_SIMILARITY}. */
  static final int SHORT_WORD = 7;
  static final double SHORT_WORD_TYPO_SIMILARITY = 0.85;
  /** Similarity of two words {@link #certainTypo} makes one, where Jaro-Winkler says less. */
  static final double CERTAIN_TYPO_SIMILARITY = 0.9;
  /** Below this length a word must keep its first and last letter to count as a typo ("skylink" is not "skyline"). */
  static final int SAME_ENDS_LENGTH = 10;
  /** Similarity a distinctive token must reach to carry the affiliate rule. */
  static final double AFFILIATE_TOKEN_SIMILARITY = 0.95;

  private Alignment() {}

  /** Words shorter than this differ from another word by a typing error only as often as they name another company. */
  static final int CERTAIN_TYPO_LENGTH = 8;
  /** From this length a letter changed to any key is still surely a typing error. */
  static final int DISTANT_KEY_LENGTH = 10;
  /** Two places this few edits apart may be one place misspelt ({@link #placesDiffer}). */
  private static final int MISSPELT_PLACE = 2;

  /**
   * The result for one listed name.
   *
   * @param namesAgree every word of either name but legal forms and places of registration is paired: the names
   *     differ only in spelling, legal form or place of registration
   * @param identityCertain the identity rests on more than an uncertain spelling: an identifying word spelled alike or
   *     misspelt as {@link #certainTypo} allows; generic words or numbers spelled alike with no uncertain misspelling
   *     (a name of generic words in any order); or an uncertain misspelling whose whole rest of the name agrees
   * @param numberUnpaired a number (a fund, trust or company series: "II", "2007") stands in one name without its
   *     counterpart in the other
   * @param countryUnpaired a country or region (a national subsidiary's "Schweiz", "Mexico") stands in one name only,
   *     or each name has a place of registration or establishment the other lacks
   */
  record Scored(double score, double agreed, List<AlignedToken> tokens, boolean listedCoreInside,
      boolean distinctiveAgreement, boolean namesAgree, boolean identityCertain, boolean numberUnpaired,
      boolean countryUnpaired) {}

  /** Whether every supplier token left unpaired only says where, what trade or what legal form ("Europe", "B.V."). */
  private static boolean extrasAreGeneric(Query query, boolean[] usedQ) {
    for (int i = 0; i < usedQ.length; i++) {
      if (!usedQ[i] && query.kinds[i] == TokenKind.NAME) {
        return false;
      }
    }
    return true;
  }

  static double tokenSimilarity(String a, TokenKind kindA, String b, TokenKind kindB) {
    if (a.equals(b)) {
      return 1.0;
    }
    if (kindA == TokenKind.LEGAL_FORM || kindB == TokenKind.LEGAL_FORM || kindA == TokenKind.NUMBER
        || kindB == TokenKind.NUMBER || a.length() <= SHORT_TOKEN || b.length() <= SHORT_TOKEN) {
      return 0;
    }

    int shorter = Math.min(a.length(), b.length());
    int longer = Math.max(a.length(), b.length());
    if (longer - shorter >= 2 && (a.startsWith(b) || b.startsWith(a))) {
      return 0; // a longer word built on a shorter one is another word ("novatek" is not "nova")
    }
    int allowed = shorter < MIN_FUZZY_LENGTH || a.charAt(0) != b.charAt(0) ? 0 : EditDistance.allowedTypos(longer);
    if (longer < SAME_ENDS_LENGTH && !sameLastLetter(a, b)) {
      return 0; // brand names differ at their ends ("sonatel", "sonatec"; "duratek", "duratex")
    }
    if (allowed == 0 || longer - shorter > allowed || Long.bitCount(letters(a) ^ letters(b)) > 2 * allowed) {
      return 0;
    }
    if (BusinessWords.isGeneric(a) && BusinessWords.isGeneric(b) && !sameStem(a, b)) {
      return 0; // two different dictionary words are two words ("american", "african"), never a typing error
    }
    int edits = EditDistance.bounded(a, b, allowed);
    if (edits > allowed && allowed > 1) {
      // two errors that overlap ("multictaa": two letters swapped, then one of them lost) are still two errors
      edits = EditDistance.damerau(a, b);
    }
    if (edits > allowed) {
      return 0;
    }
    double similarity = JaroWinkler.similarity(a, b);
    if (similarity >= FUZZY_FLOOR) {
      // one letter off in a short word is as often another word ("carec", "catec"; "tetra", "terra"; "mellon",
      // "melon") as a typo, but two neighbouring letters swapped make no other name ("insupr", "inspur")
      return shorter < SHORT_WORD && !EditDistance.isSwap(a, b) ? Math.min(similarity, SHORT_WORD_TYPO_SIMILARITY)
          : similarity;
    }
    // Two typing errors in a long word can fall below the Jaro-Winkler floor ("sebrnank", "sberbank": 0.75); count
    // them by edits instead, unless they are typing errors certain enough to carry a match.
    return certainTypo(a, b) ? CERTAIN_TYPO_SIMILARITY : 1.0 - (double) edits / longer;
  }

  /**
   * Whether a misspelt identifying word is surely the listed word, by the kind of typing error and the word's length:
   * two neighbouring letters swapped, a letter doubled or a double letter single, or a neighbouring key hit, at any
   * length; a letter left out or added from {@value #CERTAIN_TYPO_LENGTH} letters; a letter changed to a distant key
   * from {@value #DISTANT_KEY_LENGTH}; two errors from {@value #CERTAIN_TYPO_LENGTH} when each of them is one of
   * these. Anything else makes another name as often as a typo ("Astronics", "Abtronics"; "Mantech", "Magtech";
   * "Intecom", "Intercom"; "Transcat", "TRANSMART", a letter added and one changed to a distant key), and a plural is
   * another name ("Sentinel", "THE SENTINELS").
   */
  static boolean certainTypo(String a, String b) {
    int shorter = Math.min(a.length(), b.length());
    if (isPlural(a, b) || isPlural(b, a)) {
      return false;
    }
    int edits = EditDistance.bounded(a, b, 2);
    if (edits == 2) {
      return shorter >= CERTAIN_TYPO_LENGTH && eachErrorCertain(a, b);
    }
    if (edits > 2) {
      return shorter >= CERTAIN_TYPO_LENGTH;
    }
    return certainError(a, b);
  }

  /** One of two typing errors, as {@link #certainTypo} judges one: a plural is another name here too. */
  private static boolean certainStep(String a, String b) {
    return !isPlural(a, b) && !isPlural(b, a) && certainError(a, b);
  }

  /** {@link #certainTypo} for two words one typing error apart. */
  private static boolean certainError(String a, String b) {
    int shorter = Math.min(a.length(), b.length());
    String longer = a.length() >= b.length() ? a : b;
    String other = longer == a ? b : a;
    int at = EditDistance.commonPrefix(longer, other);
    if (longer.length() != other.length()) {
      char added = longer.charAt(at);
      boolean doubled = (at > 0 && longer.charAt(at - 1) == added)
          || (at + 1 < longer.length() && longer.charAt(at + 1) == added);
      return doubled || shorter >= CERTAIN_TYPO_LENGTH;
    }
    boolean swapped = at + 1 < longer.length() && longer.charAt(at) == other.charAt(at + 1)
        && longer.charAt(at + 1) == other.charAt(at);
    return swapped || Keyboard.neighbours(longer.charAt(at), other.charAt(at)) || shorter >= DISTANT_KEY_LENGTH;
  }

  /**
   * Whether two typing errors apart, {@code a} reaches {@code b} by two errors that {@link #certainTypo} allows one by
   * one, in either order. Only the letters between the words' common beginning and common end are edited: an optimal
   * pair of edits lies there.
   */
  private static boolean eachErrorCertain(String a, String b) {
    int start = EditDistance.commonPrefix(a, b);
    int shorter = Math.min(a.length(), b.length());
    int end = 0;
    while (end < shorter - start && a.charAt(a.length() - 1 - end) == b.charAt(b.length() - 1 - end)) {
      end++;
    }
    String prefix = a.substring(0, start);
    String suffix = a.substring(a.length() - end);
    String middle = a.substring(start, a.length() - end);
    String letters = b.substring(start, b.length() - end);
    for (String edited : oneEditAway(middle, letters)) {
      // one edit from b's letters there is one edit from b (the common ends change no distance)
      if (EditDistance.isOneEdit(edited, letters)) {
        String between = prefix + edited + suffix;
        if (certainStep(a, between) && certainStep(between, b)) {
          return true;
        }
      }
    }
    return false;
  }

  /** {@code word} with one letter deleted, two neighbours swapped, or one of {@code letters} put in or for a letter. */
  private static List<String> oneEditAway(String word, String letters) {
    List<String> edited = new ArrayList<>();
    for (int i = 0; i <= word.length(); i++) {
      String before = word.substring(0, i);
      for (int k = 0; k < letters.length(); k++) {
        edited.add(before + letters.charAt(k) + word.substring(i));
        if (i < word.length()) {
          edited.add(before + letters.charAt(k) + word.substring(i + 1));
        }
      }
      if (i < word.length()) {
        edited.add(before + word.substring(i + 1));
      }
      if (i + 1 < word.length()) {
        edited.add(before + word.charAt(i + 1) + word.charAt(i) + word.substring(i + 2));
      }
    }
    return edited;
  }

  /**
   * Two forms of one word: they differ only in the shorter word's last letter and what follows ("people", "peoples";
   * "agriculture", "agricultural").
   */
  private static boolean sameStem(String a, String b) {
    return EditDistance.commonPrefix(a, b) >= Math.min(a.length(), b.length()) - 1;
  }

  private static boolean isPlural(String a, String b) {
    return a.length() == b.length() + 1 && a.endsWith("s") && a.startsWith(b);
  }

  /**
   * The set of characters in a word, one bit each (modulo 64). An edit changes at most two bits of it (a
   * substitution drops one character and adds another; a transposition none), so words whose sets differ in more
   * than {@code 2 * allowed} bits are more than {@code allowed} edits apart: a cheap bound before the edit count.
   */
  static long letters(String word) {
    long set = 0;
    for (int k = 0; k < word.length(); k++) {
      set |= 1L << word.charAt(k);
    }
    return set;
  }

  /** The same last letter, or the last two letters swapped (a typing error). */
  private static boolean sameLastLetter(String a, String b) {
    char lastA = a.charAt(a.length() - 1);
    char lastB = b.charAt(b.length() - 1);
    return lastA == lastB || (lastA == b.charAt(b.length() - 2) && lastB == a.charAt(a.length() - 2))
        || (lastA == 'i' && lastB == 'y') || (lastA == 'y' && lastB == 'i') // one sound ("disnei", "skii", "skiy")
        || (lastA == 's' && a.startsWith(b)) || (lastB == 's' && b.startsWith(a)); // a plural or possessive
  }

  /**
   * The supplier wrote a listed possessive without its apostrophe: "lords" for "LORD'S", which reads as "lord". The
   * same letters, so the same word; a plural is not ("Stars" is not "STAR").
   */
  static boolean possessiveUnmarked(String supplierToken, String listedToken, String listedName) {
    return supplierToken.length() == listedToken.length() + 1 && supplierToken.endsWith("s")
        && supplierToken.startsWith(listedToken) && NameNormalizer.writesPossessive(listedName, listedToken);
  }

  /**
   * A candidate pairing of 1-2 supplier tokens with listed tokens; {@code queryWord} and {@code listedWord} are the
   * words compared when they are not the tokens (null): words as written that became the tokens.
   */
  private record Pair(int q, int qSpan, int l, int lSpan, double similarity, double weight, String queryWord,
      String listedWord) {
    Pair(int q, int qSpan, int l, int lSpan, double similarity, double weight) {
      this(q, qSpan, l, lSpan, similarity, weight, null, null);
    }
  }

  /**
   * A supplier word no listed name uses, within a typing error of a listed word as the list writes it, where the
   * normalizer read that word as other tokens ("fudacion" against "fundacion", read as "fund"): the misspelling
   * escaped the rewriting that its listed word went through, so it pairs with the tokens that word became. The
   * written word is compared as a word, even where it became a legal form ("compnies" against "companies", "co").
   * Where the normaliser read the misspelling itself as another token ("knstruktorsskoe" cut to "knstruktorssk", as
   * the Russian adjective ending is), the supplier's word as written is compared too.
   */
  private static void addWrittenPairs(Query query, IndexedName listed, List<Pair> pairs) {
    for (int i = 0; i < query.tokens.length; i++) {
      if (query.listed[i]) {
        continue;
      }
      String written = query.written[i];
      for (WrittenForm form : listed.written) {
        addWrittenPair(query, i, null, listed, form, pairs);
        if (written != null) {
          addWrittenPair(query, i, written, listed, form, pairs);
        }
      }
      for (int j = 0; written != null && j < listed.tokens.length; j++) {
        double s = tokenSimilarity(written, query.kinds[i], listed.tokens[j], listed.kinds[j]);
        if (s > 0) {
          pairs.add(new Pair(i, 1, j, 1, s, query.weights[i] + listed.weights[j], written, null));
        }
      }
    }
  }

  private static void addWrittenPair(Query query, int i, String queryWord, IndexedName listed, WrittenForm form,
      List<Pair> pairs) {
    double s = tokenSimilarity(queryWord == null ? query.tokens[i] : queryWord, query.kinds[i], form.word(),
        TokenKind.NAME);
    if (s > 0) {
      double weight = query.weights[i];
      for (int j = form.from(); j < form.from() + form.span(); j++) {
        weight += listed.weights[j];
      }
      pairs.add(new Pair(i, 1, form.from(), form.span(), s, weight, queryWord, form.word()));
    }
  }

  static Scored score(Query query, IndexedName listed, double distinctiveWeight) {
    List<Pair> pairs = new ArrayList<>();
    int m = query.tokens.length;
    int n = listed.tokens.length;
    for (int i = 0; i < m; i++) {
      for (int j = 0; j < n; j++) {
        double s = tokenSimilarity(query.tokens[i], query.kinds[i], listed.tokens[j], listed.kinds[j]);
        if (s > 0) {
          pairs.add(new Pair(i, 1, j, 1, s, query.weights[i] + listed.weights[j]));
        }
      }
    }
    for (int i = 0; i + 1 < m; i++) {
      for (int j = 0; j < n; j++) {
        if (query.joinedPairs[i].equals(listed.tokens[j])) {
          pairs.add(new Pair(i, 2, j, 1, 1.0, query.weights[i] + query.weights[i + 1] + listed.weights[j]));
        }
      }
    }
    for (int j = 0; j + 1 < n; j++) {
      for (int i = 0; i < m; i++) {
        if (listed.joinedPairs[j].equals(query.tokens[i])) {
          pairs.add(new Pair(i, 1, j, 2, 1.0, query.weights[i] + listed.weights[j] + listed.weights[j + 1]));
        }
      }
    }
    for (int j = 0; j < n; j++) {
      for (int i = 0; i < m; i++) {
        if (possessiveUnmarked(query.tokens[i], listed.tokens[j], listed.name)) {
          pairs.add(new Pair(i, 1, j, 1, 1.0, query.weights[i] + listed.weights[j]));
        }
      }
    }
    addWrittenPairs(query, listed, pairs);
    pairs.sort((x, y) -> x.similarity != y.similarity ? Double.compare(y.similarity, x.similarity)
        : Double.compare(y.weight, x.weight));
    boolean[] usedQ = new boolean[m];
    boolean[] usedL = new boolean[n];
    double[] querySimilarity = new double[m];
    double[] listedSimilarity = new double[n];
    String[] queryPartner = new String[m];
    String[] listedPartner = new String[n];
    List<AlignedToken> aligned = new ArrayList<>();
    double agreed = 0;
    boolean identifying = false;
    boolean distinctive = false;
    boolean certain = false;
    boolean uncertainTypo = false;
    int exactOther = 0;
    for (Pair p : pairs) {
      if (free(usedQ, p.q, p.qSpan) && free(usedL, p.l, p.lSpan)) {
        Arrays.fill(usedQ, p.q, p.q + p.qSpan, true);
        Arrays.fill(usedL, p.l, p.l + p.lSpan, true);
        Arrays.fill(querySimilarity, p.q, p.q + p.qSpan, p.similarity);
        Arrays.fill(listedSimilarity, p.l, p.l + p.lSpan, p.similarity);
        agreed += p.similarity * p.weight;
        TokenKind kind = listed.kinds[p.l];
        String queryWord = p.queryWord == null ? query.tokens[p.q] : p.queryWord;
        String listedWord = p.listedWord == null ? listed.tokens[p.l] : p.listedWord;
        identifying |= kind != TokenKind.LEGAL_FORM;
        boolean sure = false;
        if (kind == TokenKind.NAME || query.kinds[p.q] == TokenKind.NAME) {
          sure = p.similarity >= 1.0 || certainTypo(queryWord, listedWord);
          certain |= sure;
          uncertainTypo |= !sure;
        } else if (kind != TokenKind.LEGAL_FORM && p.similarity >= 1.0) {
          exactOther++;
        }
        // one letter off a short word is as often another word as a typo: it never carries a hit alone; "Lemonade" is
        // not a misspelt "LUMONDE" (one typing error, or a misspelling certainTypo allows)
        distinctive |= kind == TokenKind.NAME && listed.weights[p.l] >= distinctiveWeight
            && p.similarity > SHORT_WORD_TYPO_SIMILARITY
            && (sure || EditDistance.bounded(queryWord, listedWord, 1) <= 1);
        String listedSide = p.listedWord == null ? join(listed.tokens, p.l, p.lSpan) : p.listedWord;
        String querySide = p.queryWord == null ? join(query.tokens, p.q, p.qSpan) : p.queryWord;
        Arrays.fill(queryPartner, p.q, p.q + p.qSpan, listedSide);
        Arrays.fill(listedPartner, p.l, p.l + p.lSpan, querySide);
        aligned.add(new AlignedToken(querySide, listedSide, p.similarity, p.weight, label(kind)));
      }
    }
    agreed += pairRepeats(query.tokens, query.kinds, query.weights, usedQ, querySimilarity, queryPartner, aligned, true);
    agreed += pairRepeats(listed.tokens, listed.kinds, listed.weights, usedL, listedSimilarity, listedPartner, aligned,
        false);
    double total = query.totalWeight + listed.totalWeight;
    // the supplier's registered Russian name carries an honoree that the listing leaves out; two honorees that do not
    // pair name two organisations ("Plant named after Kalinin", "... after Degtyarev"), and a listed honoree missing
    // from the supplier name is a listed word missing like any other
    boolean honoreeDropped = !unpairedHonoree(listed.kinds, usedL);
    boolean numberUnpaired = false;
    boolean countryUnpaired = false;
    // a place or a trade beside a person's name makes it a company's name, which a person is not: it counts in full
    boolean forgiving = !listed.person;
    for (int i = 0; i < m; i++) {
      if (!usedQ[i]) {
        numberUnpaired |= query.kinds[i] == TokenKind.NUMBER;
        countryUnpaired |= isCountry(query.tokens[i], query.kinds[i]);
        double discount = forgiving ? localityDiscount(query.kinds[i], query.weights[i], honoreeDropped) : 0;
        total -= discount;
        aligned.add(new AlignedToken(query.tokens[i], "", 0, query.weights[i] - discount, label(query.kinds[i])));
      }
    }
    for (int j = 0; j < n; j++) {
      if (!usedL[j]) {
        numberUnpaired |= listed.kinds[j] == TokenKind.NUMBER;
        countryUnpaired |= isCountry(listed.tokens[j], listed.kinds[j]);
        double discount = forgiving ? localityDiscount(listed.kinds[j], listed.weights[j], false) : 0;
        total -= discount;
        aligned.add(new AlignedToken("", listed.tokens[j], 0, listed.weights[j] - discount, label(listed.kinds[j])));
      }
    }
    boolean complete = !listed.person || everyNamePartPaired(listed, usedL);
    double score = identifying && complete && total > 0 ? agreed / total : 0;
    boolean namesAgree = everyWordPaired(listed.tokens, listed.kinds, usedL, false)
        && everyWordPaired(query.tokens, query.kinds, usedQ, honoreeDropped);
    // a misspelt word carries the identity when the whole rest of the name agrees, word for word
    // generic words or numbers spelled alike carry a name, and a misspelt word too when the rest of the name agrees
    boolean restAgrees = exactOther > 0 && (!uncertainTypo || namesAgree);
    return new Scored(score, agreed, aligned,
        extrasAreGeneric(query, usedQ) && listedCoreInside(listed, listedSimilarity, distinctiveWeight), distinctive,
        namesAgree, certain || restAgrees, numberUnpaired, countryUnpaired || placesDiffer(query, usedQ, listed, usedL));
  }

  /**
   * Pairs each unpaired word of one name that the same name repeats further on or back, with a paired occurrence,
   * as that occurrence was paired: "Belaz, managing company of the holding Belaz-Holding" names Belaz twice, and
   * another writing of it may name it once ("Квантовой Оптики И Квантовых Технологий" is read with "quantum" once). A
   * word beside its own repetition is another name ("Sun Sun"), and a number is another series. Marks them used and
   * answers the agreement they add; {@code partner} holds, per paired word, the word of the other name it was paired
   * with.
   */
  private static double pairRepeats(String[] tokens, TokenKind[] kinds, double[] weights, boolean[] used,
      double[] similarity, String[] partner, List<AlignedToken> aligned, boolean supplierSide) {
    double agreed = 0;
    for (int i = 0; i < tokens.length; i++) {
      if (used[i] || kinds[i] == TokenKind.LEGAL_FORM || kinds[i] == TokenKind.NUMBER) {
        continue;
      }
      for (int k = 0; k < tokens.length; k++) {
        if (Math.abs(k - i) > 1 && partner[k] != null && tokens[k].equals(tokens[i])) {
          used[i] = true;
          similarity[i] = similarity[k];
          partner[i] = partner[k];
          agreed += similarity[k] * weights[i];
          String kind = label(kinds[i]) + ", repeated";
          aligned.add(supplierSide ? new AlignedToken(tokens[i], partner[k], similarity[k], weights[i], kind)
              : new AlignedToken(partner[k], tokens[i], similarity[k], weights[i], kind));
          break;
        }
      }
    }
    return agreed;
  }

  /**
   * Every word but legal forms, places of registration, Chinese trade words, a supplier's honoree the listed name
   * leaves out and a country after the name it qualifies is paired: "Deutsche Bank (Schweiz) AG" agrees with "Deutsche
   * Bank AG" word for word but for the country of a national subsidiary. A country before any identifying word names
   * something else ("Japan Ministry of Defense").
   */
  private static boolean everyWordPaired(String[] tokens, TokenKind[] kinds, boolean[] used, boolean honoreeDropped) {
    boolean named = false;
    for (int k = 0; k < kinds.length; k++) {
      if (kinds[k] != TokenKind.LEGAL_FORM && !countsHalfUnpaired(kinds[k], honoreeDropped) && !used[k]
          && !(named && isCountry(tokens[k], kinds[k]))) {
        return false;
      }
      named |= kinds[k] == TokenKind.NAME;
    }
    return true;
  }

  /**
   * A place either name may leave out, but two unpaired places name two establishments ("AVIC Chengdu Aircraft", "AVIC
   * Xi'an Aircraft"; "Bank Melli Iran Hamburg", "... Paris"), unless they are spelled nearly alike: "Xiniang" is a
   * misspelt "Xinjiang" (read as "Xining") more likely than another city.
   */
  private static boolean placesDiffer(Query query, boolean[] usedQ, IndexedName listed, boolean[] usedL) {
    for (int i = 0; i < usedQ.length; i++) {
      if (!usedQ[i] && query.kinds[i] == TokenKind.LOCALITY) {
        for (int j = 0; j < usedL.length; j++) {
          if (!usedL[j] && listed.kinds[j] == TokenKind.LOCALITY
              && EditDistance.damerau(query.tokens[i], listed.tokens[j]) > MISSPELT_PLACE) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static boolean isCountry(String token, TokenKind kind) {
    return (kind == TokenKind.GENERIC || kind == TokenKind.INDUSTRY) && BusinessWords.isCountry(token);
  }

  /**
   * A person's name hits only with all its parts: "William Ali" is not "Williams Companies", however common "Ali"
   * is on the lists.
   */
  private static boolean everyNamePartPaired(IndexedName listed, boolean[] usedL) {
    for (int j = 0; j < usedL.length; j++) {
      if (!usedL[j] && listed.kinds[j] != TokenKind.LEGAL_FORM) {
        return false;
      }
    }
    return true;
  }

  /**
   * Every identifying word of the listed name is in the supplier name, and at least one of them is distinctive:
   * "DJI Europe B.V." holds all of "DJI". Generic words (united, technology, china) never count as identifying, and
   * the supplier name may add only generic words ("PRI/DJI Reconstruction JV" is not a DJI affiliate by its name).
   */
  private static boolean listedCoreInside(IndexedName listed, double[] similarity, double distinctiveWeight) {
    boolean distinctive = false;
    for (int j = 0; j < listed.tokens.length; j++) {
      if (listed.kinds[j] != TokenKind.NAME) {
        continue;
      }
      if (similarity[j] < AFFILIATE_TOKEN_SIMILARITY) {
        return false;
      }
      distinctive |= listed.weights[j] >= distinctiveWeight && listed.tokens[j].length() >= SHORT_TOKEN;
    }
    return distinctive;
  }

  /**
   * An unpaired place of registration counts half ("Zhejiang Dahua Technology" is "Dahua Technology"), and so do the
   * trade word of a Chinese legal name ("中兴通讯" is "ZTE") and a supplier's honoree that the listed name leaves out
   * ("Arsenyev Aviation Company Progress named after N.I. Sazykin").
   */
  private static double localityDiscount(TokenKind kind, double weight, boolean honoreeDropped) {
    return countsHalfUnpaired(kind, honoreeDropped) ? UNPAIRED_LOCALITY_SHARE * weight : 0;
  }

  private static boolean countsHalfUnpaired(TokenKind kind, boolean honoreeDropped) {
    return kind == TokenKind.LOCALITY || kind == TokenKind.INDUSTRY || kind == TokenKind.HONOREE && honoreeDropped;
  }

  private static boolean unpairedHonoree(TokenKind[] kinds, boolean[] used) {
    for (int k = 0; k < kinds.length; k++) {
      if (kinds[k] == TokenKind.HONOREE && !used[k]) {
        return true;
      }
    }
    return false;
  }

  private static boolean free(boolean[] used, int from, int span) {
    for (int k = from; k < from + span; k++) {
      if (used[k]) {
        return false;
      }
    }
    return true;
  }

  private static String join(String[] tokens, int from, int span) {
    return span == 1 ? tokens[from] : tokens[from] + " " + tokens[from + 1];
  }

  /** Each kind's label, spelt once: every scored candidate labels each of its tokens. */
  private static final String[] LABELS = Arrays.stream(TokenKind.values())
      .map(kind -> kind.name().toLowerCase(Locale.ROOT).replace('_', ' ')).toArray(String[]::new);

  /** How a hit's alignment ({@link AlignedToken#kind}) names {@code kind}. */
  static String label(TokenKind kind) {
    return LABELS[kind.ordinal()];
  }
}
