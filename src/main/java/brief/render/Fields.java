package brief.render;

import brief.core.Briefing;
import brief.core.Quote;
import brief.core.SearchHit;
import brief.core.Stakeholder;
import brief.core.Theme;
import brief.core.TimelineEntry;
import java.util.ArrayList;
import java.util.List;

/**
 * One record's values, named and in order: the one description of what a listed briefing, a quote,
 * a stakeholder, a timeline entry or a search hit holds, whether it is printed as an object of a
 * JSON document, a line of NDJSON or a row of TSV.
 */
public record Fields(List<Field> list) {
  /**
   * A value: a {@link String}, a {@link Boolean}, a list of strings or numbers, or {@link Spans}.
   */
  public record Field(String name, Object value) {}

  /** {@code [start, end)} ranges of a text, in Unicode code points. */
  public record Spans(List<int[]> ranges) {}

  public Fields {
    list = List.copyOf(list);
  }

  /** The names, in order: a TSV header. */
  public List<String> names() {
    List<String> names = new ArrayList<>();
    for (Field f : list) {
      names.add(f.name());
    }
    return names;
  }

  private static final class Builder {
    private final List<Field> fields = new ArrayList<>();

    Builder add(String name, Object value) {
      fields.add(new Field(name, value));
      return this;
    }

    Fields build() {
      return new Fields(fields);
    }
  }

  /** A briefing as {@code list} shows it. */
  public static Fields listed(Briefing b) {
    List<String> themes = new ArrayList<>();
    for (Theme t : b.themes()) {
      themes.add(t.id());
    }
    return new Builder()
        .add("id", b.id())
        .add("date", b.effectiveDate())
        .add("title", b.title())
        .add("classification", b.classification())
        .add("region", b.region())
        .add("themes", themes)
        .build();
  }

  /** A quote; {@code briefingId} first when it is not null. */
  public static Fields quote(Briefing b, Quote q, String briefingId) {
    Builder f = new Builder();
    if (briefingId != null) {
      f.add("briefing", briefingId);
    }
    return f.add("id", q.id())
        .add("text", q.text())
        .add("speaker", q.speaker())
        .add("speaker_name", b.speakerName(q.speaker()))
        .add("context", q.context())
        .add("themes", q.themes())
        .add("source", q.paragraphs())
        .add("key", q.key())
        .build();
  }

  /** A stakeholder; {@code briefingId} first when it is not null. */
  public static Fields stakeholder(Stakeholder s, String briefingId) {
    Builder f = new Builder();
    if (briefingId != null) {
      f.add("briefing", briefingId);
    }
    return f.add("id", s.id())
        .add("name", s.name())
        .add("kind", s.kind().word())
        .add("role", s.role())
        .add("affiliation", s.affiliation())
        .add("position", s.position())
        .add("interests", s.interests())
        .add("themes", s.themes())
        .add("aliases", s.aliases())
        .build();
  }

  /** A timeline entry; {@code briefingId} first when it is not null. */
  public static Fields event(TimelineEntry t, String briefingId) {
    Builder f = new Builder();
    if (briefingId != null) {
      f.add("briefing", briefingId);
    }
    return f.add("date", t.date())
        .add("event", t.event())
        .add("themes", t.themes())
        .add("source", t.paragraphs())
        .add("ref", t.ref())
        .build();
  }

  /**
   * A search hit. Its matches are counted in code points, as jq, Python and most languages count a
   * string's characters (Java's own offsets are UTF-16 units).
   */
  public static Fields hit(SearchHit h) {
    List<int[]> matches = new ArrayList<>();
    String text = h.text();
    for (int[] span : h.spans()) {
      matches.add(new int[] {text.codePointCount(0, span[0]), text.codePointCount(0, span[1])});
    }
    return new Builder()
        .add("briefing", h.briefingId())
        .add("kind", h.kind().word())
        .add("section", h.place())
        .add("field", h.field())
        .add("text", h.text())
        .add("detail", h.detail())
        .add("via", h.via())
        .add("matches", new Spans(matches))
        .build();
  }
}
