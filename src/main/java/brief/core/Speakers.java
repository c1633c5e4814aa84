package brief.core;

import java.util.ArrayList;
import java.util.List;

/** Matches a speaker as typed against a stakeholder's id, name or aliases (folded). */
public final class Speakers {
  private Speakers() {}

  public static boolean matches(Stakeholder s, String typed) {
    String wanted = Fold.fold(typed.trim());
    if (wanted.isEmpty()) {
      return false;
    }
    List<String> names = new ArrayList<>(List.of(s.id(), s.name()));
    names.addAll(s.aliases());
    return names.stream().map(Fold::fold).anyMatch(n -> n.equals(wanted) || n.contains(wanted));
  }

  public static List<Quote> quotesBy(Briefing b, String typed) {
    return b.quotes().stream()
        .filter(q -> b.stakeholder(q.speaker()).map(s -> matches(s, typed))
            .orElse(Fold.fold(q.speaker()).contains(Fold.fold(typed.trim()))))
        .toList();
  }
}
