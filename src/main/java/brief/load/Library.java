package brief.load;

import brief.core.Briefing;
import java.util.ArrayList;
import java.util.Collections;
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
   * Newest first, then by id. A class of ours rather than {@code
   * Comparator.comparing(…).reversed()}, whose JDK lambdas are made anew each run, or a lambda,
   * which the JVM links through method handles on first use (as it does a stream's): every lookup
   * builds a library, and each lambda linked costs its start-up ~0.15 ms.
   */
  private static final class NewestFirst implements Comparator<Briefing> {
    @Override
    public int compare(Briefing a, Briefing b) {
      int byDate = b.effectiveDate().compareTo(a.effectiveDate());
      return byDate != 0 ? byDate : a.id().compareTo(b.id());
    }
  }

  public Library {
    List<Briefing> sorted = new ArrayList<>(briefings);
    sorted.sort(new NewestFirst());
    briefings = Collections.unmodifiableList(sorted);
    problems = List.copyOf(problems);
    duplicates = Map.copyOf(duplicates);
  }

  public Library(String origin, List<Briefing> briefings, List<BriefingException> problems) {
    this(origin, briefings, problems, Map.of());
  }

  public Optional<Briefing> byId(String id) {
    for (Briefing b : briefings) {
      if (b.id().equals(id)) {
        return Optional.of(b);
      }
    }
    return Optional.empty();
  }

  public Optional<Briefing> newest() {
    return briefings.isEmpty() ? Optional.empty() : Optional.of(briefings.get(0));
  }
}
