package brief.cli;

import brief.core.Briefing;
import brief.core.Fold;
import brief.core.Section;
import brief.core.Stakeholder;
import brief.render.Ascii;
import brief.render.Documents;
import brief.render.Sanitizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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
   * The candidates that start with {@code typed} (folded as lookups fold what they are given: case,
   * accents, ə→e, so {@code il} finds İlham), one a line: the word to insert, and after a tab what
   * it is (a title, a label, a role), sanitized since it comes from a briefing and reaches the
   * terminal in the shell's list. With {@code ascii} (a charset that is not UTF-8) both are in the
   * ASCII form that lookups print and accept.
   */
  List<String> lines(BriefingResolver source, List<String> args, String typed, boolean ascii) {
    String wanted = Fold.fold(typed);
    TreeMap<String, String> found = new TreeMap<>();
    switch (this) {
      case BRIEFINGS -> {
        for (Briefing b : source.library().briefings()) {
          if (starts(b.id(), wanted)) {
            found.put(b.id(), b.title());
          }
        }
      }
      case THEMES -> {
        for (Briefing b : briefings(source, args)) {
          b.themes().stream()
              .filter(t -> starts(t.id(), wanted))
              .forEach(t -> found.putIfAbsent(t.id(), t.label()));
        }
      }
      case SPEAKERS -> {
        for (Briefing b : briefings(source, args)) {
          b.quotes()
              .forEach(
                  q -> {
                    Optional<Stakeholder> s = b.stakeholder(q.speaker());
                    String word =
                        speaker(
                            b.speakerName(q.speaker()),
                            s.map(Stakeholder::id).orElse(q.speaker()),
                            s.map(Stakeholder::aliases).orElse(List.of()),
                            wanted,
                            ascii);
                    if (word != null) {
                      found.putIfAbsent(word, s.map(Stakeholder::role).orElse(""));
                    }
                  });
        }
      }
      case SECTIONS -> {
        if (args.isEmpty()) {
          return List.of();
        }
        Briefing b = source.resolve(args.get(0));
        List<String> lines = new ArrayList<>();
        // In the order the reader shows them: the overview, the sections, the other parts.
        for (Documents.Part p : Documents.Part.values()) {
          String id = p.name().toLowerCase(Locale.ROOT);
          if (starts(id, wanted)) {
            lines.add(line(id, p.title(), ascii));
          }
          if (p == Documents.Part.OVERVIEW) {
            for (Section s : b.sections()) {
              if (starts(s.id(), wanted)) {
                lines.add(line(s.id(), s.title(), ascii));
              }
            }
          }
        }
        return lines;
      }
    }
    List<String> lines = new ArrayList<>();
    found.forEach((word, what) -> lines.add(line(word, what, ascii)));
    return lines;
  }

  /**
   * What to insert for a speaker that the folded word names: the name as lookups print it, when the
   * word starts it or one of the aliases; the id, when the word starts only the id (lookups take
   * either), or when the name has no ASCII form; null when the word starts none of them.
   */
  private static String speaker(
      String name, String id, List<String> aliases, String wanted, boolean ascii) {
    String shown = ascii ? Ascii.transliterate(name) : name;
    boolean byName = starts(name, wanted) || aliases.stream().anyMatch(a -> starts(a, wanted));
    if (byName && !shown.contains("<U+")) {
      return shown;
    }
    return byName || starts(id, wanted) ? id : null;
  }

  private static boolean starts(String text, String wanted) {
    return Fold.fold(text).startsWith(wanted);
  }

  /** The briefings named, or the whole library. */
  private static List<Briefing> briefings(BriefingResolver source, List<String> args) {
    return args.isEmpty() ? source.library().briefings() : source.resolve(args);
  }

  private static String line(String word, String what, boolean ascii) {
    String w = Sanitizer.line(ascii ? Ascii.transliterate(word) : word);
    String d = what == null ? "" : Sanitizer.line(ascii ? Ascii.transliterate(what) : what);
    return d.isEmpty() ? w : w + "\t" + d;
  }
}
