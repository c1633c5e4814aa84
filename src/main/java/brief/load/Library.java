package brief.load;

import brief.core.Briefing;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The briefings of a library, newest first, with the problems of the files that could not be loaded
 * (reported, never hiding the good ones). Briefings that share an id are all kept and listed;
 * {@code duplicates} names the files of each such id, so that a lookup by it can fail naming them
 * rather than pick one by chance.
 */
public record Library(
    String origin,
    List<Briefing> briefings,
    List<BriefingException> problems,
    Map<String, List<String>> duplicates) {
  /**
   * Newest first, then by id. One lambda of ours, which the class-data archive keeps, rather than
   * {@code Comparator.comparing(…).reversed()}, whose JDK lambdas are made anew each run.
   */
  private static final Comparator<Briefing> NEWEST_FIRST =
      (a, b) -> {
        int byDate = b.effectiveDate().compareTo(a.effectiveDate());
        return byDate != 0 ? byDate : a.id().compareTo(b.id());
      };

  public Library {
    briefings = briefings.stream().sorted(NEWEST_FIRST).toList();
    problems = List.copyOf(problems);
    duplicates = Map.copyOf(duplicates);
  }

  public Library(String origin, List<Briefing> briefings, List<BriefingException> problems) {
    this(origin, briefings, problems, Map.of());
  }

  public Optional<Briefing> byId(String id) {
    return briefings.stream().filter(b -> b.id().equals(id)).findFirst();
  }

  public Optional<Briefing> newest() {
    return briefings.stream().findFirst();
  }
}
