package brief.render;

import brief.core.Briefing;
import brief.core.BriefingView;
import brief.core.ClaimLabel;
import brief.core.CondensedSummary;
import brief.core.Point;
import brief.core.Priority;
import brief.core.Quote;
import brief.core.QuotesOf;
import brief.core.SearchHit;
import brief.core.Section;
import brief.core.Stakeholder;
import brief.core.Theme;
import brief.core.ThemeCount;
import brief.core.TimelineEntry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

// Over 300 lines: every printed view in one place, so that text and markdown print the same things.
/**
 * Core data as printable blocks: the one description of what each printed view holds, shared by the
 * text and the markdown renderers (and the reader's summary overlay).
 */
public final class Documents {
  private Documents() {}

  public static List<Block> summary(CondensedSummary s) {
    Briefing b = s.view().whole();
    List<Block> blocks = new ArrayList<>(header(b));
    if (s.view().filter().isActive()) {
      blocks.add(new Block.Byline("filter: " + s.view().filter().describe()));
    }
    blocks.add(new Block.Heading("Bottom line"));
    blocks.add(new Block.Paragraph(b.summary()));
    if (!s.points().isEmpty()) {
      blocks.add(
          new Block.Heading(
              b.pointCount() < CondensedSummary.FEW_POINTS ? "Points" : "Key points"));
      for (CondensedSummary.SectionPoint sp : s.points()) {
        blocks.add(point(b, sp.point(), sp.section()));
      }
    }
    if (!s.keyQuotes().isEmpty()) {
      blocks.add(new Block.Heading("Key quotes"));
      for (Quote q : s.keyQuotes()) {
        blocks.add(quotation(b, q));
      }
    }
    if (!s.stakeholders().isEmpty()) {
      blocks.add(new Block.Heading("Stakeholders"));
      for (Stakeholder st : s.stakeholders()) {
        blocks.add(new Block.Line(stakeholderLine(st)));
      }
    }
    return blocks;
  }

  /**
   * The library, one row per briefing: id, date, title and themes (the last wraps, nothing is cut);
   * with {@code long}, one field per line. A briefing whose id another one shares is marked.
   */
  public static List<Block> list(
      List<Briefing> briefings, java.util.Set<String> duplicateIds, boolean asFields) {
    List<Block> blocks = new ArrayList<>();
    for (Briefing b : briefings) {
      List<String> ids = new ArrayList<>();
      for (Theme t : b.themes()) {
        ids.add(t.id());
      }
      String themes = String.join(", ", ids);
      String mark = duplicateIds.contains(b.id()) ? "  (duplicate id!)" : "";
      if (asFields) {
        blocks.add(new Block.Line(b.id() + mark));
        blocks.add(
            new Block.Field(
                "Date", b.effectiveDate().isEmpty() ? "none" : b.effectiveDate(), true));
        blocks.add(new Block.Field("Title", b.title(), true));
        blocks.add(new Block.Field("Themes", themes, true));
      } else {
        blocks.add(
            new Block.Row(
                List.of(b.id(), b.effectiveDate(), b.title() + "  [" + themes + "]" + mark)));
      }
    }
    return blocks;
  }

  /** A whole briefing, or with {@code only} set, one of its sections. */
  public static List<Block> show(BriefingView v, Section only) {
    return show(v, only, false);
  }

  /**
   * As {@link #show(BriefingView, Section)}; with {@code sources}, each point, quote and timeline
   * entry is followed by the text of the paragraphs it cites, so it can be checked there.
   */
  public static List<Block> show(BriefingView v, Section only, boolean sources) {
    Briefing b = v.whole();
    List<Block> blocks = new ArrayList<>(header(b));
    Cited cited = new Cited(b, sources);
    if (sources && b.source().paragraphs().isEmpty()) {
      blocks.add(
          new Block.Byline(
              "no source text comes with this briefing: the cited paragraphs cannot be shown"));
    }
    if (only != null) {
      section(blocks, b, only, cited);
      return blocks;
    }
    blocks.add(new Block.Heading("Bottom line"));
    blocks.add(new Block.Paragraph(b.summary()));
    for (Section s : v.sections()) {
      section(blocks, b, s, cited);
    }
    for (Part part : List.of(Part.QUOTES, Part.STAKEHOLDERS, Part.TIMELINE)) {
      part(blocks, v, part, cited);
    }
    return blocks;
  }

