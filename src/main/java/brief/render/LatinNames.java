package brief.render;

import brief.core.Briefing;
import brief.core.Stakeholder;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * The briefings' own Latin spellings of names in other scripts ({@link Stakeholder#latinAlias()}),
 * used by ASCII output before any transliteration: a name the briefing spells {@code Sergei Lavrov}
 * is printed so, not as a transliterator would spell it ({@code Sergey Lavrov}).
 */
public record LatinNames(List<Spelling> spellings) {
  public static final LatinNames NONE = new LatinNames(List.of());

  /** A name as written, and as the briefing spells it in Latin letters. */
  public record Spelling(String name, String latin) {}

  public LatinNames {
    // Longest first, so that a full name wins over a name it contains.
    List<Spelling> sorted = new ArrayList<>(spellings);
    if (sorted.size() > 1) {
      sorted.sort(Comparator.comparingInt((Spelling s) -> s.name().length()).reversed());
    }
    spellings = List.copyOf(sorted);
  }

  public static LatinNames of(Collection<Briefing> briefings) {
    List<Spelling> found = new ArrayList<>();
    for (Briefing b : briefings) {
      // Loops, not lambdas: this runs on the start-up of every lookup printed in ASCII.
      for (Stakeholder s : b.stakeholders()) {
        java.util.Optional<String> latin = s.latinAlias();
        if (latin.isPresent()) {
          found.add(new Spelling(s.name(), latin.get()));
        }
      }
    }
    return found.isEmpty() ? NONE : new LatinNames(found);
  }

  /** {@code text} with every whole occurrence of a known name replaced by its Latin spelling. */
  public String spell(String text) {
    String out = text;
    for (Spelling s : spellings) {
      out = replaceWhole(out, s.name(), s.latin());
    }
    return out;
  }

  /** Replaces {@code name} where no letter or digit touches it on either side. */
  private static String replaceWhole(String text, String name, String latin) {
    int at = text.indexOf(name);
    if (at < 0) {
      return text;
    }
    StringBuilder b = new StringBuilder(text.length());
    int from = 0;
    while (at >= 0) {
      int end = at + name.length();
      boolean whole =
          (at == 0 || !Character.isLetterOrDigit(text.codePointBefore(at)))
              && (end == text.length() || !Character.isLetterOrDigit(text.codePointAt(end)));
      if (whole) {
        b.append(text, from, at).append(latin);
        from = end;
      }
      at = text.indexOf(name, whole ? end : at + 1);
    }
    return b.append(text, from, text.length()).toString();
  }
}
