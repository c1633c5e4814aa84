package brief.core;

import java.util.ArrayList;
import java.util.List;

/**
 * A briefing's source text as numbered paragraphs, and where quotes, names and dates lie in it:
 * what the fidelity rules check and what the reader's source view highlights. Matching folds only
 * curly against straight quotation marks and runs of white space, nothing else: a quote is verbatim
 * or it is not.
 */
public final class SourceText {
  /** A stretch of one paragraph: its number (from 1) and [start, end) chars of its text. */
  public record Mark(int paragraph, int start, int end) {}

  /** What looking for a quote found: where it lies, or why it does not. */
  public sealed interface Finding {
    /** The quote lies inside one quotation of the source, its parts at these marks. */
    record Found(List<Mark> marks) implements Finding {}

    /** It does not; {@code paragraph} (0 for none) and {@code nearest} say where to look. */
    record Problem(String message, int paragraph, String nearest) implements Finding {}
  }

  private static final int EXCERPT = 60;

  private final List<String> paragraphs;

  /** Each quotation of the source: the text between its marks, across paragraphs if continued. */
  private final List<Folded> quotations;

  /**
   * The whole text, paragraphs joined by a space and double quotation marks left out (so that a
   * quote running past its closing mark is still found), with which chars lie inside a quotation.
   */
  private final Folded whole;

  private final boolean[] quoted;

  private final List<Quotations.Imbalance> imbalances;

  private Narration narration;

  private SourceText(List<String> paragraphs) {
    this.paragraphs = List.copyOf(paragraphs);
    Quotations.Scan scan = Quotations.scan(this.paragraphs);
    this.quotations = scan.quotations();
    this.imbalances = scan.imbalances();
    Folded.Builder all = new Folded.Builder();
    for (int p = 0; p < this.paragraphs.size(); p++) {
      if (p > 0) {
        all.space(p + 1, -1);
      }
      all.appendUnquoted(p + 1, this.paragraphs.get(p));
    }
    this.whole = all.build();
    this.quoted = new boolean[whole.text().length()];
    for (Folded q : quotations) {
      for (int i = 0; i < q.text().length(); i++) {
        int at = whole.indexOf(q.paragraph()[i], q.offset()[i]);
        if (at >= 0) {
          quoted[at] = true;
        }
      }
    }
  }

  public static SourceText of(List<String> paragraphs) {
    return new SourceText(paragraphs);
  }

  /** Where the quotations lie, and the author's words around them; made on first use. */
  public Narration narration() {
    if (narration == null) {
      narration = new Narration(this, paragraphs, quotations, imbalances);
    }
    return narration;
  }

  public int size() {
    return paragraphs.size();
  }

  /** Paragraph {@code number}, counted from 1. */
  public String paragraph(int number) {
    return paragraphs.get(number - 1);
  }

  /**
   * Where {@code quote} lies: inside one quotation of the source, within the {@code cited}
   * paragraphs when any are cited, starting and ending on word boundaries; {@code …} marks omitted
   * words, each part in order within the same quotation.
   */
  public Finding locateQuote(String quote, List<Integer> cited) {
    String folded = Folded.fold(quote).strip();
    List<String> parts = parts(folded);
    if (parts.isEmpty()) {
      return new Finding.Problem("the quote has no words", 0, "");
    }
    List<Mark> marks = inOneQuotation(List.of(folded), cited);
    if (marks == null && parts.size() > 1) {
      marks = inOneQuotation(parts, cited);
    }
    if (marks != null) {
      return new Finding.Found(marks);
    }
    if (!cited.isEmpty()) {
      List<Mark> elsewhere = inOneQuotation(parts, List.of());
      if (elsewhere != null) {
        Mark first = elsewhere.get(0);
        return new Finding.Problem(
            "the quote is in ¶" + first.paragraph() + ", not in the cited " + paragraphList(cited),
            first.paragraph(),
            excerpt(first.paragraph(), first.start()));
      }
    }
    for (String part : parts) {
      List<Mark> alone = inOneQuotation(List.of(part), List.of());
      if (alone == null) {
        return whyNot(part, cited);
      }
    }
    Mark first = inOneQuotation(List.of(parts.get(0)), List.of()).get(0);
    return new Finding.Problem(
        "the parts around '…' do not stand in this order within one quotation",
        first.paragraph(),
        excerpt(first.paragraph(), first.start()));
  }

