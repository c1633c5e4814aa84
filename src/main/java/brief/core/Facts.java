package brief.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The checkable facts of a statement: its dates, numbers (digits, ordinals, Roman numerals, spelled
 * numbers) and capitalised names, and whether a source text states each, in any common form ({@code
 * 3}, {@code three}, {@code third}, {@code 3rd} and {@code III} are one number; {@code 20 July
 * 2025} and {@code July 20} one date; {@code Azerbaijani} stands for {@code Azerbaijan}).
 */
public final class Facts {
  private Facts() {}

  public enum Kind {
    DATE,
    NUMBER,
    NAME
  }

  /** A fact as the statement writes it; {@code value} is its number, or its date as YYYY-MM-DD. */
  public record Fact(Kind kind, String written, String value) {}

  private static final String MONTH =
      "(January|February|March|April|May|June|July|August|September|October|November|December"
          + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?";
  private static final Pattern DATE =
      Pattern.compile(
          // Every form starts with a digit or a month's initial: other chars are passed at once.
          "(?=[0-9JFMASOND])(?:"
              + "\\b(\\d{4})-(\\d{2})-(\\d{2})\\b"
              + "|\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?"
              + MONTH
              + "(?:,?\\s+(\\d{4}))?\\b"
              + "|\\b"
              + MONTH
              + "\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4}))?)");

