package brief.load;

import brief.core.Basis;
import brief.core.Briefing;
import brief.core.ContentWords;
import brief.core.Point;
import brief.core.Quote;
import brief.core.Section;
import brief.core.SourceText;
import brief.core.Stakeholder;
import brief.core.TimelineEntry;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
  static void checkSources(Briefing b, BriefingMapper.Evidence evidence, Problems problems) {
    Map<Object, Node> nodes = evidence.nodes();
    Attributions.aliases(b, evidence, problems);
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
      Briefing b, List<String> paragraphs, BriefingMapper.Evidence evidence, Problems problems) {
    Map<Object, Node> nodes = evidence.nodes();
    List<Fields.ParagraphRef> refs = evidence.paragraphRefs();
    Node sourceText = evidence.sourceText();
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
    for (String unbalanced : source.narration().unbalancedMarks()) {
      problems.warn(
          sourceText,
          "the quotation marks of the source text do not balance in "
              + unbalanced
              + ": check the source text (quotes from there are read as the marks stand)");
    }
    Attributions attributions = new Attributions(b, source, evidence, problems);
    Set<Integer> byline = byline(b, source);
    for (Quote q : b.quotes()) {
      if (!q.text().isBlank()) {
        quote(b, source, q, nodes.get(q), attributions, byline, problems);
      }
    }
    attributions.paraphrases();
    new Statements(b, source, evidence, problems).check();
    Claims.check(b, source, attributions.reports(), evidence, problems);
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

  private static void quote(
      Briefing b,
      SourceText source,
      Quote q,
      Node node,
      Attributions attributions,
      Set<Integer> byline,
      Problems problems) {
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
    List<SourceText.Mark> marks = ((SourceText.Finding.Found) finding).marks();
    cuts(source, marks, shown, node, problems);
    SourceText.Mark first = marks.get(0);
    if (attributions.quote(q, first, shown)) {
      return;
    }
    int at = first.paragraph();
    Stakeholder speaker = b.stakeholder(q.speaker()).orElse(null);
    if (speaker != null
        && !source.narration().names(at, SPEAKER_REACH, Attributions.namesOf(speaker), byline)) {
      problems.warn(
          node,
          shown
              + " is given to "
              + speaker.name()
              + ", who is not named in ¶"
              + at
              + " or the "
              + SPEAKER_REACH
              + " paragraphs before it (outside quotation marks and the byline): check the"
              + " attribution (or add the name the article uses to 'aliases')");
    }
  }

  /** A name directly after from, by, to, and or but: the agent or the recipient of an act. */
  private static final java.util.regex.Pattern NAMED_PARTY =
      java.util.regex.Pattern.compile(
          "\\b(?:from|by|to|and|but)\\s+(?:the\\s+)?(\\p{Lu}[\\p{L}.\\-]*(?:\\s+\\p{Lu}[\\p{L}.\\-]*)*)");

  /**
   * A cut with '…' whose left-out words name a party ({@code messages from Washington — and
   * messages}): the parts joined may say that someone else sent what to whom.
   */
  private static void cuts(
      SourceText source, List<SourceText.Mark> marks, String shown, Node node, Problems problems) {
    for (int i = 0; i + 1 < marks.size(); i++) {
      SourceText.Mark a = marks.get(i);
      SourceText.Mark b = marks.get(i + 1);
      if (a.paragraph() != b.paragraph() || b.start() <= a.end()) {
        continue;
      }
      String gap = source.paragraph(a.paragraph()).substring(a.end(), b.start());
      var party = NAMED_PARTY.matcher(gap);
      if (party.find()) {
        problems.warn(
            node,
            shown
                + ": the words cut at '…' (\""
                + gap.strip()
                + "\") name "
                + party.group(1)
                + ": check that the parts joined still say who did what to whom");
        return;
      }
    }
  }

  /**
   * The byline: paragraphs at the top of eight words or fewer that hold the author's name. Naming
   * the author there is not naming a speaker.
   */
  private static Set<Integer> byline(Briefing b, SourceText source) {
    Set<Integer> byline = new HashSet<>();
    String author = b.source().author();
    for (int p = 1; p <= Math.min(3, source.size()) && !author.isBlank(); p++) {
      String text = source.paragraph(p);
      if (text.strip().split("\\s+").length <= 8 && ContentWords.hasPhrase(text, author)) {
        byline.add(p);
      }
    }
    return byline;
  }

  static List<Integer> existing(List<Integer> cited, SourceText source) {
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
