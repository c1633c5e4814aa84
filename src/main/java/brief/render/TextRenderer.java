package brief.render;

import brief.core.Query;
import java.util.List;

/**
 * Blocks as plain text for a terminal or a pipe: wrapped to the width by display width, every piece
 * of briefing text sanitized, colour only when the options allow it.
 */
public final class TextRenderer {
  private static final String INDENT = "  ";

  private final Options options;
  private final Style style;
  private final StringBuilder out = new StringBuilder();

  private TextRenderer(Options options) {
    this.options = options;
    this.style = options.style();
  }

  private int[] columns = new int[0];

  public static String render(List<Block> blocks, Options options) {
    TextRenderer r = new TextRenderer(options);
    r.columns = r.columnWidths(blocks);
    for (Block block : blocks) {
      r.block(block);
    }
    return r.out.toString();
  }

  /** The width of each table column: the widest cell of that column in any row. */
  private int[] columnWidths(List<Block> blocks) {
    int[] widths = new int[0];
    for (Block block : blocks) {
      if (block instanceof Block.Row row) {
        if (widths.length < row.cells().size()) {
          widths = java.util.Arrays.copyOf(widths, row.cells().size());
        }
        for (int i = 0; i < row.cells().size(); i++) {
          widths[i] = Math.max(widths[i], DisplayWidth.of(options.text(row.cells().get(i))));
        }
      }
    }
    return widths;
  }

  /**
   * A table row: every cell whole. The last one wraps under itself, or, when the columns before it
   * leave it too little room, under the row with a small indent: nothing is cut.
   */
  private void row(Block.Row row) {
    StringBuilder lead = new StringBuilder();
    List<String> cells = row.cells();
    for (int i = 0; i < cells.size() - 1; i++) {
      lead.append(Wrap.pad(options.text(cells.get(i)), columns[i])).append("  ");
    }
    String last = options.text(cells.get(cells.size() - 1));
    int room = options.recordRoom(DisplayWidth.of(lead.toString()));
    boolean under = room < MIN_LAST_COLUMN && DisplayWidth.of(last) > room;
    String hang = under ? INDENT + "  " : " ".repeat(DisplayWidth.of(lead.toString()));
    if (under) {
      line(lead.toString().stripTrailing());
    }
    List<int[]> ranges = Wrap.ranges(last, options.recordRoom(DisplayWidth.of(hang)), false);
    for (int k = 0; k < ranges.size(); k++) {
      line(
          (k == 0 && !under ? lead.toString() : hang)
              + last.substring(ranges.get(k)[0], ranges.get(k)[1]));
    }
  }

  /** Below this many columns left for a row's last cell, it goes under the row instead. */
  private static final int MIN_LAST_COLUMN = 24;

  private void block(Block block) {
    int width = options.ruleWidth();
    if (block instanceof Block.Banner b) {
      String text = options.text(b.text());
      String rule = options.symbol("─").repeat(Math.max(0, width - DisplayWidth.of(text) - 1));
      line(style.banner(text) + (rule.isEmpty() ? "" : " " + style.dim(rule)));
    } else if (block instanceof Block.Title t) {
      for (String l : wrapped(t.text(), "")) {
        line(style.bold(l));
      }
    } else if (block instanceof Block.Byline b) {
      for (String l : wrapped(b.text(), "")) {
        line(style.dim(l));
      }
    } else if (block instanceof Block.Link k) {
      // One line, never wrapped: a wrapped address can be neither copied nor clicked whole.
      String shown = options.text(k.url());
      line(style.link(k.url(), style.dim(shown)));
    } else if (block instanceof Block.Heading h) {
      blankLine();
      for (String l : wrapped(h.text(), "")) {
        line(style.heading(l));
      }
    } else if (block instanceof Block.Paragraph p) {
      for (String l : wrapped(p.text(), INDENT)) {
        line(INDENT + l);
      }
    } else if (block instanceof Block.Item i) {
      item(i);
    } else if (block instanceof Block.Quotation q) {
      quotation(q);
    } else if (block instanceof Block.Field f) {
      field(f);
    } else if (block instanceof Block.Row r) {
      row(r);
    } else if (block instanceof Block.Line l) {
      hanging(l.text(), INDENT, INDENT + "  ");
    } else if (block instanceof Block.Separator) {
      blankLine();
      line(style.dim(options.symbol("═").repeat(width)));
    }
  }