  static final Pattern NUMBER =
      Pattern.compile("(?<![\\p{L}\\p{N}.,])(\\d+(?:[.,]\\d+)*)(?:st|nd|rd|th)?(?![\\p{L}\\p{N}])");
  private static final Pattern POSSESSIVE = Pattern.compile("(’s|'s)$");
  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
  static final Pattern ROMAN = Pattern.compile("\\b([IVXLC]{2,})\\b");
  static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}.’'\\-]*");

  /**
   * Words that start a sentence as often as any: capitalised there, they name nothing. A
   * capitalised word that starts a sentence is taken for a name only when the source writes it
   * capitalised too.
   */
  public static boolean startsSentence(String text, int at) {
    // Read backwards from the word, not by a pattern over all before it: that is once per word.
    int i = at;
    while (i > 0 && " \t\n\u000B\f\r".indexOf(text.charAt(i - 1)) >= 0) {
      i--;
      if (text.charAt(i) == '\n') {
        return true;
      }
    }
    if (i == 0) {
      return at == 0;
    }
    char before = text.charAt(i - 1);
    return before == '(' || (i < at && ".!?:;".indexOf(before) >= 0);
  }

  /** The facts of {@code statement}, leaving out what stands inside its quotation marks. */
  public static List<Fact> of(String statement) {
    String text = withoutQuotations(statement);
    List<Fact> facts = new ArrayList<>();
    // Every date and every number in digits has a digit: most statements have none, and both
    // patterns are tried at every char.
    boolean digits = hasDigit(text);
    StringBuilder rest = new StringBuilder(text);
    Matcher d = DATE.matcher(text);
    while (digits && d.find()) {
      String iso = iso(d);
      if (iso != null) {
        facts.add(new Fact(Kind.DATE, d.group().strip(), iso));
        for (int i = d.start(); i < d.end(); i++) {
          rest.setCharAt(i, ' ');
        }
      }
    }
    String left = rest.toString();
    Matcher n = NUMBER.matcher(left);
    while (digits && n.find()) {
      facts.add(new Fact(Kind.NUMBER, n.group(), NumberForms.normal(n.group(1))));
    }
    boolean roman = romanPair(left);
    Matcher r = ROMAN.matcher(left);
    while (roman && r.find()) {
      int v = NumberForms.roman(r.group(1));
      if (v > 0) {
        facts.add(new Fact(Kind.NUMBER, r.group(1), String.valueOf(v)));
      }
    }
    Matcher w = WORD.matcher(left);
    while (w.find()) {
      String word = trimWord(w.group());
      String lower = word.toLowerCase(Locale.ROOT);
      boolean compound = word.indexOf('-') >= 0;
      if (!compound
          && NumberForms.SPELLED.containsKey(lower)
          && !NumberForms.reference(left, w.start(), w.end())) {
        facts.add(new Fact(Kind.NUMBER, word, String.valueOf(NumberForms.SPELLED.get(lower))));
      } else if (!compound && NumberForms.ORDINALS.containsKey(lower)) {
        facts.add(new Fact(Kind.NUMBER, word, String.valueOf(NumberForms.ORDINALS.get(lower))));
      } else if (Character.isUpperCase(word.codePointAt(0))
          && !ROMAN.matcher(word).matches()
          && !word.equals("I")) {
        boolean starts = startsSentence(left, w.start());
        facts.add(new Fact(Kind.NAME, word, starts ? "start" : ""));
      }
    }
    return facts;
  }

  /** Whether {@code text} states {@code fact}, in any of its common forms. */
  public static boolean stated(Fact fact, String text) {
    return switch (fact.kind()) {
      case DATE -> date(fact.value()).matcher(text).find();
      case NUMBER -> NumberForms.stated(fact.value(), text);
      case NAME -> name(fact.written(), text);
    };
  }

  /**
   * Whether a word that starts a sentence of a statement is a name at all: the source writes it
   * capitalised within a sentence.
   */
  public static boolean nameInSource(String word, String source) {
    for (int at = source.indexOf(word); at >= 0; at = source.indexOf(word, at + 1)) {
      int end = at + word.length();
      boolean whole =
          (at == 0 || !Character.isLetterOrDigit(source.charAt(at - 1)))
              && (end >= source.length() || !Character.isLetterOrDigit(source.charAt(end)));
      int i = at - 1;
      while (i >= 0 && Character.isWhitespace(source.charAt(i))) {
        i--;
      }
      if (whole && i >= 0 && ".!?:\n".indexOf(source.charAt(i)) < 0 && i < at - 1) {
        return true;
      }
    }
    return false;
  }

  /** The name, or a word it extends or that extends it by a few letters (Azerbaijan-i). */
  private static boolean name(String written, String text) {
    if (ContentWords.hasPhrase(text, written)) {
      return true;
    }
    String w = POSSESSIVE.matcher(Fold.fold(written)).replaceAll("");
    if (w.length() < 4) {
      return false;
    }
    for (String t : foldedWords(text)) {
      String shorter = t.length() < w.length() ? t : w;
      String longer = t.length() < w.length() ? w : t;
      if (shorter.length() >= 4
          && longer.startsWith(shorter)
          && longer.length() - shorter.length() <= 3) {
        return true;
      }
    }
    return false;
  }

  /** The folded words of {@code text}; kept for the last paragraphs, asked once per name. */
  private static String[] foldedWords(String text) {
    return FOLDED_WORDS.of(text);
  }

  private static final TextMemo<String[]> FOLDED_WORDS =
      new TextMemo<>(200, 256) {
        @Override
        String[] make(String text) {
          return NOT_WORD.split(Fold.fold(text));
        }
      };

  private static Pattern date(String iso) {
    if (iso.startsWith("????")) {
      return DateForms.dayMonth(iso.substring(5));
    }
    return DateForms.pattern(iso);
  }

  private static String iso(Matcher d) {
    String y;
    String m;
    String day;
    if (d.group(1) != null) {
      return d.group(1) + "-" + d.group(2) + "-" + d.group(3);
    } else if (d.group(4) != null) {
      day = d.group(4);
      m = d.group(5);
      y = d.group(6);
    } else {
      m = d.group(7);
      day = d.group(8);
      y = d.group(9);
    }
    int month = month(m);
    int dd = Integer.parseInt(day);
    if (month == 0 || dd < 1 || dd > 31) {
      return null;
    }
    return (y == null ? "????" : y) + String.format(Locale.ROOT, "-%02d-%02d", month, dd);
  }

  private static int month(String m) {
    String p = m.substring(0, 3).toLowerCase(Locale.ROOT);
    for (int i = 0; i < 12; i++) {
      if (Months.NAMES.get(i).toLowerCase(Locale.ROOT).startsWith(p)) {
        return i + 1;
      }
    }
    return 0;
  }

  /** Whether two Roman numeral letters stand side by side: a numeral of two or more has them. */
  private static boolean romanPair(String text) {
    for (int i = 1; i < text.length(); i++) {
      if ("IVXLC".indexOf(text.charAt(i)) >= 0 && "IVXLC".indexOf(text.charAt(i - 1)) >= 0) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasDigit(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= '0' && text.charAt(i) <= '9') {
        return true;
      }
    }
    return false;
  }

  static String trimWord(String w) {
    int end = w.length();
    if (end >= 2
        && w.charAt(end - 1) == 's'
        && (w.charAt(end - 2) == '’' || w.charAt(end - 2) == '\'')) {
      end -= 2;
    }
    while (end > 0 && ".’'-".indexOf(w.charAt(end - 1)) >= 0) {
      end--;
    }
    return w.substring(0, end);
  }

  /** {@code statement} with what stands inside quotation marks blanked out. */
  public static String withoutQuotations(String statement) {
    if (!QuotationMarks.anyIn(statement)) {
      return statement;
    }
    SourceText s = SourceText.of(List.of(statement));
    char[] chars = statement.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      if (s.narration().quoted(1, i)) {
        chars[i] = ' ';
      }
    }
    return new String(chars);
  }

  /** The words in quotation marks in {@code statement}, each as written between its marks. */
  public static List<String> quotedWords(String statement) {
    if (!QuotationMarks.anyIn(statement)) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (Folded q : Quotations.of(List.of(statement))) {
      out.add(q.text());
    }
    return out;
  }
}