  /** The parts of a briefing besides its sections, as the reader lists them. */
  public enum Part {
    /** What the reader opens on: the bottom line, the key points and the key quotes. */
    OVERVIEW("Overview"),
    QUOTES("Quotes"),
    STAKEHOLDERS("Stakeholders"),
    TIMELINE("Timeline"),
    THEMES("Themes"),
    SOURCE("Source");

    private final String title;

    Part(String title) {
      this.title = title;
    }

    public String title() {
      return title;
    }
  }

  /** One part of a briefing under its header: what {@code show ID timeline} prints. */
  public static List<Block> show(BriefingView v, Part part, boolean sources) {
    List<Block> blocks = new ArrayList<>(header(v.whole()));
    part(blocks, v, part, new Cited(v.whole(), sources));
    return blocks;
  }

  private static void part(List<Block> blocks, BriefingView v, Part part, Cited cited) {
    Briefing b = v.whole();
    switch (part) {
      case OVERVIEW -> {
        blocks.add(new Block.Heading("Bottom line"));
        blocks.add(new Block.Paragraph(b.summary()));
        CondensedSummary s = CondensedSummary.of(BriefingView.of(b), Integer.MAX_VALUE);
        if (!s.points().isEmpty()) {
          blocks.add(
              new Block.Heading(
                  b.pointCount() < CondensedSummary.FEW_POINTS ? "Points" : "Key points"));
          for (CondensedSummary.SectionPoint sp : s.points()) {
            blocks.add(point(b, sp.point(), sp.section()));
            cited.add(blocks, sp.point().paragraphs());
          }
        }
        if (!s.keyQuotes().isEmpty()) {
          blocks.add(new Block.Heading("Key quotes"));
          for (Quote q : s.keyQuotes()) {
            blocks.add(quotation(b, q));
            cited.add(blocks, q.paragraphs());
          }
        }
      }
      case QUOTES -> {
        if (!v.quotes().isEmpty()) {
          blocks.add(new Block.Heading(part.title()));
          for (Quote q : v.quotes()) {
            blocks.add(quotation(b, q));
            cited.add(blocks, q.paragraphs());
          }
        }
      }
      case STAKEHOLDERS -> {
        if (!v.stakeholders().isEmpty()) {
          blocks.add(new Block.Heading(part.title()));
          v.stakeholders().forEach(st -> blocks.addAll(stakeholder(b, st)));
        }
      }
      case TIMELINE -> {
        if (!v.timeline().isEmpty()) {
          blocks.add(new Block.Heading(part.title()));
          for (TimelineEntry t : v.timeline()) {
            blocks.add(
                new Block.Item("•", t.date() + "  " + t.event(), paragraphs(t.paragraphs())));
            if (!t.ref().isEmpty()) {
              blocks.add(new Block.Field("Ref", t.ref()));
            }
            cited.add(blocks, t.paragraphs());
          }
        }
      }
      case THEMES -> themeCounts(blocks, ThemeCount.of(v));
      case SOURCE -> {
        blocks.add(new Block.Heading(part.title()));
        List<String> text = b.source().paragraphs();
        if (text.isEmpty()) {
          blocks.add(new Block.Paragraph("No source text comes with this briefing."));
        }
        for (int n = 1; n <= text.size(); n++) {
          blocks.add(new Block.Field("¶" + n, text.get(n - 1)));
        }
      }
    }
  }

  /** The cited paragraphs' text, as fields under what cites them; nothing when not asked for. */
  private record Cited(Briefing b, boolean wanted) {
    void add(List<Block> blocks, List<Integer> numbers) {
      List<String> text = b.source().paragraphs();
      for (int n : wanted ? numbers : List.<Integer>of()) {
        if (n >= 1 && n <= text.size()) {
          blocks.add(new Block.Field("¶" + n, text.get(n - 1)));
        }
      }
    }
  }

  private static void section(List<Block> blocks, Briefing b, Section s, Cited cited) {
    blocks.add(new Block.Heading(s.title()));
    if (!s.summary().isEmpty()) {
      blocks.add(new Block.Paragraph(s.summary()));
    }
    for (Point p : s.points()) {
      blocks.add(point(b, p, String.join(" ", p.themes())));
      if (!p.ref().isEmpty()) {
        blocks.add(new Block.Field("Ref", p.ref()));
      }
      cited.add(blocks, p.paragraphs());
    }
  }

