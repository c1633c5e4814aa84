package brief.load;

import brief.core.Basis;
import brief.core.Briefing;
import brief.core.ContentWords;
import brief.core.Facts;
import brief.core.Fold;
import brief.core.Point;
import brief.core.Quote;
import brief.core.Section;
import brief.core.SourceText;
import brief.core.Stakeholder;
import brief.core.TimelineEntry;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Names, numbers and dates in every statement: each must be in the paragraphs it cites (a summary's
 * and a role's: anywhere in the source), or be the name of a stakeholder, or stand in a statement
 * that gives a {@code ref}. Words in quotation marks are the article's, word for word. A point that
 * shares no word with the paragraphs it cites is pointed at the closest one.
 */
final class Statements {
  private final Briefing briefing;
  private final SourceText source;
  private final BriefingMapper.Evidence evidence;
  private final Problems problems;
  private final String whole;
  private final Set<String> covered = new LinkedHashSet<>();

  /** A statement to check: what it is, its text, the paragraphs it cites (empty: all). */
  private record Statement(
      String what, String text, List<Integer> cited, boolean hasRef, Node node, Point point) {

    /** A role is a title: its first word is checked like any other ("Columnist"). */
    boolean title() {
      return what.startsWith("the role of ");
    }
  }

  Statements(
      Briefing briefing, SourceText source, BriefingMapper.Evidence evidence, Problems problems) {
    this.briefing = briefing;
    this.source = source;
    this.evidence = evidence;
    this.problems = problems;
    this.whole =
        String.join(
            "\n\n", IntStream.rangeClosed(1, source.size()).mapToObj(source::paragraph).toList());
    for (Stakeholder s : briefing.stakeholders()) {
      for (String name : Attributions.namesOf(s)) {
        covered.add(name);
      }
    }
    covered.add(briefing.source().author());
    covered.add(briefing.source().outlet());
  }

  void check() {
    for (Statement s : statements()) {
      if (s.cited().stream().anyMatch(n -> n < 1 || n > source.size())) {
        continue;
      }
      String text = s.cited().isEmpty() ? whole : cited(s.cited());
      String where =
          s.cited().isEmpty()
              ? "the source text"
              : "the cited " + SourceText.paragraphList(s.cited());
      quotedWords(s, text, where);
      if (!s.hasRef()) {
        facts(s, text, where);
      }
      if (s.point() != null && !s.cited().isEmpty() && s.point().basis() != Basis.ANALYST) {
        sharesAWord(s);
      }
    }
  }

  private List<Statement> statements() {
    List<Statement> out = new ArrayList<>();
    out.add(
        new Statement(
            "the summary",
            briefing.summary(),
            List.of(),
            false,
            evidence.field(briefing, "summary"),
            null));
    for (Section sec : briefing.sections()) {
      if (!sec.summary().isEmpty()) {
        out.add(
            new Statement(
                "the summary of section '" + sec.id() + "'",
                sec.summary(),
                List.of(),
                false,
                evidence.field(sec, "summary"),
                null));
      }
      for (Point p : sec.points()) {
        if (!p.paragraphs().isEmpty()) {
          out.add(
              new Statement(
                  "the point",
                  p.text(),
                  p.paragraphs(),
                  !p.ref().isEmpty(),
                  evidence.field(p, "text"),
                  p));
        }
      }
    }
    for (Quote q : briefing.quotes()) {
      if (!q.context().isEmpty()) {
        out.add(
            new Statement(
                "the context of quote '" + (q.id().isEmpty() ? q.text() : q.id()) + "'",
                q.context(),
                List.of(),
                false,
                evidence.field(q, "context"),
                null));
      }
    }
    for (Stakeholder s : briefing.stakeholders()) {
      // The source's own author is its "Author": the byline says so.
      boolean author = ContentWords.hasPhrase(s.name(), briefing.source().author());
      String role = author ? s.role().replaceAll("^(?i)author\\b", "") : s.role();
      if (!role.isBlank()) {
        out.add(
            new Statement(
                "the role of " + s.name(),
                role,
                List.of(),
                false,
                evidence.field(s, "role"),
                null));
      }
    }
    for (TimelineEntry t : briefing.timeline()) {
      out.add(
          new Statement(
              "the timeline entry " + t.date(),
              t.event(),
              t.paragraphs(),
              !t.ref().isEmpty(),
              evidence.field(t, "event"),
              null));
    }
    return out;
  }

  private String cited(List<Integer> cited) {
    StringBuilder b = new StringBuilder();
    for (int n : cited) {
      b.append(source.paragraph(n)).append("\n\n");
    }
    return b.toString();
  }

  /** Words in quotation marks inside a statement are the article's own: an error if not. */
  private void quotedWords(Statement s, String text, String where) {
    String folded = Fold.fold(text).replace('’', '\'');
    for (String quoted : Facts.quotedWords(s.text())) {
      for (String part : quoted.split("…|\\.\\.\\.")) {
        String p = Fold.fold(part).replace('’', '\'').replaceAll("\\s+", " ").strip();
        // Marks around punctuation alone quote no words (a stray mark of a mangled page).
        boolean words = p.codePoints().anyMatch(Character::isLetterOrDigit);
        if (words && !ContentWords.hasPhrase(folded.replace('"', ' '), p)) {
          problems.at(
              s.node(),
              s.what()
                  + ": the words in quotation marks \""
                  + quoted.strip()
                  + "\" are not in "
                  + where
                  + ": quote the article word for word, or drop the marks");
          break;
        }
      }
    }
  }

  private void facts(Statement s, String text, String where) {
    List<String> missing = new ArrayList<>();
    for (Facts.Fact f : Facts.of(s.text())) {
      if (f.kind() == Facts.Kind.NAME
          && (f.value().equals("start") && !s.title() && !Facts.nameInSource(f.written(), whole)
              || coveredName(f.written()))) {
        continue;
      }
      if (!Facts.stated(f, text) && !missing.contains(f.written())) {
        missing.add(f.written());
      }
    }
    if (!missing.isEmpty()) {
      problems.warn(
          s.node(),
          s.what()
              + " states what "
              + where
              + " does not: '"
              + String.join("', '", missing)
              + (s.cited().isEmpty()
                  ? "' (say only what the article says; an outside fact goes in a point with a"
                      + " 'ref')"
                  : "' (cite the paragraph that gives it, or add a 'ref' for an outside fact)"));
    }
  }

  /** A name that is a stakeholder's (or a word of one), or the source's author or outlet. */
  private boolean coveredName(String word) {
    if (coveredWords == null) {
      coveredWords = ContentWords.spacedEach(covered);
    }
    return ContentWords.inAny(coveredWords, word);
  }

  /** {@link #covered}'s words, made once: every name of every statement is looked up in them. */
  private String coveredWords;

  private void sharesAWord(Statement s) {
    Set<String> words = ContentWords.of(s.text());
    if (words.isEmpty()) {
      return;
    }
    for (int n : s.cited()) {
      if (ContentWords.shared(words, ContentWords.of(source.paragraph(n))) > 0) {
        return;
      }
    }
    int best = 0;
    int bestShared = 0;
    for (int n = 1; n <= source.size(); n++) {
      int shared = ContentWords.shared(words, ContentWords.of(source.paragraph(n)));
      if (shared > bestShared) {
        best = n;
        bestShared = shared;
      }
    }
    problems.warn(
        s.node(),
        "the point shares no word with the cited "
            + SourceText.paragraphList(s.cited())
            + (best == 0
                ? ": no paragraph of the source says it"
                : ": the closest paragraph is ¶"
                    + best
                    + " (\""
                    + source.excerpt(best, 0)
                    + "\")"));
  }
}
