package brief.render;

import brief.core.Changes;
import brief.core.Statement;
import brief.core.WordDiff;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * What changed between two versions of a briefing, for {@code brief diff}: text, markdown, one JSON
 * document, or NDJSON (one object per changed statement). The shapes are in docs/json.md; briefing
 * text is untrusted and is sanitized (text, markdown) or escaped (JSON) like every other output.
 */
public final class ChangesOutput {
  private static final JsonFactory FACTORY = new JsonFactory();

  private ChangesOutput() {}

  /** "2 added, 1 removed, 3 changed", or "no changes". */
  public static String counts(Changes c) {
    if (c.isEmpty()) {
      return "no changes";
    }
    return c.added().size()
        + " added, "
        + c.removed().size()
        + " removed, "
        + c.changed().size()
        + " changed";
  }

  public static String text(String before, String after, Changes c, Options o) {
    StringBuilder b = new StringBuilder();
    b.append(o.text(before)).append(o.symbol(" → ")).append(o.text(after)).append(": ");
    b.append(counts(c)).append('\n');
    for (Changes.Change ch : c.changed()) {
      b.append('\n').append(heading("changed", ch.after(), o));
      if (ch.moved()) {
        b.append(" (moved from ").append(o.text(ch.before().where())).append(')');
      }
      b.append('\n');
      wrapped(b, "  - ", ch.before().text(), o);
      wrapped(b, "  + ", ch.after().text(), o);
      lines(
          b,
          "  ~ ",
          marked(WordDiff.of(ch.before().text(), ch.after().text()), o, "[-", "-]", "{+", "+}"),
          o);
    }
    for (Statement s : c.added()) {
      b.append('\n').append(heading("added", s, o)).append('\n');
      wrapped(b, "  + ", s.text(), o);
    }
    for (Statement s : c.removed()) {
      b.append('\n').append(heading("removed", s, o)).append('\n');
      wrapped(b, "  - ", s.text(), o);
    }
    return b.toString();
  }

  private static String heading(String change, Statement s, Options o) {
    return change + " " + s.kind().label() + where(s, o);
  }

  private static String where(Statement s, Options o) {
    boolean named = s.kind() != Statement.Kind.TITLE && s.kind() != Statement.Kind.SUMMARY;
    return named && !s.where().isEmpty() ? " (" + o.text(s.where()) + ")" : "";
  }

  private static void wrapped(StringBuilder b, String lead, String raw, Options o) {
    lines(b, lead, o.text(raw), o);
  }

  /** {@code shown} (already safe) wrapped under {@code lead}. */
  private static void lines(StringBuilder b, String lead, String shown, Options o) {
    String indent = " ".repeat(lead.length());
    List<String> lines = Wrap.lines(shown, Math.max(10, o.width() - lead.length()));
    for (int i = 0; i < lines.size(); i++) {
      b.append(i == 0 ? lead : indent).append(lines.get(i)).append('\n');
    }
  }

  /** The word diff in one line, removed and added words between the given marks. */
  private static String marked(
      List<WordDiff.Piece> pieces,
      Options o,
      String delOpen,
      String delClose,
      String addOpen,
      String addClose) {
    StringBuilder b = new StringBuilder();
    for (WordDiff.Piece p : pieces) {
      if (b.length() > 0) {
        b.append(' ');
      }
      String t = o.text(p.text());
      switch (p.op()) {
        case SAME -> b.append(t);
        case REMOVED -> b.append(delOpen).append(t).append(delClose);
        case ADDED -> b.append(addOpen).append(t).append(addClose);
      }
    }
    return b.toString();
  }

  public static String markdown(String before, String after, Changes c, Options o) {
    StringBuilder b = new StringBuilder();
    b.append("# Changes: ")
        .append(md(before, o))
        .append(o.symbol(" → "))
        .append(md(after, o))
        .append("\n\n")
        .append(counts(c).substring(0, 1).toUpperCase(java.util.Locale.ROOT))
        .append(counts(c).substring(1))
        .append(".\n");
    if (!c.changed().isEmpty()) {
      b.append("\n## Changed\n\n");
      for (Changes.Change ch : c.changed()) {
        b.append("- **")
            .append(ch.after().kind().label())
            .append("**")
            .append(mdWhere(ch.after(), o));
        if (ch.moved()) {
          b.append(" (moved from ").append(md(ch.before().where(), o)).append(')');
        }
        b.append(": ");
        StringBuilder words = new StringBuilder();
        for (WordDiff.Piece p : WordDiff.of(ch.before().text(), ch.after().text())) {
          if (words.length() > 0) {
            words.append(' ');
          }
          String t = MarkdownRenderer.escapeClean(o.text(p.text()), false);
          switch (p.op()) {
            case SAME -> words.append(t);
            case REMOVED -> words.append("~~").append(t).append("~~");
            case ADDED -> words.append("**").append(t).append("**");
          }
        }
        b.append(words).append('\n');
      }
    }
    list(b, "Added", c.added(), o);
    list(b, "Removed", c.removed(), o);
    return b.toString();
  }

