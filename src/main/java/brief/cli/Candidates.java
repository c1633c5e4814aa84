package brief.cli;

import brief.core.Briefing;
import brief.core.Section;
import brief.render.Documents;
import brief.render.Sanitizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;

/**
 * What the library offers for an argument at the time of a Tab: briefing ids, theme ids, speaker
 * names, section ids. An argument's {@code completionCandidates} names one, for the completion
 * scripts to ask {@code brief __complete KIND} when Tab is pressed; so the constants list nothing
 * themselves (picocli builds them with every command line, and the library is never loaded then).
 */
enum Candidates implements Iterable<String> {
  BRIEFINGS,
  THEMES,
  SPEAKERS,
  /** The sections of the briefing named, and the parts that {@code show ID PART} prints. */
  SECTIONS;

  /** The word that {@code brief __complete} takes for this kind. */
  String word() {
    return name().toLowerCase(Locale.ROOT);
  }

  @Override
  public Iterator<String> iterator() {
    return Collections.emptyIterator();
  }

  /**
   * The candidates, one a line: the word to insert, and after a tab what it is (a title, a label, a
   * role), sanitized since it comes from a briefing and reaches the terminal in the shell's list.
   */
  List<String> lines(Briefings source, List<String> args) {
    TreeMap<String, String> found = new TreeMap<>();
    switch (this) {
      case BRIEFINGS -> source.library().briefings().forEach(b -> found.put(b.id(), b.title()));
      case THEMES -> {
        for (Briefing b : briefings(source, args)) {
          b.themes().forEach(t -> found.putIfAbsent(t.id(), t.label()));
        }
      }
      case SPEAKERS -> {
        for (Briefing b : briefings(source, args)) {
          b.quotes()
              .forEach(
                  q ->
                      found.putIfAbsent(
                          b.speakerName(q.speaker()),
                          b.stakeholder(q.speaker()).map(s -> s.role()).orElse("")));
        }
      }
      case SECTIONS -> {
        if (args.isEmpty()) {
          return List.of();
        }
        Briefing b = source.resolve(args.get(0));
        List<String> lines = new ArrayList<>();
        for (Section s : b.sections()) {
          lines.add(line(s.id(), s.title()));
        }
        for (Documents.Part p : Documents.Part.values()) {
          lines.add(line(p.name().toLowerCase(Locale.ROOT), p.title()));
        }
        return lines;
      }
    }
    List<String> lines = new ArrayList<>();
    found.forEach((word, what) -> lines.add(line(word, what)));
    return lines;
  }

  /** The briefings named, or the whole library. */
  private static List<Briefing> briefings(Briefings source, List<String> args) {
    return args.isEmpty() ? source.library().briefings() : source.resolve(args);
  }

  private static String line(String word, String what) {
    String w = Sanitizer.line(word);
    String d = what == null ? "" : Sanitizer.line(what);
    return d.isEmpty() ? w : w + "\t" + d;
  }
}
