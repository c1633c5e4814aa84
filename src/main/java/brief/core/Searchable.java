package brief.core;

import java.util.ArrayList;
import java.util.List;

/**
 * The one definition of what search looks at, used by {@code brief search}, the reader's {@code /}
 * and the library filter: a briefing's title, bottom line and tags, each section's title and
 * summary, every point, quote (text, context, speaker and the speaker's aliases), stakeholder
 * (name, role, position, interests, aliases), timeline entry (event, date) and theme label. The
 * article itself is not searched: it is what the briefing cites, not what it says. Under a theme
 * filter only what carries the theme is searched (not the briefing's own lines, section lines or
 * theme labels).
 */
public final class Searchable {
  private Searchable() {}

  /** One field of a searched thing: its name and text. */
  public record Field(String name, String text) {}

  /**
   * One thing that can match: what it is, where it is ({@code place}: the section title or the kind
   * of list; {@code section} and {@code index}, its position in the view's sections or list, -1
   * where there is none), what it belongs to ({@code owner}; {@code ownerText} is said instead when
   * the owner's own field matched), and its fields.
   */
  public record Thing(
      SearchHit.Kind kind,
      String place,
      int section,
      int index,
      String owner,
      String ownerText,
      List<Field> fields) {
    public Thing {
      fields = List.copyOf(fields);
    }
  }

  /** Every searchable thing of the view, in reading order. */
  public static List<Thing> of(BriefingView b) {
    List<Thing> things = new ArrayList<>();
    boolean whole = !b.filter().isActive();
    Briefing all = b.whole();
    if (whole) {
      things.add(thing(SearchHit.Kind.BRIEFING, "Overview", -1, -1, field("title", all.title())));
      things.add(
          thing(SearchHit.Kind.BRIEFING, "Overview", -1, -1, field("bottom line", all.summary())));
      for (String tag : all.tags()) {
        things.add(thing(SearchHit.Kind.BRIEFING, "Overview", -1, -1, field("tag", tag)));
      }
    }
    List<Section> sections = b.sections();
    for (int n = 0; n < sections.size(); n++) {
      Section s = sections.get(n);
      if (whole) {
        things.add(
            thing(SearchHit.Kind.SECTION, s.title(), n, -1, field("section title", s.title())));
        things.add(
            thing(SearchHit.Kind.SECTION, s.title(), n, -1, field("section summary", s.summary())));
      }
      for (int i = 0; i < s.points().size(); i++) {
        things.add(
            thing(SearchHit.Kind.POINT, s.title(), n, i, field("text", s.points().get(i).text())));
      }
    }
    List<Quote> quotes = b.quotes();
    for (int i = 0; i < quotes.size(); i++) {
      Quote q = quotes.get(i);
      String speaker = b.speakerName(q.speaker());
      List<Field> fields =
          new ArrayList<>(
              List.of(
                  field("text", q.text()),
                  field("context", q.context()),
                  field("speaker", speaker)));
      java.util.Optional<Stakeholder> st = b.stakeholder(q.speaker());
      for (String a : st.isPresent() ? st.get().aliases() : List.<String>of()) {
        fields.add(field("speaker alias", a));
      }
      things.add(new Thing(SearchHit.Kind.QUOTE, "Quotes", -1, i, speaker, q.text(), fields));
    }
    List<Stakeholder> people = b.stakeholders();
    for (int i = 0; i < people.size(); i++) {
      Stakeholder st = people.get(i);
      List<Field> fields =
          new ArrayList<>(
              List.of(
                  field("name", st.name()),
                  field("role", st.role()),
                  field("position", st.position())));
      for (String x : st.interests()) {
        fields.add(field("interest", x));
      }
      for (String a : st.aliases()) {
        fields.add(field("alias", a));
      }
      things.add(
          new Thing(
              SearchHit.Kind.STAKEHOLDER, "Stakeholders", -1, i, st.name(), st.role(), fields));
    }
    List<TimelineEntry> timeline = b.timeline();
    for (int i = 0; i < timeline.size(); i++) {
      TimelineEntry t = timeline.get(i);
      things.add(
          new Thing(
              SearchHit.Kind.TIMELINE,
              "Timeline",
              -1,
              i,
              t.date(),
              t.event(),
              List.of(field("event", t.event()), field("date", t.date()))));
    }
    if (whole) {
      List<Theme> themes = all.themes();
      for (int i = 0; i < themes.size(); i++) {
        Theme t = themes.get(i);
        things.add(
            new Thing(
                SearchHit.Kind.THEME,
                "Themes",
                -1,
                i,
                t.id(),
                "",
                List.of(field("label", t.label()))));
      }
    }
    return things;
  }

  /** Every searchable text of the whole briefing, one a line: what the library filter matches. */
  public static String text(Briefing b) {
    StringBuilder t = new StringBuilder();
    for (Thing thing : of(BriefingView.of(b))) {
      for (Field f : thing.fields()) {
        t.append(f.text()).append('\n');
      }
    }
    return t.toString();
  }

  private static Field field(String name, String text) {
    return new Field(name, text);
  }

  private static Thing thing(SearchHit.Kind kind, String place, int section, int index, Field f) {
    return new Thing(kind, place, section, index, "", "", List.of(f));
  }
}
