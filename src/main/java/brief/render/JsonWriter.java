package brief.render;

import brief.core.Briefing;
import brief.core.CondensedSummary;
import brief.core.Point;
import brief.core.Quote;
import brief.core.Section;
import brief.core.Source;
import brief.core.Stakeholder;
import brief.core.Theme;
import brief.core.TimelineEntry;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * JSON output through Jackson's streaming generator, in the shapes documented in
 * {@code docs/json.md}. Field names follow the briefing format. Control characters (C0, DEL,
 * C1) and bidi controls are written as {@code \}{@code uXXXX} escapes, so the JSON is safe to
 * print on a terminal; every other character is written as itself (UTF-8).
 */
public final class JsonWriter implements AutoCloseable {
  /** Bumped only for a breaking change of a shape; additions keep the number. */
  public static final int SCHEMA = 1;

  private static final JsonFactory FACTORY = new JsonFactory();

  private final JsonGenerator g;

  public JsonWriter(Writer out) {
    this(out, false);
  }

  /** With {@code ascii}, every non-ASCII character is written as a {@code \}{@code uXXXX} escape. */
  public JsonWriter(Writer out, boolean ascii) {
    try {
      g = FACTORY.createGenerator(out);
      g.setCharacterEscapes(new SafeEscapes());
      if (ascii) {
        g.enable(JsonGenerator.Feature.ESCAPE_NON_ASCII);
      }
      DefaultPrettyPrinter pretty = new DefaultPrettyPrinter()
          .withObjectIndenter(new DefaultIndenter("  ", "\n"))
          .withArrayIndenter(new DefaultIndenter("  ", "\n"));
      g.setPrettyPrinter(pretty);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A generator for the shapes this class does not write itself. */
  public JsonGenerator generator() {
    return g;
  }

  /** Writes one document: opens the top-level object with the schema number, then {@code body}. */
  public static void document(Writer out, boolean ascii, Body body) {
    try (JsonWriter w = new JsonWriter(out, ascii)) {
      w.g.writeStartObject();
      w.g.writeNumberField("schema", SCHEMA);
      body.write(w);
      w.g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The fields of a document after {@code schema}. */
  @FunctionalInterface
  public interface Body {
    void write(JsonWriter w) throws IOException;
  }

  public void summaries(List<CondensedSummary> summaries) throws IOException {
    g.writeArrayFieldStart("summaries");
    for (CondensedSummary s : summaries) {
      summary(s);
    }
    g.writeEndArray();
  }

  /** {@code briefings}: id, date, title, classification, region and theme ids of each. */
  public void list(List<Briefing> briefings) throws IOException {
    g.writeArrayFieldStart("briefings");
    for (Briefing b : briefings) {
      g.writeStartObject();
      g.writeStringField("id", b.id());
      g.writeStringField("date", b.effectiveDate());
      g.writeStringField("title", b.title());
      g.writeStringField("classification", b.classification());
      g.writeStringField("region", b.region());
      strings("themes", b.themes().stream().map(Theme::id).toList());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  public void section(Section s) throws IOException {
    g.writeObjectFieldStart("section");
    g.writeStringField("id", s.id());
    g.writeStringField("title", s.title());
    g.writeStringField("summary", s.summary());
    g.writeArrayFieldStart("points");
    for (Point p : s.points()) {
      point(p, null);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  public void themeCounts(List<brief.core.ThemeCount> counts) throws IOException {
    g.writeArrayFieldStart("themes");
    for (brief.core.ThemeCount c : counts) {
      g.writeStartObject();
      g.writeStringField("id", c.theme().id());
      g.writeStringField("label", c.theme().label());
      g.writeStringField("description", c.theme().description());
      g.writeNumberField("points", c.points());
      g.writeNumberField("quotes", c.quotes());
      g.writeNumberField("stakeholders", c.stakeholders());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  /** Search hits, each with the [start, end) character ranges of its text that matched. */
  public void hits(brief.core.Query query, List<brief.core.SearchHit> hits) throws IOException {
    g.writeStringField("query", query.raw());
    strings("terms", query.terms());
    g.writeArrayFieldStart("hits");
    for (brief.core.SearchHit h : hits) {
      g.writeStartObject();
      g.writeStringField("briefing", h.briefingId());
      g.writeStringField("kind", h.kind().word());
      g.writeStringField("section", h.place());
      g.writeStringField("text", h.text());
      g.writeStringField("detail", h.detail());
      g.writeArrayFieldStart("matches");
      for (int[] span : query.spans(h.text())) {
        g.writeStartArray();
        g.writeNumber(span[0]);
        g.writeNumber(span[1]);
        g.writeEndArray();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private void summary(CondensedSummary s) throws IOException {
    Briefing b = s.briefing();
    g.writeStartObject();
    heading(b);
    g.writeStringField("summary", b.summary());
    strings("filter", List.copyOf(s.filter().themeIds()));
    g.writeArrayFieldStart("points");
    for (CondensedSummary.SectionPoint sp : s.points()) {
      point(sp.point(), sp.section());
    }
    g.writeEndArray();
    g.writeArrayFieldStart("quotes");
    for (Quote q : s.keyQuotes()) {
      quote(b, q, null);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("stakeholders");
    for (Stakeholder st : s.stakeholders()) {
      g.writeStartObject();
      g.writeStringField("id", st.id());
      g.writeStringField("name", st.name());
      g.writeStringField("kind", st.kind().word());
      g.writeStringField("role", st.role());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  /** id, title, date, classification, region and source: the fields that name a briefing. */
  public void heading(Briefing b) throws IOException {
    g.writeStringField("id", b.id());
    g.writeStringField("title", b.title());
    g.writeStringField("date", b.effectiveDate());
    g.writeStringField("classification", b.classification());
    g.writeStringField("region", b.region());
    source(b.source());
  }

  private void source(Source s) throws IOException {
    g.writeObjectFieldStart("source");
    g.writeStringField("author", s.author());
    g.writeStringField("outlet", s.outlet());
    g.writeStringField("title", s.title());
    g.writeStringField("url", s.url());
    g.writeStringField("kind", s.kind());
    g.writeStringField("published", s.published());
    g.writeStringField("text", s.textPath());
    g.writeEndObject();
  }

  /** The whole briefing, every field of the format. */
  public void briefing(Briefing b) throws IOException {
    g.writeStartObject();
    g.writeStringField("format", "briefing/1");
    heading(b);
    strings("tags", b.tags());
    g.writeStringField("summary", b.summary());
    g.writeArrayFieldStart("themes");
    for (Theme t : b.themes()) {
      theme(t);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("sections");
    for (Section s : b.sections()) {
      g.writeStartObject();
      g.writeStringField("id", s.id());
      g.writeStringField("title", s.title());
      g.writeStringField("summary", s.summary());
      g.writeArrayFieldStart("points");
      for (Point p : s.points()) {
        point(p, null);
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("quotes");
    for (Quote q : b.quotes()) {
      quote(b, q, null);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("stakeholders");
    for (Stakeholder s : b.stakeholders()) {
      stakeholder(s);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("timeline");
    for (TimelineEntry t : b.timeline()) {
      event(t);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  public void theme(Theme t) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", t.id());
    g.writeStringField("label", t.label());
    g.writeStringField("description", t.description());
    g.writeEndObject();
  }

  /** A point; {@code section} (its section's title) is written when not null. */
  public void point(Point p, String section) throws IOException {
    g.writeStartObject();
    if (section != null) {
      g.writeStringField("section", section);
    }
    g.writeStringField("text", p.text());
    g.writeStringField("priority", p.priority().word());
    strings("themes", p.themes());
    numbers("source", p.paragraphs());
    g.writeEndObject();
  }

  /** A quote with its speaker's name; {@code briefingId} is written when not null. */
  public void quote(Briefing b, Quote q, String briefingId) throws IOException {
    g.writeStartObject();
    if (briefingId != null) {
      g.writeStringField("briefing", briefingId);
    }
    g.writeStringField("id", q.id());
    g.writeStringField("text", q.text());
    g.writeStringField("speaker", q.speaker());
    g.writeStringField("speaker_name", b.speakerName(q.speaker()));
    g.writeStringField("context", q.context());
    strings("themes", q.themes());
    numbers("source", q.paragraphs());
    g.writeBooleanField("key", q.key());
    g.writeEndObject();
  }

  public void stakeholder(Stakeholder s) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", s.id());
    g.writeStringField("name", s.name());
    g.writeStringField("kind", s.kind().word());
    g.writeStringField("role", s.role());
    g.writeStringField("affiliation", s.affiliation());
    g.writeStringField("position", s.position());
    strings("interests", s.interests());
    strings("themes", s.themes());
    strings("aliases", s.aliases());
    g.writeEndObject();
  }

  public void event(TimelineEntry t) throws IOException {
    g.writeStartObject();
    g.writeStringField("date", t.date());
    g.writeStringField("event", t.event());
    strings("themes", t.themes());
    g.writeEndObject();
  }

  public void strings(String name, List<String> values) throws IOException {
    g.writeArrayFieldStart(name);
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }

  private void numbers(String name, List<Integer> values) throws IOException {
    g.writeArrayFieldStart(name);
    for (int v : values) {
      g.writeNumber(v);
    }
    g.writeEndArray();
  }

  @Override
  public void close() throws IOException {
    g.writeRaw('\n');
    g.flush();
  }

  /** Escapes DEL, C1 and bidi controls besides the C0 controls that JSON itself requires. */
  private static final class SafeEscapes extends CharacterEscapes {
    private final int[] ascii;

    SafeEscapes() {
      ascii = standardAsciiEscapesForJSON();
      ascii[0x7f] = ESCAPE_STANDARD;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return ascii;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      if ((ch >= 0x80 && ch <= 0x9f) || Sanitizer.isBidiControl(ch)) {
        return new com.fasterxml.jackson.core.io.SerializedString(String.format("\\u%04x", ch));
      }
      return null;
    }
  }
}
