package brief.render;

import brief.core.Query;

/**
 * A piece of printed output, independent of the format it is printed in: the same blocks become
 * wrapped text or CommonMark. Text in blocks is untrusted and raw; renderers sanitize.
 */
public sealed interface Block {
  /** The classification banner. */
  record Banner(String text) implements Block {}

  /** The document's title. */
  record Title(String text) implements Block {}

  /** A secondary line under a title: date, source, author. */
  record Byline(String text) implements Block {}

  /** The address of the article a briefing is drawn from: one line, a hyperlink where it can be. */
  record Link(String url) implements Block {}

  /** A heading inside the document. */
  record Heading(String text) implements Block {}

  /** A plain paragraph, wrapped to the width. */
  record Paragraph(String text) implements Block {}

  /**
   * A list item: a marker (● high, ○ normal, · low, • plain), the text, and a trailing note
   * (themes, paragraph numbers) shown dimmed. What {@code highlight} matches in the text is marked,
   * as a search result.
   */
  record Item(String marker, String text, String note, Query highlight) implements Block {
    public Item(String marker, String text, String note) {
      this(marker, text, note, Query.NONE);
    }
  }

  /** A quotation with its attribution. */
  record Quotation(String text, String attribution, Query highlight) implements Block {
    public Quotation(String text, String attribution) {
      this(text, attribution, Query.NONE);
    }
  }

  /**
   * A label and its value, as in {@code Role: President}; a {@code record} field (a line of {@code
   * list --long}) is, like a row, never wrapped in a pipe.
   */
  record Field(String label, String value, boolean record) implements Block {
    public Field(String label, String value) {
      this(label, value, false);
    }
  }

  /**
   * A row of a table: cells in columns aligned across the consecutive rows; the last cell is cut
   * with an ellipsis when the row is wider than the page.
   */
  record Row(java.util.List<String> cells) implements Block {
    public Row {
      cells = java.util.List.copyOf(cells);
    }
  }

  /** One line; wider than the page, it wraps under itself, indented: no word is ever cut. */
  record Line(String text) implements Block {}

  /** Separates two documents printed one after another. */
  record Separator() implements Block {}
}
