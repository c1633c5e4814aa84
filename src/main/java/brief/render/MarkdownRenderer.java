package brief.render;

import brief.core.Query;
import java.util.List;

/**
 * Blocks as CommonMark. Briefing text is sanitized and every character that CommonMark could read
 * as markup is backslash-escaped, so a title like {@code # 1. *Note*} stays text. Markdown is not
 * wrapped: renderers of markdown wrap it themselves.
 */
public final class MarkdownRenderer {
  private final Options options;
  private final StringBuilder out = new StringBuilder();
  private boolean inList;

  private MarkdownRenderer(Options options) {
    this.options = options;
  }

  public static String render(List<Block> blocks, Options options) {
    MarkdownRenderer r = new MarkdownRenderer(options);
    for (Block block : blocks) {
      r.block(block);
    }
    return r.out.toString();
  }

  private void block(Block block) {
    boolean listItem =
        block instanceof Block.Item
            || block instanceof Block.Line
            || block instanceof Block.Row
            || block instanceof Block.Field;
    if (out.length() > 0 && (!listItem || !inList)) {
      out.append('\n');
    }
    inList = listItem;
    if (block instanceof Block.Banner b) {
      line("**" + escape(b.text()) + "**");
    } else if (block instanceof Block.Title t) {
      line("# " + escape(t.text()));
    } else if (block instanceof Block.Byline b) {
      line("*" + escape(b.text()) + "*");
    } else if (block instanceof Block.Link k) {
      // Text, not a link: printed Markdown carries no link that a briefing's text could aim.
      line(escape(k.url()));
    } else if (block instanceof Block.Heading h) {
      line("## " + escape(h.text()));
    } else if (block instanceof Block.Paragraph p) {
      line(escape(p.text()));
    } else if (block instanceof Block.Item i) {
      String note = i.note().isEmpty() ? "" : " *(" + escape(i.note()) + ")*";
      line("- " + priority(i.marker()) + highlighted(i.text(), i.highlight()) + note);
    } else if (block instanceof Block.Line l) {
      line("- " + escape(l.text()));
    } else if (block instanceof Block.Row r) {
      List<String> cells = r.cells();
      StringBuilder b = new StringBuilder("- **" + escape(cells.get(0)) + "**");
      List<String> rest =
          cells.subList(1, cells.size()).stream().filter(c -> !c.isEmpty()).toList();
      for (int i = 0; i < rest.size(); i++) {
        b.append(i == 0 ? " " : " · ").append(escape(rest.get(i)));
      }
      line(b.toString());
    } else if (block instanceof Block.Quotation q) {
      line(
          "> "
              + escape(options.symbol("“"))
              + highlighted(q.text(), q.highlight())
              + escape(options.symbol("”")));
      if (!q.attribution().isEmpty()) {
        line(">");
        line("> " + escape(options.symbol("—") + " " + q.attribution()));
      }
    } else if (block instanceof Block.Field f) {
      line("  - *" + escape(f.label()) + ":* " + escape(f.value()));
    } else if (block instanceof Block.Separator) {
      line("---");
    }
  }

  /**
   * A list item's priority in words, where text output draws a glyph: a list bullet is markdown's
   * own, and a second one (a "- ●") means nothing to a markdown reader.
   */
  private static String priority(String marker) {
    return switch (marker) {
      case "●" -> "**High:** ";
      case "·" -> "*Low:* ";
      default -> "";
    };
  }

  private String highlighted(String raw, Query query) {
    String text = options.text(raw);
    List<int[]> spans = query.spans(text);
    if (spans.isEmpty()) {
      return escapeClean(text, true);
    }
    StringBuilder b = new StringBuilder();
    int at = 0;
    for (int[] span : spans) {
      b.append(escapeClean(text.substring(at, span[0]), at == 0));
      b.append("**").append(escapeClean(text.substring(span[0], span[1]), false)).append("**");
      at = span[1];
    }
    b.append(escapeClean(text.substring(at), false));
    return b.toString();
  }

  private String escape(String raw) {
    return escapeClean(options.text(raw), true);
  }

  /**
   * Backslash-escapes CommonMark's inline markup everywhere, and block markup where the text starts
   * a line ({@code lineStart}); {@code text} is already one sanitized line.
   */
  static String escapeClean(String text, boolean lineStart) {
    StringBuilder b = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ("\\`*_[]<>&|~!".indexOf(c) >= 0) {
        b.append('\\');
      } else if (lineStart && i == 0 && "#+-=>:".indexOf(c) >= 0) {
        b.append('\\');
      }
      b.append(c);
    }
    if (lineStart) {
      int digits = 0;
      while (digits < b.length() && Character.isDigit(b.charAt(digits))) {
        digits++;
      }
      if (digits > 0
          && digits < b.length()
          && (b.charAt(digits) == '.' || b.charAt(digits) == ')')) {
        b.insert(digits, '\\');
      }
    }
    return b.toString();
  }

  private void line(String s) {
    out.append(s).append('\n');
  }
}
