package brief.core;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Alias widening: a query that names a stakeholder (every term a whole word of its name or of one
 * of its aliases) also finds that stakeholder's other names, in every field.
 */
final class Aliases {
  private Aliases() {}

  /** Another name to look for ({@code name}, as a phrase), and how to say why ({@code via}). */
  record Widening(Query name, String via) {}

  static List<Widening> widenings(List<Briefing> library, Query query) {
    List<Widening> found = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Briefing b : library) {
      for (Stakeholder s : b.stakeholders()) {
        List<String> names = new ArrayList<>(s.aliases());
        names.add(0, s.name());
        String named = null;
        for (String n : names) {
          if (query.matchesWords(n)) {
            named = n;
            break;
          }
        }
        if (named == null) {
          continue;
        }
        for (String n : names) {
          if (!query.matchesAny(List.of(n))
              && !n.isBlank()
              && seen.add(Spelling.fold(n) + "\u0000" + s.name())) {
            String via =
                n.equals(s.name())
                    ? n + " — named by its alias " + named
                    : n + " — an alias of " + s.name();
            found.add(new Widening(Query.phrase(n), via));
          }
        }
      }
    }
    return found;
  }
}
