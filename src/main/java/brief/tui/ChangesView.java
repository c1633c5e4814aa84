package brief.tui;

import brief.core.Changes;
import brief.core.Statement;
import brief.core.WordDiff;
import brief.render.Wrap;
import brief.tui.Lines.Span;
import java.util.List;

/**
 * The changes overlay ({@code D}): each changed statement with its old and new text and the words
 * that changed between them, then what was added and what was withdrawn. Removed words are written
 * {@code [-so-]} and added ones {@code {+so+}}, so the marks survive NO_COLOR and --ascii.
 */
final class ChangesView {
  private ChangesView() {}

  static void lines(List<List<Span>> out, Changes c, Glyphs g, int width) {
    if (!c.changed().isEmpty()) {
      out.add(List.of(new Span("Changed (" + c.changed().size() + ")", Role.HEADING)));
      for (Changes.Change ch : c.changed()) {
        String moved = ch.moved() ? ", moved from " + g.text(ch.before().where()) : "";
        heading(out, ch.after(), g, moved);
        text(out, "old  ", g.text(ch.before().text()), Role.DIM, width);
        text(out, "new  ", g.text(ch.after().text()), Role.NORMAL, width);
        text(out, "     ", marked(ch, g), Role.NORMAL, width);
      }
    }
    list(out, "Added", c.added(), "+ ", Role.NORMAL, g, width);
    list(out, "Withdrawn", c.removed(), "- ", Role.DIM, g, width);
  }

  private static void list(
      List<List<Span>> out,
      String title,
      List<Statement> items,
      String lead,
      Role role,
      Glyphs g,
      int width) {
    if (items.isEmpty()) {
      return;
    }
    if (!out.isEmpty()) {
      out.add(List.of(new Span("", Role.NORMAL)));
    }
    out.add(List.of(new Span(title + " (" + items.size() + ")", Role.HEADING)));
    for (Statement st : items) {
      heading(out, st, g, "");
      text(out, lead, g.text(st.text()), role, width);
    }
  }

  private static void heading(List<List<Span>> out, Statement st, Glyphs g, String more) {
    String where = st.where().isEmpty() ? "" : " " + g.dot() + " " + g.text(st.where());
    out.add(List.of(new Span(st.kind().label() + where + more, Role.BOLD)));
  }

  private static String marked(Changes.Change ch, Glyphs g) {
    StringBuilder b = new StringBuilder();
    for (WordDiff.Piece p : WordDiff.of(ch.before().text(), ch.after().text())) {
      if (b.length() > 0) {
        b.append(' ');
      }
      String t = g.text(p.text());
      switch (p.op()) {
        case SAME -> b.append(t);
        case REMOVED -> b.append("[-").append(t).append("-]");
        case ADDED -> b.append("{+").append(t).append("+}");
      }
    }
    return b.toString();
  }

  /** {@code shown} (already safe) wrapped under {@code lead}. */
  private static void text(List<List<Span>> out, String lead, String shown, Role role, int width) {
    List<String> wrapped = Wrap.lines(shown, Math.max(1, width - lead.length()));
    for (int i = 0; i < wrapped.size(); i++) {
      String first = i == 0 ? lead : " ".repeat(lead.length());
      out.add(List.of(new Span(first, Role.KEY), new Span(wrapped.get(i), role)));
    }
  }
}
