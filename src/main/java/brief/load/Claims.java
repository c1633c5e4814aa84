package brief.load;

import brief.core.Basis;
import brief.core.Briefing;
import brief.core.ContentWords;
import brief.core.Point;
import brief.core.Section;
import brief.core.Sentences;
import brief.core.SourceText;
import brief.core.SpeechReports;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Claims keep their hedges and their owner: a point restates the sentence of its cited paragraphs
 * that shares the most words with it; a {@code reported} point must not restate a hedged sentence
 * or the author's reading, no point may drop the sentence's hedge, and an analyst's note must not
 * be a source paragraph in other words.
 */
final class Claims {
  private Claims() {}

  /** Words that make a sentence uncertain. */
  private static final Pattern HEDGE =
      Pattern.compile("\\b(could|may|might|perhaps|likely|possibly|probably|if)\\b");

  /** Words that mark a sentence as the author's reading of events, not a report of them. */
  private static final Pattern READING =
      Pattern.compile(
          "\\b(it shows that|shows that|signals (?:a|an|that|the)|reflects|suggests|arguably"
              + "|appears to|seems to|perhaps|underline|underlines)\\b",
          Pattern.CASE_INSENSITIVE);

  /** The fewest shared words for a sentence to count as the one a point restates. */
  private static final int RESTATES = 3;

  /** How much of an analyst's note may be one paragraph's words before it restates it. */
  private static final double RESTATED_SHARE = 0.6;

  private record Closest(int paragraph, String sentence, int start, int shared) {}

  static void check(
      Briefing b,
      SourceText source,
      SpeechReports reports,
      BriefingMapper.Evidence evidence,
      Problems problems) {
    for (Section s : b.sections()) {
      for (Point p : s.points()) {
        var node = evidence.field(p, "text");
        if (p.basis() == Basis.ANALYST) {
          analystNote(p, source, node, problems);
          continue;
        }
        List<Integer> cited = Fidelity.existing(p.paragraphs(), source);
        Closest c = closest(source, cited, ContentWords.of(p.text()));
        if (c == null) {
          continue;
        }
        Matcher reading = READING.matcher(c.sentence());
        Matcher hedge = HEDGE.matcher(c.sentence());
        boolean hedged = hedge.find();
        // "The bank warned that inflation could stay high": the hedge is the speaker's, reported.
        boolean spokenHedge =
            hedged
                && reports.someoneSpeaks(
                    c.paragraph(), c.start(), c.start() + c.sentence().length());
        if (p.basis() == Basis.REPORTED && (reading.find() || hedged && !spokenHedge)) {
          String word = hedged ? hedge.group(1) : reading.group(1);
          problems.warn(
              node,
              "the point is 'reported', but the sentence it restates in ¶"
                  + c.paragraph()
                  + " (\""
                  + source.excerpt(c.paragraph(), c.start())
                  + "\") is "
                  + (hedged ? "hedged" : "the author's reading")
                  + " ('"
                  + word
                  + "'): use 'basis: author'"
                  + (hedged ? ", and keep the hedge" : ""));
        } else if (hedged && !HEDGE.matcher(p.text()).find()) {
          problems.warn(
              node,
              "the point drops the hedge '"
                  + hedge.group(1)
                  + "' of the sentence it restates in ¶"
                  + c.paragraph()
                  + " (\""
                  + source.excerpt(c.paragraph(), c.start())
                  + "\"): keep it, so that a possibility does not read as a certainty");
        }
      }
    }
  }

  private static void analystNote(Point p, SourceText source, Node node, Problems problems) {
    Set<String> words = ContentWords.of(p.text());
    if (words.size() < 5 || !p.ref().isEmpty()) {
      return;
    }
    for (int n = 1; n <= source.size(); n++) {
      int shared = ContentWords.shared(words, ContentWords.of(source.paragraph(n)));
      if (shared >= RESTATED_SHARE * words.size()) {
        problems.warn(
            node,
            "the analyst's note restates ¶"
                + n
                + " ("
                + shared
                + " of its "
                + words.size()
                + " words are there): cite it as the author's or reported, with 'source: "
                + n
                + "'");
        return;
      }
    }
  }

  /** The sentence of the cited paragraphs that shares the most words, if enough. */
  private static Closest closest(SourceText source, List<Integer> cited, Set<String> words) {
    Closest best = null;
    for (int n : cited) {
      String text = source.paragraph(n);
      for (Sentences.Span span : Sentences.of(text)) {
        String sentence = text.substring(span.start(), span.end());
        int shared = ContentWords.shared(words, ContentWords.of(sentence));
        if (shared >= RESTATES && (best == null || shared > best.shared())) {
          best = new Closest(n, sentence, span.start(), shared);
        }
      }
    }
    return best;
  }
}
