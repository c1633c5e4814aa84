package brief.tui;

import brief.core.Basis;
import brief.core.Briefing;
import brief.core.BriefingView;
import brief.core.ClaimLabel;
import brief.core.CondensedSummary;
import brief.core.Point;
import brief.core.Priority;
import brief.core.Query;
import brief.core.Quote;
import brief.core.Section;
import brief.core.Stakeholder;
import brief.core.Theme;
import brief.core.ThemeCount;
import brief.core.ThemeFilter;
import brief.core.TimelineEntry;
import brief.render.Documents;
import brief.render.Wrap;
import java.util.ArrayList;
import java.util.List;

/** The entries of the sections pane for a briefing under a theme filter. */
public final class Contents {
  private Contents() {}

  public static List<Entry> of(BriefingView b, Glyphs g) {
    Briefing original = b.whole();
    ThemeFilter filter = b.filter();
    List<Entry> entries = new ArrayList<>();
    entries.add(overview(b, g));
    for (Section s : b.sections()) {
      List<Item> items = s.points().stream().map(p -> point(original, p, g)).toList();
      entries.add(new Entry(g.text(s.title()), Entry.Kind.SECTION, items.size(), items));
    }
    // Names come from the whole briefing: a filter may leave out the speaker's own entry.
    List<Item> quotes = b.quotes().stream().map(q -> quote(original, q, g)).toList();
    entries.add(new Entry("Quotes", Entry.Kind.QUOTES, quotes.size(), quotes));
    List<Item> people = b.stakeholders().stream().map(s -> stakeholder(original, s, g)).toList();
    entries.add(new Entry("Stakeholders", Entry.Kind.STAKEHOLDERS, people.size(), people));
    List<Item> events = b.timeline().stream().map(t -> event(original, t, g)).toList();
    entries.add(new Entry("Timeline", Entry.Kind.TIMELINE, events.size(), events));
    List<Item> themes = ThemeCount.of(original).stream().map(c -> theme(filter, c, g)).toList();
    entries.add(new Entry("Themes", Entry.Kind.THEMES, themes.size(), themes));
    entries.add(ArticleEntry.of(original, g));
    return entries;
  }

  private static Entry overview(BriefingView view, Glyphs g) {
    Briefing b = view.whole();
    List<Item> items = new ArrayList<>();
    List<Para> top = new ArrayList<>();
    if (!b.source().url().isEmpty()) {
      // The article's address, where a reader's terminal can open it (most link a URL shown).
      top.add(Para.plain(0, g.text(b.source().url()), Role.LINK));
      top.add(Para.plain(0, "", Role.NORMAL));
    }
    top.add(Para.plain(0, "Bottom line", Role.HEADING));
    top.add(Para.plain(0, g.text(b.summary()), Role.NORMAL));
    items.add(new Item(top, b.summary()));
    CondensedSummary s = CondensedSummary.of(view, Integer.MAX_VALUE);
    for (CondensedSummary.SectionPoint sp : s.points()) {
      Item item = point(b, sp.point(), g);
      List<Para> paras = new ArrayList<>(item.paras());
      paras.set(
          paras.size() - 1,
          Para.plain(
              2, g.text(note(b, sp.point(), sp.section())) + noteSuffix(sp.point(), g), Role.DIM));
      items.add(item.withParas(paras));
    }
    for (Quote q : s.keyQuotes()) {
      items.add(quote(b, q, g));
    }
    return new Entry("Overview", Entry.Kind.OVERVIEW, -1, items);
  }

  private static String noteSuffix(Point p, Glyphs g) {
    String cites = Documents.cites(p.paragraphs(), p.ref()).replace("¶", g.paragraph());
    return cites.isEmpty() ? "" : "  " + cites;
  }

  /** Whose claim the point is, then {@code rest} (its themes, or its section). */
  private static String note(Briefing b, Point p, String rest) {
    String claim = ClaimLabel.label(b, p);
    return claim.isEmpty() ? rest : rest.isEmpty() ? claim : claim + " · " + rest;
  }

  static Item point(Briefing b, Point p, Glyphs g) {
    String marker =
        switch (p.priority()) {
          case HIGH -> g.high();
          case NORMAL -> g.normal();
          case LOW -> g.low();
        };
    // Themes by their labels, as the rest of the reader names them.
    String themes =
        String.join(
            ", ", p.themes().stream().map(id -> b.theme(id).map(Theme::label).orElse(id)).toList());
    String note = note(b, p, themes) + noteSuffix(p, g);
    List<Para> paras = new ArrayList<>();
    paras.add(
        new Para(
            0,
            marker + " ",
            p.priority() == Priority.HIGH ? Role.HIGH : Role.DIM,
            g.text(p.text()),
            Role.NORMAL));
    paras.add(Para.plain(2, g.text(note.strip()), Role.DIM));
    return new Item(paras, p.text(), Evidence.of(p.paragraphs(), p.ref()))
        .withCopy(Citation.of(b, p.text(), p.paragraphs(), p.ref()));
  }

  static Item quote(Briefing b, Quote q, Glyphs g) {
    String who = b.speakerName(q.speaker());
    String paragraphs = Documents.paragraphs(q.paragraphs()).replace("¶", g.paragraph());
    String attribution =
        g.dash()
            + " "
            + who
            + (q.context().isEmpty() ? "" : ", " + q.context())
            + (paragraphs.isEmpty() ? "" : "  " + paragraphs)
            + (q.key() ? "  " + g.dot() + " key quote" : "");
    return new Item(
            List.of(
                new Para(
                    0, g.openQuote(), Role.DIM, g.text(q.text()) + g.closeQuote(), Role.NORMAL),
                Para.plain(2, g.text(attribution), Role.DIM)),
            q.text() + " " + who + " " + q.context(),
            new Evidence(q.paragraphs(), q.text(), "", ""))
        .withCopy(
            Citation.of(
                b,
                "“" + q.text() + "” — " + who + (q.context().isEmpty() ? "" : ", " + q.context()),
                q.paragraphs(),
                ""));
  }