  private static void list(StringBuilder b, String title, List<Statement> items, Options o) {
    if (items.isEmpty()) {
      return;
    }
    b.append("\n## ").append(title).append("\n\n");
    for (Statement s : items) {
      b.append("- **").append(s.kind().label()).append("**").append(mdWhere(s, o)).append(": ");
      b.append(md(s.text(), o)).append('\n');
    }
  }

  private static String md(String raw, Options o) {
    return MarkdownRenderer.escapeClean(o.text(raw), false);
  }

  private static String mdWhere(Statement s, Options o) {
    boolean named = s.kind() != Statement.Kind.TITLE && s.kind() != Statement.Kind.SUMMARY;
    return named && !s.where().isEmpty() ? " (" + md(s.where(), o) + ")" : "";
  }

  /** One JSON document: {@code before}, {@code after}, and the three lists. */
  public static String json(String before, String after, Changes c, boolean ascii) {
    return write(
        ascii,
        true,
        g -> {
          g.writeStartObject();
          g.writeNumberField("schema", JsonWriter.SCHEMA);
          g.writeStringField("before", before);
          g.writeStringField("after", after);
          g.writeArrayFieldStart("changed");
          for (Changes.Change ch : c.changed()) {
            change(g, ch);
          }
          g.writeEndArray();
          g.writeArrayFieldStart("added");
          for (Statement s : c.added()) {
            statement(g, null, s);
          }
          g.writeEndArray();
          g.writeArrayFieldStart("removed");
          for (Statement s : c.removed()) {
            statement(g, null, s);
          }
          g.writeEndArray();
          g.writeEndObject();
          g.writeRaw('\n');
        });
  }

  /** One line per changed statement, each a JSON object with its {@code change}. */
  public static String ndjson(Changes c, boolean ascii) {
    return write(
        ascii,
        false,
        g -> {
          for (Changes.Change ch : c.changed()) {
            change(g, ch);
            g.writeRaw('\n');
          }
          for (Statement s : c.added()) {
            statement(g, "added", s);
            g.writeRaw('\n');
          }
          for (Statement s : c.removed()) {
            statement(g, "removed", s);
            g.writeRaw('\n');
          }
        });
  }

  private interface Body {
    void write(JsonGenerator g) throws IOException;
  }

  private static String write(boolean ascii, boolean pretty, Body body) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.setCharacterEscapes(new JsonWriter.SafeEscapes());
      if (ascii) {
        g.enable(JsonGenerator.Feature.ESCAPE_NON_ASCII);
      }
      if (pretty) {
        g.setPrettyPrinter(
            new com.fasterxml.jackson.core.util.DefaultPrettyPrinter()
                .withObjectIndenter(new com.fasterxml.jackson.core.util.DefaultIndenter("  ", "\n"))
                .withArrayIndenter(
                    new com.fasterxml.jackson.core.util.DefaultIndenter("  ", "\n")));
      } else {
        g.setRootValueSeparator(null);
      }
      body.write(g);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static void statement(JsonGenerator g, String change, Statement s) throws IOException {
    g.writeStartObject();
    if (change != null) {
      g.writeStringField("change", change);
    }
    fields(g, s);
    g.writeStringField("text", s.text());
    g.writeEndObject();
  }

  private static void change(JsonGenerator g, Changes.Change ch) throws IOException {
    g.writeStartObject();
    g.writeStringField("change", "changed");
    fields(g, ch.after());
    g.writeStringField("before", ch.before().text());
    g.writeStringField("after", ch.after().text());
    g.writeBooleanField("moved", ch.moved());
    g.writeStringField("moved_from", ch.moved() ? ch.before().where() : "");
    g.writeArrayFieldStart("words");
    for (WordDiff.Piece p : WordDiff.of(ch.before().text(), ch.after().text())) {
      g.writeStartObject();
      g.writeStringField("op", p.op().name().toLowerCase(java.util.Locale.ROOT));
      g.writeStringField("text", p.text());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void fields(JsonGenerator g, Statement s) throws IOException {
    g.writeStringField("kind", s.kind().word());
    g.writeStringField("key", s.key());
    g.writeStringField("where", s.where());
  }
}
