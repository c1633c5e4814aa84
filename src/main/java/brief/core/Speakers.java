package brief.core;

import java.util.ArrayList;
import java.util.List;

/**
 * Matches a speaker as typed against a stakeholder's id, name or aliases: folded, with the spelling
 * equivalences of {@link Spelling} ({@code Aliyev} finds {@code İlham Əliyev}).
 */
public final class Speakers {
  private Speakers() {}

  public static boolean matches(Stakeholder s, String typed) {
    Query wanted = Query.phrase(typed);
    List<String> names = new ArrayList<>(List.of(s.id(), s.name()));
    names.addAll(s.aliases());
    return wanted.matchesAny(names);
  }

  /** The quotes the view shows whose speaker, looked up in the whole briefing, matches. */
  public static List<Quote> quotesBy(BriefingView b, String typed) {
    return b.quotes().stream()
        .filter(
            q ->
                b.stakeholder(q.speaker())
                    .map(s -> matches(s, typed))
                    .orElse(Query.phrase(typed).matchesAny(List.of(q.speaker()))))
        .toList();
  }
}