  static Item stakeholder(Briefing b, Stakeholder s, Glyphs g) {
    List<Para> paras = new ArrayList<>();
    paras.add(Para.plain(0, g.text(s.name()), Role.BOLD));
    List<String> about = new ArrayList<>();
    if (!s.role().isEmpty()) {
      about.add(s.role());
    }
    about.add(s.kind().word());
    if (!s.affiliation().isEmpty()) {
      about.add(b.speakerName(s.affiliation()));
    }
    paras.add(Para.plain(2, g.text(String.join(" · ", about)), Role.DIM));
    if (!s.position().isEmpty()) {
      paras.add(Para.plain(2, g.text(s.position()), Role.NORMAL));
    }
    if (!s.interests().isEmpty()) {
      paras.add(
          Para.plain(2, g.text("Interests: " + String.join("; ", s.interests())), Role.NORMAL));
    }
    if (!s.aliases().isEmpty()) {
      paras.add(Para.plain(2, g.text("Also: " + String.join(", ", s.aliases())), Role.DIM));
    }
    String searchable =
        String.join(
            " ",
            s.name(),
            s.role(),
            s.position(),
            String.join(" ", s.interests()),
            String.join(" ", s.aliases()));
    return new Item(paras, searchable, s.id());
  }

  /**
   * A stakeholder's page: who they are, their quotes, and the points that paraphrase them or name
   * them, each of which opens its source as in the lists.
   */
  static Entry page(Briefing b, Stakeholder s, Glyphs g) {
    List<Item> items = new ArrayList<>();
    Item who = stakeholder(b, s, g);
    items.add(new Item(who.paras(), who.searchable()));
    List<Item> quotes =
        b.quotes().stream()
            .filter(q -> q.speaker().equals(s.id()))
            .map(q -> quote(b, q, g))
            .toList();
    items.addAll(headed(quotes, "Quotes (" + quotes.size() + ")"));
    List<String> names = new ArrayList<>(s.aliases());
    names.add(0, s.name());
    List<Item> points = new ArrayList<>();
    for (Section section : b.sections()) {
      for (Point p : section.points()) {
        boolean paraphrases = p.basis() == Basis.SPEAKER && p.speaker().equals(s.id());
        if (paraphrases || names(names, p.text())) {
          points.add(point(b, p, g));
        }
      }
    }
    items.addAll(headed(points, "Points that paraphrase or name them (" + points.size() + ")"));
    if (quotes.isEmpty() && points.isEmpty()) {
      items.add(
          new Item(
              List.of(Para.plain(0, "No quote or point of the briefing is theirs.", Role.DIM)),
              ""));
    }
    return new Entry(g.text(s.name()), Entry.Kind.PERSON, -1, items);
  }

  /** Whether {@code text} holds one of the names as a phrase (spelling-folded, as search is). */
  private static boolean names(List<String> names, String text) {
    for (String name : names) {
      Query q = Query.parse("\"" + name.replace("\"", "") + "\"");
      if (!q.isEmpty() && q.matchesAny(List.of(text))) {
        return true;
      }
    }
    return false;
  }

  /** The items with a heading above the first: a blank line, then the heading. */
  private static List<Item> headed(List<Item> items, String heading) {
    if (items.isEmpty()) {
      return items;
    }
    List<Item> out = new ArrayList<>(items);
    Item first = items.get(0);
    List<Para> paras = new ArrayList<>();
    paras.add(Para.plain(0, "", Role.NORMAL));
    paras.add(Para.plain(0, heading, Role.HEADING));
    paras.addAll(first.paras());
    out.set(0, first.withParas(paras));
    return out;
  }

  static Item event(Briefing b, TimelineEntry t, Glyphs g) {
    List<Para> paras = new ArrayList<>();
    // Dates of every precision (2025, 2025-07, 2025-07-20) in one column, the events beside them.
    paras.add(
        new Para(
            0, Wrap.pad(g.text(t.date()), 10) + "  ", Role.BOLD, g.text(t.event()), Role.NORMAL));
    String cites = Documents.cites(t.paragraphs(), t.ref()).replace("¶", g.paragraph());
    if (!cites.isEmpty()) {
      paras.add(Para.plain(2, cites, Role.DIM));
    }
    return new Item(
            paras, t.date() + " " + t.event(), new Evidence(t.paragraphs(), "", t.date(), t.ref()))
        .withCopy(Citation.of(b, t.date() + ": " + t.event(), t.paragraphs(), t.ref()));
  }

  static Item theme(ThemeFilter filter, ThemeCount count, Glyphs g) {
    Theme t = count.theme();
    String mark = filter.themeIds().contains(t.id()) ? g.checked() : g.unchecked();
    List<Para> paras = new ArrayList<>();
    paras.add(
        new Para(0, mark + " ", Role.DIM, g.text(t.label() + " (" + t.id() + ")"), Role.BOLD));
    paras.add(
        Para.plain(
            4,
            Documents.count(count.points(), "point")
                + " · "
                + Documents.count(count.quotes(), "quote")
                + " · "
                + Documents.count(count.stakeholders(), "stakeholder"),
            Role.DIM));
    if (!t.description().isEmpty()) {
      paras.add(Para.plain(4, g.text(t.description()), Role.NORMAL));
    }
    return new Item(paras, t.label() + " " + t.id() + " " + t.description(), t.id());
  }
}
