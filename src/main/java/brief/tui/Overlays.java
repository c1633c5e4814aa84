package brief.tui;

import brief.core.CondensedSummary;
import brief.render.Documents;
import brief.render.Options;
import brief.render.Style;
import brief.render.TextRenderer;
import brief.render.Wrap;
import brief.tui.Lines.Span;
import java.util.ArrayList;
import java.util.List;

/** The boxes drawn over the panes: help, the condensed summary, the theme picker. */
final class Overlays {
  private Overlays() {}

  /** Where an overlay box goes: over the whole body, between the header and the status line. */
  static Rect box(Layout layout) {
    return new Rect(0, layout.bodyTop(), layout.columns(), layout.bodyRows());
  }

  static int viewport(ReaderState s) {
    return Math.max(0, box(s.layout()).height() - 2);
  }

  /** The box's text, as wide as the box allows up to the reader's text column. */
  static int textWidth(ReaderState s) {
    return Math.max(1, Math.min(s.layout().maxText(), box(s.layout()).width() - 4));
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
      case PROBLEMS -> "Problems in the library";
      case CHANGES -> "Changed since you read it on " + s.read().readOn();
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
      List<Keys.Binding> bindings =
          new ArrayList<>(Keys.of(s.inLibrary() ? Keys.Mode.LIBRARY : Keys.Mode.READING));
      bindings.addAll(Keys.of(Keys.Mode.ANYWHERE));
      // The column of keys is as wide as the longest keys and marks, within a third of the box.
      int keys = 0;
      List<Keys.Binding> prompt = Keys.of(Keys.Mode.SEARCH);
      for (Keys.Binding b : concat(bindings, prompt)) {
        keys = Math.max(keys, s.glyphs().text(b.keys()).length() + 1);
      }
      for (String[] mark : Keys.LEGEND) {
        keys = Math.max(keys, s.glyphs().text(mark[0]).length() + 1);
      }
      int column = Math.max(1, Math.min(keys, textWidth(s) / 3));
      int room = Math.max(1, textWidth(s) - column);
      for (Keys.Binding b : bindings) {
        row(lines, s.glyphs().text(b.keys()), b.help(), column, room, Role.KEY);
      }
      lines.add(List.of(new Span("", Role.NORMAL)));
      lines.add(List.of(new Span("Marks", Role.HEADING)));
      for (String[] mark : Keys.LEGEND) {
        row(lines, s.glyphs().text(mark[0]), mark[1], column, room, Role.DIM);
      }
      lines.add(List.of(new Span("", Role.NORMAL)));
      lines.add(List.of(new Span("In the / prompt", Role.HEADING)));
      for (Keys.Binding b : prompt) {
        row(lines, s.glyphs().text(b.keys()), b.help(), column, room, Role.KEY);
      }
    } else if (s.overlay() == ReaderState.Overlay.SUMMARY) {
      CondensedSummary summary = CondensedSummary.of(s.view(), Integer.MAX_VALUE);
      String text =
          TextRenderer.render(
              Documents.summary(summary),
              new Options(textWidth(s), s.glyphs().ascii(), Style.PLAIN));
      for (String line : text.split("\n", -1)) {
        lines.add(List.of(new Span(line, Role.NORMAL)));
      }
      if (!lines.isEmpty() && lines.get(lines.size() - 1).get(0).text().isEmpty()) {
        lines.remove(lines.size() - 1);
      }
    } else if (s.overlay() == ReaderState.Overlay.SOURCE) {
      lines.addAll(SourceView.lines(s, textWidth(s)));
    } else if (s.overlay() == ReaderState.Overlay.CHANGES) {
      s.read().changes().ifPresent(c -> ChangesView.lines(lines, c, s.glyphs(), textWidth(s)));
    } else if (s.overlay() == ReaderState.Overlay.PROBLEMS) {
      for (String problem : s.problems()) {
        for (String line : Wrap.lines(s.glyphs().text(problem), textWidth(s))) {
          lines.add(List.of(new Span(line, Role.NORMAL)));
        }
      }
    }
    return lines;
  }

  /** One row of the help: what is pressed or seen, then what it means, wrapped under itself. */
  private static void row(
      List<List<Span>> lines, String what, String meaning, int column, int room, Role role) {
    List<String> text = Wrap.lines(meaning, room);
    lines.add(List.of(new Span(pad(what, column), role), new Span(text.get(0), Role.NORMAL)));
    for (String more : text.subList(1, text.size())) {
      lines.add(List.of(new Span(" ".repeat(column) + more, Role.NORMAL)));
    }
  }

  private static List<Keys.Binding> concat(List<Keys.Binding> a, List<Keys.Binding> b) {
    List<Keys.Binding> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  private static String pad(String s, int width) {
    return s.length() >= width ? s + " " : s + " ".repeat(width - s.length());
  }
}
