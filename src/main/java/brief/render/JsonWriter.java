package brief.render;

import brief.core.Briefing;
import brief.core.BriefingView;
import brief.core.CondensedSummary;
import brief.core.Diagnostic;
import brief.core.FileReport;
import brief.core.Point;
import brief.core.Quote;
import brief.core.QuotesOf;
import brief.core.Section;
import brief.core.Source;
import brief.core.Stakeholder;
import brief.core.Theme;
import brief.core.TimelineEntry;
import brief.core.UnsafeText;
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

// Over 300 lines: every JSON shape of docs/json.md in one class, on purpose (JsonShapeTest checks
// them).
/**
 * JSON output through Jackson's streaming generator, in the shapes documented in {@code
 * docs/json.md}. Field names follow the briefing format. Control characters (C0, DEL, C1) and bidi
 * controls are written as {@code \}{@code uXXXX} escapes, so the JSON is safe to print on a
 * terminal; every other character is written as itself (UTF-8).
 */
public final class JsonWriter implements AutoCloseable {
  /** Bumped only for a breaking change of a shape; additions keep the number. */
  public static final int SCHEMA = 2;

  private static final JsonFactory FACTORY = new JsonFactory();

  private final JsonGenerator g;

  public JsonWriter(Writer out) {
    this(out, false);
  }

