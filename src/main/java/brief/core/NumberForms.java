package brief.core;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * The forms of a number: digits ({@code 1,000} is {@code 1000}, {@code 04} is {@code 4}), spelled
 * ({@code three}), ordinal ({@code third}, {@code 3rd}) and Roman ({@code III}).
 */
final class NumberForms {
  private NumberForms() {}

  /** Spelled numbers ("one" is left out: it is as often a pronoun as a number). */
  static final Map<String, Integer> SPELLED =
      Map.ofEntries(
          Map.entry("two", 2),
          Map.entry("three", 3),
          Map.entry("four", 4),
          Map.entry("five", 5),
          Map.entry("six", 6),
          Map.entry("seven", 7),
          Map.entry("eight", 8),
          Map.entry("nine", 9),
          Map.entry("ten", 10),
          Map.entry("eleven", 11),
          Map.entry("twelve", 12),
          Map.entry("thirteen", 13),
          Map.entry("fourteen", 14),
          Map.entry("fifteen", 15),
          Map.entry("sixteen", 16),
          Map.entry("seventeen", 17),
          Map.entry("eighteen", 18),
          Map.entry("nineteen", 19),
          Map.entry("twenty", 20),
          Map.entry("thirty", 30),
          Map.entry("forty", 40),
          Map.entry("fifty", 50),
          Map.entry("sixty", 60),
          Map.entry("seventy", 70),
          Map.entry("eighty", 80),
          Map.entry("ninety", 90),
          Map.entry("hundred", 100),
          Map.entry("thousand", 1000),
          Map.entry("million", 1000000),
          Map.entry("billion", 1000000000),
          Map.entry("dozen", 12));

  static final Map<String, Integer> ORDINALS =
      Map.ofEntries(
          Map.entry("first", 1),
          Map.entry("second", 2),
          Map.entry("third", 3),
          Map.entry("fourth", 4),
          Map.entry("fifth", 5),
          Map.entry("sixth", 6),
          Map.entry("seventh", 7),
          Map.entry("eighth", 8),
          Map.entry("ninth", 9),
          Map.entry("tenth", 10),
          Map.entry("eleventh", 11),
          Map.entry("twelfth", 12),
          Map.entry("twentieth", 20),
          Map.entry("hundredth", 100));

  /** Whether {@code text} writes the number {@code value}, in any of its forms. */
  static boolean stated(String value, String text) {
    return WRITTEN.of(text).contains(value);
  }

  /**
   * Every number {@code text} writes, as digits, spelled, ordinal or Roman, in normal form (kept:
   * each fact of each statement is looked up in the same paragraphs).
   */
  private static java.util.Set<String> written(String text) {
    java.util.Set<String> values = new java.util.HashSet<>();
    Matcher n = Facts.NUMBER.matcher(text);
    while (n.find()) {
      values.add(normal(n.group(1)));
    }
    Matcher r = Facts.ROMAN.matcher(text);
    while (r.find()) {
      values.add(String.valueOf(roman(r.group(1))));
    }
    Matcher w = Facts.WORD.matcher(text);
    while (w.find()) {
      String lower = Facts.trimWord(w.group()).toLowerCase(Locale.ROOT);
      Integer v = SPELLED.containsKey(lower) ? SPELLED.get(lower) : ORDINALS.get(lower);
      if (v == null && lower.equals("one")) {
        v = 1;
      } else if (v == null && lower.equals("both")) {
        v = 2;
      }
      if (v != null) {
        values.add(String.valueOf(v));
      }
    }
    return values;
  }

  private static final TextMemo<java.util.Set<String>> WRITTEN =
      new TextMemo<>(200, 256) {
        @Override
        java.util.Set<String> make(String text) {
          return written(text);
        }
      };

  /**
   * Whether a spelled number refers rather than counts: {@code the two countries} names the ones
   * just mentioned ({@code Azerbaijan and the U.S.}), whose number the source need not write.
   */
  static boolean reference(String text, int start, int end) {
    // Only the few chars around the number: the text may be a whole paragraph.
    String before = text.substring(Math.max(0, start - 12), start);
    return THE_BEFORE.matcher(before).find()
        && PLURAL_AFTER.matcher(text).region(end, text.length()).lookingAt();
  }

  private static final java.util.regex.Pattern THE_BEFORE =
      java.util.regex.Pattern.compile("(?:^|\\b)[Tt]he\\s+$");
  private static final java.util.regex.Pattern PLURAL_AFTER =
      java.util.regex.Pattern.compile("\\s+\\p{L}+s\\b");

  static String normal(String digits) {
    String plain = digits.replace(",", "");
    if (plain.contains(".")) {
      plain = plain.replaceAll("0+$", "").replaceAll("\\.$", "");
    }
    plain = plain.replaceFirst("^0+(?=\\d)", "");
    return plain;
  }

  static int roman(String s) {
    Map<Character, Integer> v = Map.of('I', 1, 'V', 5, 'X', 10, 'L', 50, 'C', 100);
    int total = 0;
    for (int i = 0; i < s.length(); i++) {
      int here = v.get(s.charAt(i));
      int next = i + 1 < s.length() ? v.get(s.charAt(i + 1)) : 0;
      total += here < next ? -here : here;
    }
    return s.equals(toRoman(total)) ? total : 0;
  }

  private static String toRoman(int n) {
    int[] values = {100, 90, 50, 40, 10, 9, 5, 4, 1};
    String[] marks = {"C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < values.length; i++) {
      while (n >= values[i]) {
        b.append(marks[i]);
        n -= values[i];
      }
    }
    return b.toString();
  }
}
