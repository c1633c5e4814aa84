package brief.load;

import brief.core.Basis;
import brief.core.Briefing;
import brief.core.ContentWords;
import brief.core.Fold;
import brief.core.Narration;
import brief.core.Point;
import brief.core.Quote;
import brief.core.Section;
import brief.core.SourceText;
import brief.core.SpeechReports;
import brief.core.Stakeholder;
import brief.core.StakeholderKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Misattribution: who the briefing says spoke, against who the article says spoke ({@link
 * SpeechReports}, the article's own words of attribution). A quote or a paraphrase given to another
 * declared stakeholder than the article names is an error; an alias that is another stakeholder's
 * name makes every such check meaningless, so it is one too.
 */
final class Attributions {
  private final Briefing briefing;
  private final SourceText source;
  private final SpeechReports reports;
  private final BriefingMapper.Evidence evidence;
  private final Problems problems;

  Attributions(
      Briefing briefing, SourceText source, BriefingMapper.Evidence evidence, Problems problems) {
    this.briefing = briefing;
    this.source = source;
    this.reports = SpeechReports.of(source);
    this.evidence = evidence;
    this.problems = problems;
  }

  SpeechReports reports() {
    return reports;
  }

  /**
   * The article's attribution of the quotation holding {@code mark}, checked against the quote's
   * speaker: true when it settles who spoke (right or wrong), false when the article names nobody
   * there and the nearby-name rule must decide.
   */
  boolean quote(Quote q, SourceText.Mark mark, String shown) {
    Stakeholder speaker = briefing.stakeholder(q.speaker()).orElse(null);
    Optional<Narration.Quoted> quotation = source.narration().quotationOf(mark);
    if (speaker == null || quotation.isEmpty() || source.narration().nested(mark)) {
      return false;
    }
    Narration.Quoted at = quotation.get();
    Optional<SpeechReports.Report> report =
        reports.speakerOf(source, at.paragraph(), at.start(), at.endParagraph(), at.end());
    if (report.isEmpty() || report.get().name().isEmpty()) {
      return false;
    }
    SpeechReports.Report r = report.get();
    if (r.name().equals(SpeechReports.AUTHOR_NAME) || r.mayMean(n -> names(speaker, n))) {
      return r.name().equals(SpeechReports.AUTHOR_NAME) ? false : true;
    }
    Stakeholder other = stakeholderNamed(r.name());
    String said = said(r);
    if (other != null) {
      problems.at(
          evidence.nodes().get(q),
          shown
              + ": the article attributes this to "
              + other.name()
              + " ("
              + said
              + "), not to "
              + speaker.name());
    } else {
      problems.warn(
          evidence.nodes().get(q),
          shown
              + ": the article attributes this to "
              + r.name()
              + " ("
              + said
              + "), not to "
              + speaker.name()
              + ": check the attribution (or add that name to the speaker's 'aliases')");
    }
    return true;
  }

  /** A paraphrase cites a paragraph where the article reports its speaker's words. */
  void paraphrases() {
    for (Section s : briefing.sections()) {
      for (Point p : s.points()) {
        if (p.basis() == Basis.SPEAKER && !p.speaker().isEmpty()) {
          briefing.stakeholder(p.speaker()).ifPresent(speaker -> paraphrase(p, speaker));
        }
      }
    }
  }

  private void paraphrase(Point p, Stakeholder speaker) {
    List<Integer> cited = Fidelity.existing(p.paragraphs(), source);
    if (cited.isEmpty()) {
      return;
    }
    List<SpeechReports.Report> there = new ArrayList<>();
    for (int n : cited) {
      there.addAll(reports.in(n));
    }
    there.removeIf(r -> r.name().isEmpty() || r.name().equals(SpeechReports.AUTHOR_NAME));
    var node = evidence.field(p, "text");
    if (there.stream().noneMatch(r -> r.mayMean(n -> names(speaker, n)))) {
      if (there.isEmpty()) {
        // No words of attribution found is no proof that nobody speaks there (a transcript's
        // "NAME:" lines, a saved page's layout): only when the paragraph quotes nobody either.
        if (quotesSomeone(cited)) {
          return;
        }
        problems.warn(
            node,
            "the point paraphrases "
                + speaker.name()
                + ", but "
                + SourceText.paragraphList(cited)
                + " reports nobody's words: cite the paragraph that reports them, or use"
                + " 'basis: author'");
      } else {
        SpeechReports.Report r = there.get(0);
        Stakeholder other = stakeholderNamed(r.name());
        problems.at(
            node,
            "the point paraphrases "
                + speaker.name()
                + ", but the article reports the words of "
                + (other == null ? r.name() : other.name())
                + " there ("
                + said(r)
                + ")");
      }
      return;
    }
    reports
        .authorsOwn(source, cited, p.text())
        .ifPresent(
            own ->
                problems.warn(
                    node,
                    "the point paraphrases the author's own sentence in ¶"
                        + own.paragraph()
                        + " (\""
                        + source.excerpt(own.paragraph(), own.start())
                        + "\") as "
                        + speaker.name()
                        + "'s words: use 'basis: author', or cite the sentence that reports what "
                        + speaker.name()
                        + " said"));
  }

  /** Whether any of these paragraphs holds quoted words. */
  private boolean quotesSomeone(List<Integer> paragraphs) {
    return paragraphs.stream()
        .anyMatch(n -> source.narration().quotesWords(n, 0, source.paragraph(n).length()));
  }

  /** An alias names its own stakeholder only: not another's name, alias or surname. */
  static void aliases(Briefing briefing, BriefingMapper.Evidence evidence, Problems problems) {
    for (Stakeholder s : briefing.stakeholders()) {
      for (String alias : s.aliases()) {
        String a = Fold.fold(alias).strip();
        if (Fold.fold(s.name()).strip().equals(a)) {
          continue;
        }
        for (Stakeholder other : briefing.stakeholders()) {
          if (other != s
              && !a.isEmpty()
              && namesOf(other).stream().anyMatch(n -> Fold.fold(n).strip().equals(a))) {
            problems.at(
                evidence.field(s, "aliases"),
                "the alias '"
                    + alias
                    + "' of "
                    + s.name()
                    + " names "
                    + other.name()
                    + " ("
                    + other.id()
                    + "): an alias is another name of its own stakeholder only");
          }
        }
      }
    }
  }

  /** Whether {@code written} (the article's name for a speaker) names stakeholder {@code s}. */
  static boolean names(Stakeholder s, String written) {
    for (String n : namesOf(s)) {
      if (ContentWords.hasPhrase(written, n)) {
        return true;
      }
    }
    return false;
  }

  /** The stakeholder's name, the words of its id, its aliases, and a person's surname. */
  static List<String> namesOf(Stakeholder s) {
    List<String> names = new ArrayList<>(s.aliases());
    names.add(s.name());
    names.add(s.id().replace('-', ' '));
    String[] words = s.name().strip().split("\\s+");
    // A person's surname, when the name is a personal name (Ilham Aliyev, not "Chief executive of
    // the river commission").
    if (s.kind() == StakeholderKind.PERSON
        && words.length > 1
        && java.util.Arrays.stream(words).allMatch(w -> Character.isUpperCase(w.codePointAt(0)))) {
      names.add(words[words.length - 1]);
    }
    return names;
  }

  private Stakeholder stakeholderNamed(String written) {
    for (Stakeholder s : briefing.stakeholders()) {
      if (names(s, written)) {
        return s;
      }
    }
    return null;
  }

  private String said(SpeechReports.Report r) {
    String p = source.paragraph(r.paragraph());
    String words = p.substring(r.start(), Math.min(p.length(), r.end())).strip();
    return "¶" + r.paragraph() + ": \"" + words + "\"";
  }
}
