package brief.tui;

import brief.core.CondensedSummary;
import brief.render.Documents;
import brief.render.Options;
import brief.render.Style;
import brief.render.TextRenderer;
import brief.tui.Lines.Span;
import java.util.ArrayList;
import java.util.List;

/** The boxes drawn over the panes: help, the condensed summary, the theme picker. */
final class Overlays {
  private Overlays() {}

  /** Every key of the reader, as the help overlay lists them. */
  static final String[][] KEYS = {
      {"j k ↓ ↑", "move down / up"},
      {"space PgDn", "next page"},
      {"b PgUp", "previous page"},
      {"g G Home End", "top / bottom"},
      {"Tab Shift-Tab", "next / previous section"},
      {"1 … 9", "jump to section N of the list"},
      {"h ← Backspace", "back to the sections list (Backspace again: the library)"},
      {"l → Enter", "open the section; on a theme: filter by it"},
      {"Enter", "on a point, quote or date: the source it cites (Esc back)"},
      {"t", "pick themes (space toggles, Enter applies, c clears)"},
      {"c", "clear every filter and the search"},
      {"/", "search as you type; Enter keeps it, Esc cancels"},
      {"n N", "next / previous match"},
      {"s", "the condensed summary"},
      {"?", "this help"},
      {"Ctrl-L", "repaint the screen"},
      {"Esc", "close an overlay; clear the search"},
      {"q Ctrl-C", "quit (q closes an overlay first)"},
  };

  /** Where an overlay box goes: over the whole body, between the header and the status line. */
  static int[] box(Layout layout) {
    return new int[] {0, layout.bodyTop(), layout.columns(), layout.bodyRows()};
  }

  static int viewport(ReaderState s) {
    return Math.max(0, box(s.layout())[3] - 2);
  }

  static int textWidth(ReaderState s) {
    return Math.max(1, box(s.layout())[2] - 4);
  }

  static int maxScroll(ReaderState s) {
    return Math.max(0, lines(s).size() - viewport(s));
  }

  static String title(ReaderState s) {
    return switch (s.overlay()) {
      case HELP -> "Keys";
      case SUMMARY -> "Summary";
      case PICKER -> "Themes: space toggles, Enter applies, Esc cancels";
      case SOURCE -> SourceView.title(s);
      default -> "";
    };
  }

  /** What the right end of the box's top border says. */
  static String right(ReaderState s) {
    return s.overlay() == ReaderState.Overlay.SOURCE ? "Esc back" : "";
  }

  static List<List<Span>> lines(ReaderState s) {
    List<List<Span>> lines = new ArrayList<>();
    if (s.overlay() == ReaderState.Overlay.HELP) {
      for (String[] k : KEYS) {
        String keys = s.glyphs().text(k[0]);
        lines.add(List.of(new Span(pad(keys, 18), Role.KEY), new Span(k[1], Role.NORMAL)));
      }
    } else if (s.overlay() == ReaderState.Overlay.SUMMARY) {
      CondensedSummary summary = CondensedSummary.of(s.briefing(), s.filter(), Integer.MAX_VALUE);
      String text = TextRenderer.render(Documents.summary(summary),
          new Options(textWidth(s), s.glyphs().ascii(), Style.PLAIN));
      for (String line : text.split("\n", -1)) {
        lines.add(List.of(new Span(line, Role.NORMAL)));
      }
      if (!lines.isEmpty() && lines.get(lines.size() - 1).get(0).text().isEmpty()) {
        lines.remove(lines.size() - 1);
      }
    } else if (s.overlay() == ReaderState.Overlay.SOURCE) {
      lines.addAll(SourceView.lines(s, textWidth(s)));
    }
    return lines;
  }

  private static String pad(String s, int width) {
    return s.length() >= width ? s + " " : s + " ".repeat(width - s.length());
  }
}