  /** A label and its value, nested under the list item before it. */
  private void field(Block.Field f) {
    String indent = INDENT + "  ";
    String label = options.text(f.label()) + ":";
    String text = label + " " + options.text(f.value());
    int used = indent.length() + 2;
    List<int[]> ranges =
        Wrap.ranges(text, f.record() ? options.recordRoom(used) : options.room(used), false);
    for (int k = 0; k < ranges.size(); k++) {
      int[] r = ranges.get(k);
      if (k == 0 && r[1] >= label.length()) {
        line(indent + style.bold(label) + text.substring(label.length(), r[1]));
      } else {
        line(indent + (k == 0 ? "" : "  ") + text.substring(r[0], r[1]));
      }
    }
  }

  private void item(Block.Item item) {
    String marker = options.symbol(item.marker()) + " ";
    String hang = INDENT + " ".repeat(DisplayWidth.of(marker));
    Marked marked = marked(options.text(item.text()), item.highlight());
    String text = marked.text();
    List<int[]> spans = marked.spans();
    String note = options.text(item.note());
    int room = options.room(DisplayWidth.of(hang));
    List<int[]> ranges = Wrap.ranges(text, room, false);
    for (int k = 0; k < ranges.size(); k++) {
      String prefix = k == 0 ? INDENT + marker : hang;
      String body = highlighted(text, ranges.get(k), spans);
      boolean last = k == ranges.size() - 1;
      int used = DisplayWidth.of(text.substring(ranges.get(k)[0], ranges.get(k)[1]));
      if (last && !note.isEmpty() && used + 2 + DisplayWidth.of(note) <= room) {
        line(prefix + body + "  " + style.dim(note));
        return;
      }
      line(prefix + body);
    }
    if (!note.isEmpty()) {
      for (String l : Wrap.lines(note, room, false)) {
        line(hang + style.dim(l));
      }
    }
  }

  private void quotation(Block.Quotation q) {
    String open = options.symbol("“");
    String close = options.symbol("”");
    Marked marked = marked(open + options.text(q.text()) + close, q.highlight());
    String text = marked.text();
    List<int[]> spans = marked.spans();
    String hang = INDENT + " ".repeat(DisplayWidth.of(open));
    List<int[]> ranges = Wrap.ranges(text, options.room(DisplayWidth.of(hang)), false);
    for (int k = 0; k < ranges.size(); k++) {
      line((k == 0 ? INDENT : hang) + highlighted(text, ranges.get(k), spans));
    }
    if (!q.attribution().isEmpty()) {
      String dash = options.symbol("—") + " ";
      for (String l :
          Wrap.lines(
              dash + options.text(q.attribution()), options.room(hang.length() + 2), false)) {
        line(hang + "  " + style.dim(l));
      }
    }
  }

  /** The range of {@code text}, with the parts inside {@code spans} marked. */
  private String highlighted(String text, int[] range, List<int[]> spans) {
    StringBuilder b = new StringBuilder();
    for (Highlight.Segment seg : Highlight.segments(text, range, spans)) {
      b.append(seg.matched() ? style.match(seg.text()) : seg.text());
    }
    return b.toString();
  }

  /**
   * Text with the spans a query matches, to be coloured. Without colour nothing is marked: a marker
   * inside the text would alter a verbatim quote copied from a pipe.
   */
  private record Marked(String text, List<int[]> spans) {}

  private Marked marked(String text, Query query) {
    return new Marked(text, style.color() ? query.spans(text) : List.of());
  }

  /**
   * The lines of a text wrapped to fit after {@code indent}. The caller styles them: a style passed
   * in as a method reference was a lambda linked on every run's start-up (~0.15 ms each).
   */
  private List<String> wrapped(String raw, String indent) {
    return Wrap.lines(options.text(raw), options.room(DisplayWidth.of(indent)), false);
  }

  /** Wrapped with {@code first} before the first line and {@code rest} before the others. */
  private void hanging(String raw, String first, String rest) {
    String text = options.text(raw);
    List<int[]> ranges = Wrap.ranges(text, options.room(DisplayWidth.of(rest)), false);
    for (int k = 0; k < ranges.size(); k++) {
      line((k == 0 ? first : rest) + text.substring(ranges.get(k)[0], ranges.get(k)[1]));
    }
  }

  private void blankLine() {
    int n = out.length();
    if (n > 0 && !(n >= 2 && out.charAt(n - 1) == '\n' && out.charAt(n - 2) == '\n')) {
      out.append('\n');
    }
  }

  private void line(String s) {
    out.append(s).append('\n');
  }
}