  /** Quotes grouped by briefing, each with its attribution. */
  public static List<Block> quotes(List<QuotesOf> byBriefing) {
    List<Block> blocks = new ArrayList<>();
    for (QuotesOf found : byBriefing) {
      Briefing b = found.briefing().whole();
      if (!found.quotes().isEmpty()) {
        blocks.add(new Block.Heading(b.title() + " (" + b.id() + ")"));
        found.quotes().forEach(q -> blocks.add(quotation(b, q)));
      }
    }
    return blocks;
  }

  /** The document of each briefing, one after another, separated. */
  public static <T> List<Block> each(
      List<T> briefings, java.util.function.Function<T, List<Block>> document) {
    List<Block> blocks = new ArrayList<>();
    for (T b : briefings) {
      if (!blocks.isEmpty()) {
        blocks.add(new Block.Separator());
      }
      blocks.addAll(document.apply(b));
    }
    return blocks;
  }

  /** Every stakeholder with role, position, interests and other names. */
  public static List<Block> stakeholders(BriefingView v) {
    Briefing b = v.whole();
    List<Block> blocks = new ArrayList<>(header(b));
    blocks.add(new Block.Heading("Stakeholders"));
    v.stakeholders().forEach(s -> blocks.addAll(stakeholder(b, s)));
    return blocks;
  }

