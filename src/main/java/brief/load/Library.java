package brief.load;

import brief.core.Briefing;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The briefings of a library, newest first, with the problems of the files that could not
 * be loaded (reported, never hiding the good ones).
 */
public record Library(String origin, List<Briefing> briefings, List<BriefingException> problems) {
  public Library {
    briefings = briefings.stream()
        .sorted(Comparator.comparing(Briefing::effectiveDate).reversed().thenComparing(Briefing::id))
        .toList();
    problems = List.copyOf(problems);
  }

  public Optional<Briefing> byId(String id) {
    return briefings.stream().filter(b -> b.id().equals(id)).findFirst();
  }

  public Optional<Briefing> newest() {
    return briefings.stream().findFirst();
  }
}
