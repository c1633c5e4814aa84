package brief.tui;

import brief.core.Query;
import brief.render.DisplayWidth;
import brief.render.Highlight;
import brief.render.Wrap;
import java.util.ArrayList;
import java.util.List;

/** Wraps items into lines of spans for a width, marking what a query matches. */
public final class Lines {
  private Lines() {}

  /** A run of text in one role. */
  public record Span(String text, Role role) {}

  public static List<List<Span>> of(Item item, int width, Query query) {
    List<List<Span>> lines = new ArrayList<>();
    for (Para p : item.paras()) {
      int markerWidth = DisplayWidth.of(p.marker());
      int room = Math.max(1, width - p.indent() - markerWidth);
      String text = p.text();
      List<int[]> matches = query.spans(text);
      List<int[]> ranges = Wrap.ranges(text, room);
      for (int k = 0; k < ranges.size(); k++) {
        List<Span> line = new ArrayList<>();
        String lead = " ".repeat(p.indent());
        if (k == 0) {
          if (!lead.isEmpty()) {
            line.add(new Span(lead, Role.NORMAL));
          }
          if (!p.marker().isEmpty()) {
            line.add(new Span(p.marker(), p.markerRole()));
          }
        } else {
          line.add(new Span(lead + " ".repeat(markerWidth), Role.NORMAL));
        }
        addHighlighted(line, text, ranges.get(k), matches, p.role());
        lines.add(line);
      }
    }
    return lines;
  }

  /**
   * A mark's third number when it is a cited passage ({@link Role#CITED}), not a search's match.
   */
  static final int CITED = 1;

  /**
   * {@code text} wrapped to {@code width}, what {@code marks} cover ([start, end) chars, and {@link
   * #CITED} as a third number for a cited passage) as matches or cited passages.
   */
  public static List<List<Span>> marked(String text, int width, List<int[]> marks, Role role) {
    List<List<Span>> lines = new ArrayList<>();
    for (int[] range : Wrap.ranges(text, Math.max(1, width))) {
      List<Span> line = new ArrayList<>();
      addHighlighted(line, text, range, marks, role);
      lines.add(line);
    }
    return lines;
  }

  private static void addHighlighted(
      List<Span> line, String text, int[] range, List<int[]> matches, Role role) {
    for (Highlight.Segment seg : Highlight.segments(text, range, matches)) {
      line.add(
          new Span(
              seg.text(), !seg.matched() ? role : seg.kind() == CITED ? Role.CITED : Role.MATCH));
    }
  }

  /** How many rows the item takes at this width. */
  public static int height(Item item, int width) {
    int rows = 0;
    for (Para p : item.paras()) {
      int room = Math.max(1, width - p.indent() - DisplayWidth.of(p.marker()));
      rows += Wrap.ranges(p.text(), room).size();
    }
    return rows;
  }
}
