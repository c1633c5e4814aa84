package brief.load;

import brief.core.Basis;
import brief.core.Briefing;
import brief.core.Point;
import brief.core.Quote;
import brief.core.Section;
import brief.core.SourceText;
import brief.core.Stakeholder;
import brief.core.TimelineEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.nodes.Node;

/**
 * The fidelity rules of the format: every statement can be traced to its source. Quotes lie inside
 * a quotation of the cited paragraph, their speaker named near them; timeline dates are written in
 * the paragraphs they cite; points say where they come from. Errors are what is certainly wrong;
 * warnings what a person must check (errors under {@code --strict}).
 */
final class Fidelity {
  private Fidelity() {}

  /** How many paragraphs before a quote's own may name its speaker. */
  private static final int SPEAKER_REACH = 2;

  /** The rules that need no source text: each statement says where it comes from. */
  static void checkSources(Briefing b, Map<Object, Node> nodes, Problems problems) {
    for (Section s : b.sections()) {
      for (Point p : s.points()) {
        if (p.paragraphs().isEmpty() && p.ref().isEmpty() && p.basis() != Basis.ANALYST) {
          problems.warn(
              nodes.get(p),
              "the point cites no source paragraph: add 'source: N', or 'ref' for an"
                  + " outside fact, or 'basis: analyst' for the briefing writer's own note");
        }
      }
    }
    for (TimelineEntry t : b.timeline()) {
      if (t.paragraphs().isEmpty() && t.ref().isEmpty()) {
        problems.warn(
            nodes.get(t),
            "the timeline entry "
                + t.date()
                + " has neither 'source' nor 'ref':"
                + " say where the date comes from");
      }
    }
    if (b.source().textPath().isEmpty()) {
      problems.warn(null, "no source text (source.text): fidelity not checked");
    }
  }

  /** The rules that read the source text. */
  static void checkText(
      Briefing b,
      List<String> paragraphs,
      Map<Object, Node> nodes,
      List<Fields.ParagraphRef> refs,
      Node sourceText,
      Problems problems) {
    for (Fields.ParagraphRef ref : refs) {
      if (ref.number() > paragraphs.size()) {
        problems.at(
            ref.node(),
            "paragraph "
                + ref.number()
                + " does not exist (the source text has "
                + paragraphs.size()
                + ")");
      }
    }
    SourceText source = SourceText.of(paragraphs);
    for (String unbalanced : source.unbalancedMarks()) {
      problems.warn(
          sourceText,
          "the quotation marks of the source text do not balance in "
              + unbalanced
              + ": check the source text (quotes from there are read as the marks stand)");
    }
    for (Quote q : b.quotes()) {
      if (!q.text().isBlank()) {
        quote(b, source, q, nodes.get(q), problems);
      }
    }
    for (TimelineEntry t : b.timeline()) {
      List<Integer> cited = existing(t.paragraphs(), source);
      if (!cited.isEmpty()
          && !t.date().isEmpty()
          && cited.stream().allMatch(p -> source.date(t.date(), p).isEmpty())) {
        problems.at(
            nodes.get(t),
            "the date "
                + t.date()
                + " is not written in the cited "
                + SourceText.paragraphList(cited)
                + " (as "
                + t.date()
                + " or in words): cite the paragraph that"
                + " gives it, or give a 'ref' instead");
      }
    }
  }

  private static void quote(Briefing b, SourceText source, Quote q, Node node, Problems problems) {
    List<Integer> cited = existing(q.paragraphs(), source);
    String shown = "quote \"" + abbreviate(q.text()) + "\"";
    SourceText.Finding finding = source.locateQuote(q.text(), cited);
    if (finding instanceof SourceText.Finding.Problem p) {
      problems.at(
          node,
          shown
              + ": "
              + p.message()
              + (p.nearest().isEmpty()
                  ? ""
                  : "; the source at ¶" + p.paragraph() + ": \"" + p.nearest() + "\""));
      return;
    }
    int at = ((SourceText.Finding.Found) finding).marks().get(0).paragraph();
    Stakeholder speaker = b.stakeholder(q.speaker()).orElse(null);
    if (speaker != null && !source.names(at, SPEAKER_REACH, names(speaker))) {
      problems.warn(
          node,
          shown
              + " is given to "
              + speaker.name()
              + ", who is not named in ¶"
              + at
              + " or the "
              + SPEAKER_REACH
              + " paragraphs before it: check the attribution"
              + " (or add the name the article uses to 'aliases')");
    }
  }

  /** The stakeholder's name, the words of its id and its aliases. */
  private static List<String> names(Stakeholder s) {
    List<String> names = new ArrayList<>(s.aliases());
    names.add(s.name());
    names.add(s.id().replace('-', ' '));
    return names;
  }

  private static List<Integer> existing(List<Integer> cited, SourceText source) {
    return cited.stream().filter(n -> n >= 1 && n <= source.size()).toList();
  }

  private static String abbreviate(String s) {
    String one = s.replaceAll("\\s+", " ");
    if (one.length() <= 40) {
      return one;
    }
    int cut = one.lastIndexOf(' ', 40);
    return one.substring(0, cut > 20 ? cut : 40).strip() + "…";
  }
}
