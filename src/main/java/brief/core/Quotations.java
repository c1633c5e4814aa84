package brief.core;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Finds the quotations of a text by the marks of {@link QuotationMarks}: what stands between an
 * opening mark and the mark that closes it, nested quotations too (each is a quotation of its own,
 * and part of the one around it). A quotation left open at the end of a paragraph goes on when the
 * next paragraph opens with a mark, as a quotation of several paragraphs is written, or when a
 * closing mark ends it a few paragraphs on with no other mark between (outlets that mark only the
 * speech's ends); otherwise it ends with its paragraph. Marks that do not balance are reported: a
 * quotation no mark closes, a closing mark with no quotation open, and an opening mark standing
 * where a closing one belongs (after a word, before a space: a closing mark mis-curled), which is
 * read as the closing mark.
 */
final class Quotations {
  private Quotations() {}

  /** Where the marks of a paragraph do not balance: the mark's paragraph and char, and how. */
  record Imbalance(int paragraph, int offset, String message) {}

  record Scan(List<Folded> quotations, List<Imbalance> imbalances) {}

  /** A quotation open while the text is read. */
  private static final class Level {
    final char opener;
    final int paragraph;
    final int offset;
    final Folded.Builder text = new Folded.Builder();
    int start;

    Level(char opener, int paragraph, int offset) {
      this.opener = opener;
      this.paragraph = paragraph;
      this.offset = offset;
      this.start = offset + 1;
    }
  }

  static List<Folded> of(List<String> paragraphs) {
    return scan(paragraphs).quotations();
  }

  static Scan scan(List<String> paragraphs) {
    List<Folded> found = new ArrayList<>();
    List<Imbalance> imbalances = new ArrayList<>();
    Deque<Level> open = new ArrayDeque<>();
    for (int p = 1; p <= paragraphs.size(); p++) {
      String s = paragraphs.get(p - 1);
      int from = 0;
      if (!open.isEmpty()) {
        Level outer = open.peekLast();
        int first = firstNonSpace(s);
        if (first >= 0
            && QuotationMarks.opens(s.charAt(first))
            && !QuotationMarks.single(s.charAt(first))) {
          outer.text.space(p, first);
          outer.start = first + 1;
          from = first + 1;
        } else if (first >= 0 && closedUnmarked(paragraphs, p, outer.opener)) {
          outer.text.space(p, first);
          outer.start = first;
          from = first;
        } else {
          end(outer, found, imbalances, "opens a quotation that no mark closes");
          open.clear();
        }
      }
      for (int i = from; i < s.length(); i++) {
        char c = s.charAt(i);
        if (!QuotationMarks.isMark(c) || apostrophe(s, i)) {
          continue;
        }
        Level closed = closedBy(open, s, i);
        if (closed != null) {
          while (open.peek() != closed) {
            Level inner = open.pop();
            inner.text.append(p, s, inner.start, i);
            end(inner, found, imbalances, "opens a quotation that no mark closes");
          }
          open.pop();
          closed.text.append(p, s, closed.start, i);
          found.add(closed.text.build());
        } else if (QuotationMarks.opens(c) && opensHere(open, s, i)) {
          open.push(new Level(c, p, i));
        } else if (!QuotationMarks.single(c)) {
          Level top = firstDouble(open);
          if (top == null) {
            imbalances.add(new Imbalance(p, i, c + " closes no quotation"));
          } else {
            imbalances.add(
                new Imbalance(
                    p,
                    i,
                    c
                        + " stands where the mark closing "
                        + top.opener
                        + " belongs (a closing mark written as an opening one?)"));
            while (open.peek() != top) {
              open.pop();
            }
            open.pop();
            top.text.append(p, s, top.start, i);
            found.add(top.text.build());
          }
        }
      }
      // Quotations still open end here, but the outermost may go on in the next paragraph.
      while (open.size() > 1) {
        Level inner = open.pop();
        inner.text.append(p, s, inner.start, s.length());
        end(inner, found, imbalances, "opens a quotation that no mark closes");
      }
      if (!open.isEmpty()) {
        Level outer = open.peek();
        outer.text.append(p, s, outer.start, s.length());
        if (QuotationMarks.single(outer.opener)) {
          open.clear(); // an unmatched single mark is an apostrophe or a prime, not a quotation
        }
      }
    }
    if (!open.isEmpty()) {
      end(open.peek(), found, imbalances, "opens a quotation that no mark closes");
    }
    found.removeIf(f -> f.text().isEmpty());
    return new Scan(found, imbalances);
  }

  /** Ends a quotation that no mark closed: a double one is kept, and reported. */
  private static void end(Level level, List<Folded> found, List<Imbalance> imbalances, String why) {
    if (!QuotationMarks.single(level.opener)) {
      found.add(level.text.build());
      imbalances.add(new Imbalance(level.paragraph, level.offset, level.opener + " " + why));
    }
  }

  /** The open quotation that the mark at {@code i} closes, innermost first, or null. */
  private static Level closedBy(Deque<Level> open, String s, int i) {
    char c = s.charAt(i);
    for (Level level : open) {
      if (QuotationMarks.closes(level.opener, c)
          && (!QuotationMarks.single(c) || QuotationMarks.closingPlace(s, i))) {
        return level;
      }
      if (!QuotationMarks.single(level.opener)) {
        return null; // a double quotation is not closed over its head
      }
    }
    return null;
  }

  private static boolean opensHere(Deque<Level> open, String s, int i) {
    if (QuotationMarks.single(s.charAt(i))) {
      return QuotationMarks.openingPlace(s, i);
    }
    return open.isEmpty()
        || QuotationMarks.openingPlace(s, i)
        || !QuotationMarks.closingPlace(s, i);
  }

  private static Level firstDouble(Deque<Level> open) {
    for (Level level : open) {
      if (!QuotationMarks.single(level.opener)) {
        return level;
      }
    }
    return null;
  }

  /** A single mark between letters ({@code Azerbaijan’s}, {@code don't}). */
  private static boolean apostrophe(String s, int i) {
    return QuotationMarks.single(s.charAt(i))
        && i > 0
        && i + 1 < s.length()
        && Character.isLetterOrDigit(s.charAt(i - 1))
        && Character.isLetterOrDigit(s.charAt(i + 1));
  }

  /** How many paragraphs on a quotation's closing mark may stand with no mark between. */
  private static final int UNMARKED_PARAGRAPHS = 6;

  /**
   * Whether the first mark from paragraph {@code p} on, within {@link #UNMARKED_PARAGRAPHS}, closes
   * a quotation opened by {@code opener}: the paragraphs up to it go on with that quotation.
   */
  private static boolean closedUnmarked(List<String> paragraphs, int p, char opener) {
    for (int q = p; q <= Math.min(paragraphs.size(), p + UNMARKED_PARAGRAPHS - 1); q++) {
      String s = paragraphs.get(q - 1);
      for (int i = 0; i < s.length(); i++) {
        if (QuotationMarks.isMark(s.charAt(i)) && !apostrophe(s, i)) {
          return QuotationMarks.closes(opener, s.charAt(i)) && QuotationMarks.closingPlace(s, i);
        }
      }
    }
    return false;
  }

  private static int firstNonSpace(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (!Character.isWhitespace(s.charAt(i))) {
        return i;
      }
    }
    return -1;
  }
}
