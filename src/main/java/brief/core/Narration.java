package brief.core;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the quotations of a source text lie, and the author's own words around them (the paragraphs
 * with their quotations blanked out): what attribution reads, since a name a speaker says inside
 * quotation marks is not the speaker.
 */
public final class Narration {
  private final SourceText source;
  private final List<String> paragraphs;
  private final List<Folded> quotations;
  private final List<Quotations.Imbalance> imbalances;

  Narration(
      SourceText source,
      List<String> paragraphs,
      List<Folded> quotations,
      List<Quotations.Imbalance> imbalances) {
    this.source = source;
    this.paragraphs = paragraphs;
    this.quotations = quotations;
    this.imbalances = imbalances;
  }

  /** Per paragraph, which chars lie inside a quotation or are its marks; made on first use. */
  private boolean[][] quotedChars;

  /**
   * A quotation of the source: from char {@code start} of one paragraph to {@code end} of another.
   */
  public record Quoted(int paragraph, int start, int endParagraph, int end) {}

  /**
   * Where the quotation marks do not balance, one line each: {@code ¶7: “ opens a quotation that no
   * mark closes, at "…"}. Quotes from such a paragraph are checked as the marks were read.
   */
  public List<String> unbalancedMarks() {
    List<String> out = new ArrayList<>();
    for (Quotations.Imbalance i : imbalances) {
      out.add(
          "¶"
              + i.paragraph()
              + ": "
              + i.message()
              + ", at \""
              + source.excerpt(i.paragraph(), Math.max(0, i.offset() - 25))
              + "\"");
    }
    return out;
  }

  /** The quotations of the source, in the order they close. */
  public List<Quoted> quotations() {
    List<Quoted> out = new ArrayList<>();
    for (Folded q : quotations) {
      int last = q.text().length() - 1;
      out.add(
          new Quoted(q.paragraph()[0], q.offset()[0], q.paragraph()[last], q.offset()[last] + 1));
    }
    return out;
  }

  /**
   * Whether {@code mark} lies in a quotation inside another ({@code "The president told them,
   * 'Every delay costs us trust,'" Karimova said}): its speaker is whom the outer speaker quotes.
   */
  public boolean nested(SourceText.Mark mark) {
    return quotations().stream().filter(q -> holds(q, mark)).count() > 1;
  }

  private static boolean holds(Quoted q, SourceText.Mark mark) {
    boolean starts =
        q.paragraph() < mark.paragraph()
            || q.paragraph() == mark.paragraph() && q.start() <= mark.start();
    boolean ends =
        q.endParagraph() > mark.paragraph()
            || q.endParagraph() == mark.paragraph() && q.end() >= mark.end();
    return starts && ends;
  }

  /** The outermost quotation that holds {@code mark}. */
  public java.util.Optional<Quoted> quotationOf(SourceText.Mark mark) {
    Quoted best = null;
    for (Quoted q : quotations()) {
      if (holds(q, mark)
          && (best == null
              || q.paragraph() < best.paragraph()
              || q.paragraph() == best.paragraph() && q.start() < best.start())) {
        best = q;
      }
    }
    return java.util.Optional.ofNullable(best);
  }

  /** Whether char {@code i} of paragraph {@code p} lies inside a quotation or is one's mark. */
  public boolean quoted(int p, int i) {
    boolean[] chars = quotedChars()[p - 1];
    return i >= 0 && i < chars.length && chars[i];
  }

  /**
   * Whether a letter between chars {@code from} and {@code to} of paragraph {@code p} is quoted.
   */
  public boolean quotesWords(int p, int from, int to) {
    String text = paragraphs.get(p - 1);
    for (int i = Math.max(0, from); i < Math.min(to, text.length()); i++) {
      if (quoted(p, i) && Character.isLetter(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** Paragraph {@code p} with its quotations (marks and all) blanked out: the author's words. */
  public String text(int p) {
    char[] chars = paragraphs.get(p - 1).toCharArray();
    boolean[] q = quotedChars()[p - 1];
    for (int i = 0; i < chars.length; i++) {
      if (q[i]) {
        chars[i] = ' ';
      }
    }
    return new String(chars);
  }

  /**
   * Whether a quotation is a name in marks, as Russian and Azerbaijani write a paper's or a
   * company's name ({@code пишет «Коммерсантъ»}): the author's words naming someone, not speech.
   */
  private boolean title(int[] ps, int[] os) {
    if (ps[0] != ps[ps.length - 1]) {
      return false;
    }
    String words = paragraphs.get(ps[0] - 1).substring(os[0], os[os.length - 1] + 1).strip();
    return TITLE.matcher(words).matches();
  }

  private static final java.util.regex.Pattern TITLE =
      java.util.regex.Pattern.compile(
          "[\\p{Lu}\\p{N}][\\p{L}\\p{N}\\-]*(?:\\s+[\\p{Lu}\\p{N}][\\p{L}\\p{N}\\-]*){0,3}");

  private boolean[][] quotedChars() {
    if (quotedChars == null) {
      boolean[][] chars = new boolean[paragraphs.size()][];
      for (int p = 0; p < chars.length; p++) {
        String s = paragraphs.get(p);
        chars[p] = new boolean[s.length()];
        for (int i = 0; i < s.length(); i++) {
          chars[p][i] = Folded.quotationMark(s, i);
        }
      }
      for (Folded q : quotations) {
        int[] ps = q.paragraph();
        int[] os = q.offset();
        if (title(ps, os)) {
          continue;
        }
        for (int k = 0; k + 1 < ps.length; k++) {
          if (ps[k] == ps[k + 1]) {
            java.util.Arrays.fill(chars[ps[k] - 1], os[k], os[k + 1] + 1, true);
          }
        }
        if (ps.length == 1) {
          chars[ps[0] - 1][os[0]] = true;
        }
      }
      quotedChars = chars;
    }
    return quotedChars;
  }

  /**
   * Whether one of {@code names} stands, as whole words, in the author's words (not inside a
   * quotation: a name a speaker says does not name the speaker) of paragraph {@code number} or one
   * of the {@code before} paragraphs before it, leaving out the paragraphs in {@code skip} (a
   * byline).
   */
  public boolean names(int number, int before, List<String> names, java.util.Set<Integer> skip) {
    for (int p = Math.max(1, number - before); p <= Math.min(number, paragraphs.size()); p++) {
      if (skip.contains(p)) {
        continue;
      }
      String text = text(p);
      for (String name : names) {
        if (ContentWords.hasPhrase(text, name)) {
          return true;
        }
      }
    }
    return false;
  }
}