  private static List<Block> stakeholder(Briefing b, Stakeholder s) {
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Block.Item("•", stakeholderLine(s), ""));
    if (!s.affiliation().isEmpty()) {
      blocks.add(new Block.Field("Affiliation", b.speakerName(s.affiliation())));
    }
    if (!s.position().isEmpty()) {
      blocks.add(new Block.Field("Position", s.position()));
    }
    if (!s.interests().isEmpty()) {
      blocks.add(new Block.Field("Interests", String.join("; ", s.interests())));
    }
    if (!s.aliases().isEmpty()) {
      blocks.add(new Block.Field("Also", String.join(", ", s.aliases())));
    }
    return blocks;
  }

  /** Themes with how many points, quotes and stakeholders carry each. */
  public static List<Block> themes(Briefing b, List<ThemeCount> counts) {
    List<Block> blocks = new ArrayList<>(header(b));
    themeCounts(blocks, counts);
    return blocks;
  }

  private static void themeCounts(List<Block> blocks, List<ThemeCount> counts) {
    blocks.add(new Block.Heading("Themes"));
    for (ThemeCount c : counts) {
      blocks.add(
          new Block.Item(
              "•",
              c.theme().label() + " (" + c.theme().id() + ")",
              count(c.points(), "point")
                  + " · "
                  + count(c.quotes(), "quote")
                  + " · "
                  + count(c.stakeholders(), "stakeholder")));
      if (!c.theme().description().isEmpty()) {
        blocks.add(new Block.Field("About", c.theme().description()));
      }
    }
  }

  /**
   * Search hits grouped by briefing, each naming where it is and which field matched (and, for a
   * hit found through an alias, which alias), the match marked.
   */
  public static List<Block> search(List<SearchHit> hits, Map<String, String> titles) {
    Map<String, List<SearchHit>> byBriefing = new LinkedHashMap<>();
    for (SearchHit h : hits) {
      List<SearchHit> list = byBriefing.get(h.briefingId());
      if (list == null) {
        list = new ArrayList<>();
        byBriefing.put(h.briefingId(), list);
      }
      list.add(h);
    }
    List<Block> blocks = new ArrayList<>();
    for (Map.Entry<String, List<SearchHit>> e : byBriefing.entrySet()) {
      String id = e.getKey();
      blocks.add(new Block.Heading(titles.getOrDefault(id, id) + " (" + id + ")"));
      for (SearchHit h : e.getValue()) {
        List<String> where = new ArrayList<>(List.of(h.place(), fieldLabel(h)));
        for (String part : List.of(h.detail(), h.via())) {
          if (!part.isEmpty()) {
            where.add(part);
          }
        }
        blocks.add(new Block.Item("•", h.text(), String.join(" · ", where), h.matched()));
      }
    }
    return blocks;
  }

  /**
   * {@code point}, {@code quote context}, {@code bottom line}, {@code stakeholder position}: what
   * matched.
   */
  private static String fieldLabel(SearchHit h) {
    return switch (h.kind()) {
      case BRIEFING, SECTION -> h.field();
      default -> h.field().equals("text") ? h.kind().word() : h.kind().word() + " " + h.field();
    };
  }

  /**
   * Banner, title, byline, the article's address and the tags: the top of every view of one
   * briefing.
   */
  public static List<Block> header(Briefing b) {
    List<Block> blocks = new ArrayList<>();
    if (!b.classification().isEmpty()) {
      blocks.add(new Block.Banner(b.classification()));
    }
    blocks.add(new Block.Title(b.title()));
    String byline = byline(b);
    if (!byline.isEmpty()) {
      blocks.add(new Block.Byline(byline));
    }
    if (!b.source().url().isEmpty()) {
      blocks.add(new Block.Link(b.source().url()));
    }
    if (!b.tags().isEmpty()) {
      blocks.add(new Block.Byline("tags: " + String.join(", ", b.tags())));
    }
    return blocks;
  }

  /**
   * Date, kind of source and author, outlet and region, joined by middle dots; an opinion piece or
   * an analysis says so first: {@code 2025-07-20 · opinion piece by Qabil Ashirov}.
   */
  public static String byline(Briefing b) {
    List<String> parts = new ArrayList<>();
    for (String part :
        List.of(b.effectiveDate(), kindAndAuthor(b.source()), b.source().outlet(), b.region())) {
      if (!part.isEmpty()) {
        parts.add(part);
      }
    }
    return String.join(" · ", parts);
  }

  /** {@code opinion piece by AUTHOR}, or the kind and the author as they are for news. */
  private static String kindAndAuthor(brief.core.Source s) {
    if (ClaimLabel.isArgument(s)) {
      return ClaimLabel.authorship(s);
    }
    if (s.kind().isEmpty() || s.author().isEmpty()) {
      return s.kind() + s.author();
    }
    return s.kind() + " · " + s.author();
  }

  /**
   * A point with its note: whose claim it is first ({@code author's claim}, {@code reported},
   * {@code Ilham Aliyev, paraphrased}, {@code analyst's note}), then {@code where} (themes or its
   * section) and its paragraphs, or {@code outside source} for a point backed by a ref.
   */
  public static Block.Item point(Briefing b, Point p, String where) {
    List<String> note = new ArrayList<>();
    String claim = ClaimLabel.label(b, p);
    if (!claim.isEmpty()) {
      note.add(claim);
    }
    if (!where.isEmpty()) {
      note.add(where);
    }
    String cites = cites(p.paragraphs(), p.ref());
    if (!cites.isEmpty()) {
      note.add(cites);
    }
    return new Block.Item(marker(p.priority()), p.text(), String.join(" · ", note));
  }

  public static String marker(Priority priority) {
    return switch (priority) {
      case HIGH -> "●";
      case NORMAL -> "○";
      case LOW -> "·";
    };
  }

  public static Block.Quotation quotation(Briefing b, Quote q) {
    return new Block.Quotation(q.text(), attribution(b, q));
  }

  /** {@code Ilham Aliyev, III Shusha Global Media Forum ¶4} */
  public static String attribution(Briefing b, Quote q) {
    String who = b.speakerName(q.speaker());
    String context = q.context().isEmpty() ? "" : ", " + q.context();
    String paragraphs = paragraphs(q.paragraphs());
    return who + context + (paragraphs.isEmpty() ? "" : "  " + paragraphs);
  }

  /** {@code Ilham Aliyev (person) — President of Azerbaijan} */
  public static String stakeholderLine(Stakeholder s) {
    return s.name() + " (" + s.kind().word() + ")" + (s.role().isEmpty() ? "" : " — " + s.role());
  }

  /** {@code 1 quote}, {@code 3 quotes}. */
  public static String count(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  /**
   * What a statement stands on: its paragraphs ({@code ¶5}), else {@code outside source} when it
   * has a ref, else nothing.
   */
  public static String cites(List<Integer> numbers, String ref) {
    String paragraphs = paragraphs(numbers);
    return paragraphs.isEmpty() && !ref.isEmpty() ? "outside source" : paragraphs;
  }

  /** {@code ¶5} or {@code ¶3, 4}; empty when there is none. */
  public static String paragraphs(List<Integer> numbers) {
    if (numbers.isEmpty()) {
      return "";
    }
    // A loop, not a stream and a collector: this runs on every lookup's start-up, where each
    // lambda linked costs ~0.15 ms (docs/performance.md).
    StringBuilder s = new StringBuilder("¶");
    for (int i = 0; i < numbers.size(); i++) {
      s.append(i == 0 ? "" : ", ").append(numbers.get(i));
    }
    return s.toString();
  }
}
