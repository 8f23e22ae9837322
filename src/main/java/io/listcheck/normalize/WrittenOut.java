package io.listcheck.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Words a name may write out or abbreviate: English numbers ("Forty-Four", "Forty 4" and "44"; "Three" and "3") as
 * digits, and "United States (of America)" and "USA" as "us" (the "U.S." of "U.S. Steel"). Read on folded tokens,
 * before any other word rule, on supplier and listed names alike.
 */
final class WrittenOut {
  private static final Map<String, Integer> UNITS = Map.ofEntries(
      Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
      Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
      Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
      Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
      Map.entry("nineteen", 19));
  /** The tens, with the misspellings common enough to be a spelling ("fourty", "ninty"). */
  private static final Map<String, Integer> TENS = Map.ofEntries(
      Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("fourty", 40),
      Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80),
      Map.entry("ninety", 90), Map.entry("ninty", 90));
  private static final String US = "us";

  private WrittenOut() {}

  /** The tokens with numbers in digits and the United States as "us"; the same list when there is none. */
  static List<String> rewrite(List<String> tokens) {
    if (!hasWrittenOutWord(tokens)) {
      return tokens;
    }
    List<String> out = new ArrayList<>(tokens.size());
    for (int i = 0; i < tokens.size(); i++) {
      String token = tokens.get(i);
      Integer tens = TENS.get(token);
      Integer unit = UNITS.get(token);
      if (tens != null) {
        int next = i + 1 < tokens.size() ? unitValue(tokens.get(i + 1)) : 0;
        out.add(Integer.toString(tens + next));
        i += next > 0 ? 1 : 0;
      } else if (unit != null) {
        out.add(unit.toString());
      } else if (token.equals("united") && i + 1 < tokens.size() && tokens.get(i + 1).equals("states")) {
        out.add(US);
        i += i + 3 < tokens.size() && tokens.get(i + 2).equals("of") && tokens.get(i + 3).equals("america") ? 3 : 1;
      } else {
        out.add(token.equals("usa") ? US : token);
      }
    }
    return out;
  }

  /** Asked of every name: a length check first spares most words the two map lookups. */
  private static boolean hasWrittenOutWord(List<String> tokens) {
    for (String token : tokens) {
      int length = token.length();
      if (length >= 3 && length <= 9
          && (UNITS.containsKey(token) || TENS.containsKey(token) || token.equals("united") || token.equals("usa"))) {
        return true;
      }
    }
    return false;
  }

  /** "four" or "4" after a tens word: the unit of "forty-four" or "forty 4"; 0 for anything else. */
  private static int unitValue(String token) {
    Integer unit = UNITS.get(token);
    if (unit != null) {
      return unit < 10 ? unit : 0;
    }
    return token.length() == 1 && token.charAt(0) >= '1' && token.charAt(0) <= '9' ? token.charAt(0) - '0' : 0;
  }
}