  /**
   * With {@code ascii}, every non-ASCII character is written as a {@code \}{@code uXXXX} escape.
   */
  public JsonWriter(Writer out, boolean ascii) {
    try {
      g = FACTORY.createGenerator(out);
      g.setCharacterEscapes(new SafeEscapes());
      if (ascii) {
        g.enable(JsonGenerator.Feature.ESCAPE_NON_ASCII);
      }
      DefaultPrettyPrinter pretty =
          new DefaultPrettyPrinter()
              .withObjectIndenter(new DefaultIndenter("  ", "\n"))
              .withArrayIndenter(new DefaultIndenter("  ", "\n"));
      g.setPrettyPrinter(pretty);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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
    array("summaries", summaries, this::summary);
  }

  /** {@code briefings}: id, date, title, classification, region and theme ids of each. */
  public void list(List<Briefing> briefings) throws IOException {
    array("briefings", briefings, b -> object(Fields.listed(b)));
  }

  /**
   * {@code show}: with no section, {@code briefing} is the whole briefing; with one, {@code
   * briefing} is its id and {@code section} the section; with {@code sources}, {@code
   * source_paragraphs} too.
   */
  public void show(BriefingView v, Section only, boolean sources) throws IOException {
    if (only == null) {
      g.writeFieldName("briefing");
      briefing(v);
    } else {
      text("briefing", v.id());
      section(only);
    }
    if (sources) {
      sourceParagraphs(v.whole());
    }
  }

  /**
   * {@code show ID PART}: {@code briefing} (its id) and the part in the shape of the command that
   * prints it ({@code quotes}, {@code stakeholders}, {@code themes}), or {@code timeline} or {@code
   * source_paragraphs}.
   */
  public void part(BriefingView v, Documents.Part part) throws IOException {
    switch (part) {
      case OVERVIEW -> {
        Briefing b = v.whole();
        CondensedSummary s = CondensedSummary.of(BriefingView.of(b), Integer.MAX_VALUE);
        text("briefing", b.id());
        text("summary", b.summary());
        array("points", s.points(), sp -> point(sp.point(), sp.section()));
        array("quotes", s.keyQuotes(), q -> quote(b, q, null));
      }
      case QUOTES -> {
        text("briefing", v.id());
        quotes(List.of(new QuotesOf(v, v.quotes())));
      }
      case STAKEHOLDERS -> stakeholders(v);
      case THEMES -> themes(v.whole(), brief.core.ThemeCount.of(v));
      case TIMELINE -> {
        text("briefing", v.id());
        array("timeline", v.timeline(), this::event);
      }
      case SOURCE -> {
        text("briefing", v.id());
        sourceParagraphs(v.whole());
      }
    }
  }

  /** {@code quotes}: every quote found, each with the id of its briefing. */
  public void quotes(List<QuotesOf> found) throws IOException {
    g.writeArrayFieldStart("quotes");
    for (QuotesOf q : found) {
      for (Quote quote : q.quotes()) {
        quote(q.briefing().whole(), quote, q.briefing().id());
      }
    }
    g.writeEndArray();
  }

  /** The fields of one briefing's document. */
  @FunctionalInterface
  public interface PerBriefing<T> {
    void write(T b) throws IOException;
  }

  /**
   * One briefing's fields as they are; for several, {@code briefings}: a list of objects, each
   * holding what the document of one briefing holds.
   */
  public <T> void each(List<T> briefings, PerBriefing<T> fields) throws IOException {
    if (briefings.size() == 1) {
      fields.write(briefings.get(0));
      return;
    }
    g.writeArrayFieldStart("briefings");
    for (T b : briefings) {
      g.writeStartObject();
      fields.write(b);
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  /** {@code briefing} (its id) and its {@code stakeholders}. */
  public void stakeholders(BriefingView v) throws IOException {
    text("briefing", v.id());
    array("stakeholders", v.stakeholders(), this::stakeholder);
  }

  /** {@code briefing} (its id) and its {@code themes} with their counts. */
  public void themes(Briefing b, List<brief.core.ThemeCount> counts) throws IOException {
    text("briefing", b.id());
    themeCounts(counts);
  }

  /** {@code validate}: whether every file is valid, and each file's errors and warnings. */
  public void validation(List<FileReport> files) throws IOException {
    g.writeBooleanField("valid", files.stream().allMatch(FileReport::valid));
    g.writeArrayFieldStart("files");
    for (FileReport f : files) {
      g.writeStartObject();
      text("file", f.file());
      g.writeBooleanField("valid", f.valid());
      if (f.briefing() != null) {
        text("id", f.briefing().id());
        g.writeBooleanField("fidelity_checked", f.fidelityChecked());
      }
      array("errors", f.errors(), this::problem);
      array("warnings", f.warnings(), this::problem);
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private void problem(Diagnostic p) throws IOException {
    g.writeStartObject();
    g.writeNumberField("line", p.line());
    g.writeNumberField("column", p.column());
    text("message", p.message());
    g.writeEndObject();
  }

  private void section(Section s) throws IOException {
    g.writeObjectFieldStart("section");
    text("id", s.id());
    text("title", s.title());
    text("summary", s.summary());
    array("points", s.points(), p -> point(p, null));
    g.writeEndObject();
  }

  private void themeCounts(List<brief.core.ThemeCount> counts) throws IOException {
    g.writeArrayFieldStart("themes");
    for (brief.core.ThemeCount c : counts) {
      g.writeStartObject();
      text("id", c.theme().id());
      text("label", c.theme().label());
      text("description", c.theme().description());
      g.writeNumberField("points", c.points());
      g.writeNumberField("quotes", c.quotes());
      g.writeNumberField("stakeholders", c.stakeholders());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  /**
   * Search hits, each with the field that matched and the [start, end) character ranges of its text
   * that matched.
   */
  public void hits(brief.core.Query query, List<brief.core.SearchHit> hits) throws IOException {
    text("query", query.raw());
    strings("terms", query.terms());
    array("hits", hits, h -> object(Fields.hit(h)));
  }

  private void summary(CondensedSummary s) throws IOException {
    Briefing b = s.view().whole();
    g.writeStartObject();
    heading(b);
    text("summary", b.summary());
    strings("filter", List.copyOf(s.view().filter().themeIds()));
    array("points", s.points(), sp -> point(sp.point(), sp.section()));
    array("quotes", s.keyQuotes(), q -> quote(b, q, null));
    g.writeArrayFieldStart("stakeholders");
    for (Stakeholder st : s.stakeholders()) {
      g.writeStartObject();
      text("id", st.id());
      text("name", st.name());
      text("kind", st.kind().word());
      text("role", st.role());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  /** id, title, date, classification, region and source: the fields that name a briefing. */
  private void heading(Briefing b) throws IOException {
    text("id", b.id());
    text("title", b.title());
    text("date", b.effectiveDate());
    text("classification", b.classification());
    text("region", b.region());
    source(b.source());
  }

  private void source(Source s) throws IOException {
    g.writeObjectFieldStart("source");
    text("author", s.author());
    text("outlet", s.outlet());
    text("title", s.title());
    text("url", s.url());
    text("kind", s.kind());
    text("published", s.published());
    text("text", s.textPath());
    g.writeEndObject();
  }

  /** The whole briefing, every field of the format. */
  private void briefing(BriefingView v) throws IOException {
    Briefing b = v.whole();
    g.writeStartObject();
    text("format", "briefing/1");
    heading(b);
    strings("tags", b.tags());
    text("summary", b.summary());
    array("themes", b.themes(), this::theme);
    g.writeArrayFieldStart("sections");
    for (Section s : v.sections()) {
      g.writeStartObject();
      text("id", s.id());
      text("title", s.title());
      text("summary", s.summary());
      array("points", s.points(), p -> point(p, null));
      g.writeEndObject();
    }
    g.writeEndArray();
    array("quotes", v.quotes(), q -> quote(b, q, null));
    array("stakeholders", v.stakeholders(), this::stakeholder);
    array("timeline", v.timeline(), this::event);
    g.writeEndObject();
  }

  /**
   * {@code source_paragraphs}: the source text's paragraphs, in order, so that each {@code source}
   * number can be looked up (number N is element N - 1); empty without a source text.
   */
  private void sourceParagraphs(Briefing b) throws IOException {
    strings("source_paragraphs", b.source().paragraphs());
  }

  private void theme(Theme t) throws IOException {
    g.writeStartObject();
    text("id", t.id());
    text("label", t.label());
    text("description", t.description());
    g.writeEndObject();
  }

  /** A point; {@code section} (its section's title) is written when not null. */
  private void point(Point p, String section) throws IOException {
    g.writeStartObject();
    if (section != null) {
      text("section", section);
    }
    text("id", p.id());
    text("text", p.text());
    text("priority", p.priority().word());
    strings("themes", p.themes());
    numbers("source", p.paragraphs());
    text("basis", p.basis().word());
    text("speaker", p.speaker());
    text("ref", p.ref());
    g.writeEndObject();
  }

  /** A quote with its speaker's name; {@code briefingId} is written when not null. */
  private void quote(Briefing b, Quote q, String briefingId) throws IOException {
    object(Fields.quote(b, q, briefingId));
  }

  private void stakeholder(Stakeholder s) throws IOException {
    object(Fields.stakeholder(s, null));
  }

  private void event(TimelineEntry t) throws IOException {
    object(Fields.event(t, null));
  }

  /** {@code timeline}: the entries given, each with the id of its briefing. */
  public void timeline(List<Fields> entries) throws IOException {
    array("timeline", entries, this::object);
  }

  /** A record as an object: each value as its JSON type. */
  private void object(Fields fields) throws IOException {
    g.writeStartObject();
    for (Fields.Field f : fields.list()) {
      Object v = f.value();
      if (v instanceof String text) {
        text(f.name(), text);
      } else if (v instanceof Boolean flag) {
        g.writeBooleanField(f.name(), flag);
      } else if (v instanceof Fields.Spans spans) {
        array(
            f.name(),
            spans.ranges(),
            span -> {
              g.writeStartArray();
              g.writeNumber(span[0]);
              g.writeNumber(span[1]);
              g.writeEndArray();
            });
      } else if (v instanceof List<?> list) {
        array(f.name(), list, this::element);
      } else {
        throw new IllegalArgumentException(f.name() + ": " + v);
      }
    }
    g.writeEndObject();
  }

  private void element(Object v) throws IOException {
    if (v instanceof Integer n) {
      g.writeNumber(n);
    } else {
      g.writeString(Sanitizer.wellFormed(String.valueOf(v)));
    }
  }

  /**
   * NDJSON: each record as one JSON object on its own line, with the same fields as the JSON
   * document's objects; no schema line, so that every line is a record.
   */
  public static void lines(Writer out, boolean ascii, List<Fields> records) {
    try {
      JsonGenerator g = FACTORY.createGenerator(out);
      g.setCharacterEscapes(new SafeEscapes());
      if (ascii) {
        g.enable(JsonGenerator.Feature.ESCAPE_NON_ASCII);
      }
      g.setPrettyPrinter(new com.fasterxml.jackson.core.util.MinimalPrettyPrinter("\n"));
      JsonWriter w = new JsonWriter(g);
      for (Fields r : records) {
        w.object(r);
      }
      if (!records.isEmpty()) {
        g.writeRaw('\n');
      }
      g.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private JsonWriter(JsonGenerator g) {
    this.g = g;
  }

  /** A string field; lone surrogates (not characters) become U+FFFD, everything else as is. */
  private void text(String name, String value) throws IOException {
    g.writeStringField(name, Sanitizer.wellFormed(value));
  }

  /** A field holding an array, one element written by {@code item} for each value. */
  private <T> void array(String name, List<T> values, Item<T> item) throws IOException {
    g.writeArrayFieldStart(name);
    for (T v : values) {
      item.write(v);
    }
    g.writeEndArray();
  }

  @FunctionalInterface
  private interface Item<T> {
    void write(T value) throws IOException;
  }

  private void strings(String name, List<String> values) throws IOException {
    array(name, values, v -> g.writeString(Sanitizer.wellFormed(v)));
  }

  private void numbers(String name, List<Integer> values) throws IOException {
    array(name, values, g::writeNumber);
  }

  @Override
  public void close() throws IOException {
    g.writeRaw('\n');
    g.flush();
  }

  /** Escapes DEL, C1 and bidi controls besides the C0 controls that JSON itself requires. */
  static final class SafeEscapes extends CharacterEscapes {
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
      if (UnsafeText.isUnsafe(ch)) {
        return new com.fasterxml.jackson.core.io.SerializedString(String.format("\\u%04x", ch));
      }
      return null;
    }
  }
}