  /** Explains why one part of a quote, found in no quotation, is not a quotation. */
  private Finding whyNot(String part, List<Integer> cited) {
    for (Folded q : quotations) {
      int at = q.text().indexOf(part);
      if (at >= 0) {
        int p = q.paragraph()[at];
        boolean start = Folded.boundaryBefore(q.text(), at);
        return new Finding.Problem(
            "the quote " + (start ? "ends" : "starts") + " in the middle of a word in ¶" + p,
            p,
            excerpt(p, q.offset()[at]));
      }
    }
    String bare = Folded.unquoted(part);
    int at = whole.find(bare, 0);
    if (at >= 0) {
      int first = whole.paragraph()[at];
      int last = whole.paragraph()[at + bare.length() - 1];
      String excerpt = excerpt(first, whole.offset()[at]);
      if (first != last) {
        return new Finding.Problem(
            "the quote runs across the paragraph break between ¶"
                + first
                + " and ¶"
                + last
                + ", where no quotation continues",
            first,
            excerpt);
      }
      boolean partly = false;
      for (int i = at; i < at + bare.length() && !partly; i++) {
        partly = quoted[i];
      }
      return new Finding.Problem(
          partly
              ? "the quote runs past the quotation marks in ¶" + first + " into the author's words"
              : "these words stand outside quotation marks in ¶"
                  + first
                  + ": they are the author's, not a quotation",
          first,
          excerpt);
    }
    return nearest(bare, cited);
  }

  /**
   * Not in the text at all: where the longest run of its words stands (shown from where the quote
   * would start), else the first cited paragraph.
   */
  private Finding nearest(String part, List<Integer> cited) {
    String[] words = part.split(" ");
    for (int n = words.length - 1; n >= 3; n--) {
      for (int from = 0; from + n <= words.length; from++) {
        int at =
            whole.find(String.join(" ", java.util.Arrays.copyOfRange(words, from, from + n)), 0);
        if (at >= 0) {
          for (int back = from; back > 0 && at > 0; back--) {
            at = whole.text().lastIndexOf(' ', at - 2) + 1;
          }
          int p = whole.paragraph()[at];
          return new Finding.Problem(
              "the quote is not in the source text", p, excerpt(p, whole.offset()[at]));
        }
      }
    }
    int p = cited.isEmpty() || cited.get(0) > paragraphs.size() ? 0 : cited.get(0);
    return new Finding.Problem(
        "the quote is not in the source text", p, p == 0 ? "" : excerpt(p, 0));
  }

  /** The marks of {@code parts}, found in order inside one quotation, or null. */
  private List<Mark> inOneQuotation(List<String> parts, List<Integer> cited) {
    for (Folded q : quotations) {
      List<Mark> marks = new ArrayList<>();
      int from = 0;
      for (String part : parts) {
        int at = q.find(part, from);
        while (at >= 0 && !within(q, at, part.length(), cited)) {
          at = q.find(part, at + 1);
        }
        if (at < 0) {
          marks = null;
          break;
        }
        marks.addAll(q.marks(at, at + part.length()));
        from = at + part.length();
      }
      if (marks != null) {
        return marks;
      }
    }
    return null;
  }

  private static boolean within(Folded q, int at, int length, List<Integer> cited) {
    return cited.isEmpty()
        || cited.contains(q.paragraph()[at]) && cited.contains(q.paragraph()[at + length - 1]);
  }

  private static List<String> parts(String quote) {
    List<String> parts = new ArrayList<>();
    for (String p : quote.split("…|\\.\\.\\.")) {
      if (!p.isBlank()) {
        parts.add(p.strip());
      }
    }
    return parts;
  }

  /** Where the date is written in paragraph {@code number}, in any of its common forms. */
  public List<Mark> date(String date, int number) {
    List<Mark> marks = new ArrayList<>();
    if (number < 1 || number > paragraphs.size()) {
      return marks;
    }
    var m = DateForms.pattern(date).matcher(paragraph(number));
    while (m.find()) {
      marks.add(new Mark(number, m.start(), m.end()));
    }
    return marks;
  }

  /**
   * About {@value #EXCERPT} chars of paragraph {@code number} from the word at {@code offset}, on
   * one line.
   */
  public String excerpt(int number, int offset) {
    String p = paragraph(number);
    int start = Math.max(0, Math.min(offset, p.length()));
    while (start > 0 && Character.isLetterOrDigit(p.charAt(start - 1))) {
      start--; // from the start of its word, so that a quote cut mid-word shows the whole word
    }
    int end = Math.min(p.length(), start + EXCERPT);
    while (end < p.length() && end > start && !Character.isWhitespace(p.charAt(end))) {
      end--;
    }
    if (end <= start) {
      end = Math.min(p.length(), start + EXCERPT);
    }
    String cut = p.substring(start, end).replaceAll("\\s+", " ").strip();
    return (start > 0 ? "…" : "") + cut + (end < p.length() ? "…" : "");
  }

  /** {@code ¶5} or {@code ¶4, 5}. */
  public static String paragraphList(List<Integer> numbers) {
    StringBuilder b = new StringBuilder("¶");
    for (int i = 0; i < numbers.size(); i++) {
      b.append(i == 0 ? "" : ", ").append(numbers.get(i));
    }
    return b.toString();
  }
}
