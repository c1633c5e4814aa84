package brief.tui;

import brief.core.Query;
import brief.core.SourceText;
import brief.tui.Lines.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * The source view: the paragraphs that the item under the cursor cites, with the quote or the date
 * marked where it stands, and its outside reference, so a claim is checked in one key.
 */
final class SourceView {
  private SourceView() {}

  /** The most paragraphs of context on either side that {@code +} widens to. */
  static final int MAX_CONTEXT = 5;

  static String title(ReaderState s) {
    Evidence e = evidence(s);
    String cites =
        e.paragraphs().isEmpty()
            ? ""
            : " " + SourceText.paragraphList(e.paragraphs()).replace("¶", s.glyphs().paragraph());
    String context = s.context() == 0 || e.paragraphs().isEmpty() ? "" : " ±" + s.context();
    return e.paragraphs().isEmpty() && !e.ref().isEmpty()
        ? "Outside source"
        : "Source" + cites + context;
  }

  static List<List<Span>> lines(ReaderState s, int width) {
    Evidence e = evidence(s);
    Glyphs g = s.glyphs();
    List<String> paragraphs = s.briefing().source().paragraphs();
    List<List<Span>> lines = new ArrayList<>();
    if (!e.paragraphs().isEmpty() && paragraphs.isEmpty()) {
      lines.add(
          List.of(
              new Span(
                  "No source text comes with this briefing: the cited paragraphs cannot be shown.",
                  Role.DIM)));
    }
    SourceText source = SourceText.of(paragraphs);
    List<SourceText.Mark> marks = marks(source, e);
    java.util.SortedSet<Integer> shown = new java.util.TreeSet<>();
    for (int n : e.paragraphs()) {
      if (n >= 1 && n <= paragraphs.size()) {
        for (int k = Math.max(1, n - s.context());
            k <= Math.min(paragraphs.size(), n + s.context());
            k++) {
          shown.add(k);
        }
      }
    }
    for (int n : shown) {
      if (!lines.isEmpty()) {
        lines.add(List.of(new Span("", Role.NORMAL)));
      }
      // The cited paragraphs stand out; those around them are context, dimmed.
      boolean cited = e.paragraphs().contains(n);
      lines.add(List.of(new Span(g.paragraph() + n, cited ? Role.HEADING : Role.DIM)));
      lines.addAll(
          paragraph(
              source.paragraph(n),
              n,
              marks,
              s.search().kept(),
              width,
              g,
              cited ? Role.NORMAL : Role.DIM));
    }
    if (!e.ref().isEmpty()) {
      if (!lines.isEmpty()) {
        lines.add(List.of(new Span("", Role.NORMAL)));
      }
      lines.add(List.of(new Span("Outside source (not in the article)", Role.HEADING)));
      lines.addAll(Lines.marked(g.text(e.ref()), width, List.of(), Role.NORMAL));
    }
    return lines;
  }

  private static Evidence evidence(ReaderState s) {
    Item item = s.currentItem();
    return item == null ? Evidence.NONE : item.evidence();
  }

  /** Where the quote, or the date, stands in the cited paragraphs. */
  private static List<SourceText.Mark> marks(SourceText source, Evidence e) {
    List<Integer> cited =
        e.paragraphs().stream().filter(n -> n >= 1 && n <= source.size()).toList();
    if (!e.quote().isEmpty()
        && source.locateQuote(e.quote(), cited) instanceof SourceText.Finding.Found f) {
      return f.marks();
    }
    List<SourceText.Mark> marks = new ArrayList<>();
    if (!e.date().isEmpty()) {
      cited.forEach(n -> marks.addAll(source.date(e.date(), n)));
    }
    return marks;
  }

  /**
   * One paragraph made safe to draw, verbatim, its marks (the quote or date, and the kept search's
   * matches, as in the content pane) as runs over it.
   */
  private static List<List<Span>> paragraph(
      String text,
      int n,
      List<SourceText.Mark> marks,
      Query search,
      int width,
      Glyphs g,
      Role role) {
    List<int[]> cited =
        marks.stream()
            .filter(m -> m.paragraph() == n)
            .map(m -> new int[] {m.start(), m.end()})
            .toList();
    List<int[]> matches = search.isEmpty() ? List.of() : search.spans(text);
    Runs runs = Runs.of(text, Spans.layered(text.length(), cited, matches, Lines.CITED), g);
    return Lines.marked(runs.text(), width, runs.marks(), role);
  }
}
