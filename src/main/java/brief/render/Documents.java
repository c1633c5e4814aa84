package brief.render;

import brief.core.Briefing;
import brief.core.CondensedSummary;
import brief.core.Point;
import brief.core.Priority;
import brief.core.Quote;
import brief.core.Stakeholder;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Core data as printable blocks: the one description of what each printed view holds,
 * shared by the text and the markdown renderers (and the reader's summary overlay).
 */
public final class Documents {
  private Documents() {}

  public static List<Block> summary(CondensedSummary s) {
    Briefing b = s.briefing();
    List<Block> blocks = new ArrayList<>(header(b));
    if (s.filter().isActive()) {
      blocks.add(new Block.Byline("filter: " + s.filter().describe()));
    }
    blocks.add(new Block.Heading("Bottom line"));
    blocks.add(new Block.Paragraph(b.summary()));
    if (!s.points().isEmpty()) {
      blocks.add(new Block.Heading(b.pointCount() < CondensedSummary.FEW_POINTS ? "Points" : "Key points"));
      for (CondensedSummary.SectionPoint sp : s.points()) {
        blocks.add(point(sp.point(), sp.section()));
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

  /** Banner, title and byline: the top of every view of one briefing. */
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
    return blocks;
  }

  /** Date, kind of source, author, outlet and region, joined by middle dots. */
  public static String byline(Briefing b) {
    List<String> parts = new ArrayList<>();
    for (String part : List.of(b.effectiveDate(), b.source().kind(), b.source().author(),
        b.source().outlet(), b.region())) {
      if (!part.isEmpty()) {
        parts.add(part);
      }
    }
    return String.join(" · ", parts);
  }

  public static Block.Item point(Point p, String where) {
    List<String> note = new ArrayList<>();
    if (!where.isEmpty()) {
      note.add(where);
    }
    String paragraphs = paragraphs(p.paragraphs());
    if (!paragraphs.isEmpty()) {
      note.add(paragraphs);
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

  /** {@code Ilham Aliyev, III Shusha Global Media Forum  ¶4} */
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

  /** {@code ¶5} or {@code ¶3, 4}; empty when there is none. */
  public static String paragraphs(List<Integer> numbers) {
    if (numbers.isEmpty()) {
      return "";
    }
    return "¶" + numbers.stream().map(String::valueOf).collect(Collectors.joining(", "));
  }
}
