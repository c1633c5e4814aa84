package brief.core;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Turns what a user typed ({@code --theme T}) into theme ids: a theme id or label, case- and
 * accent-insensitive; a unique prefix of either is enough.
 */
public final class ThemeResolver {
  private final Map<String, Theme> byId = new LinkedHashMap<>();

  public ThemeResolver(List<Briefing> briefings) {
    for (Briefing b : briefings) {
      for (Theme t : b.themes()) {
        byId.putIfAbsent(t.id(), t);
      }
    }
  }

  /** The outcome: the theme ids, or a one-line reason that names the themes that exist. */
  public record Resolution(Set<String> ids, String error) {
    public boolean ok() {
      return error.isEmpty();
    }
  }

  public Resolution resolve(List<String> specs) {
    Set<String> ids = new TreeSet<>();
    for (String spec : specs) {
      List<String> found =
          NameMatch.ids(
              spec,
              byId.values().stream().map(t -> new NameMatch.Named(t.id(), t.label())).toList());
      if (found.size() == 1) {
        ids.add(found.get(0));
      } else if (found.isEmpty()) {
        String hint =
            Similarity.nearest(Fold.fold(spec).strip(), new TreeSet<>(byId.keySet()))
                .map(id -> "did you mean '" + id + "'? ")
                .orElse("");
        return new Resolution(
            Set.of(), "unknown theme '" + spec + "' (" + hint + "themes: " + known() + ")");
      } else {
        return new Resolution(
            Set.of(),
            "ambiguous theme '"
                + spec
                + "' (matches: "
                + String.join(", ", new TreeSet<>(found))
                + ")");
      }
    }
    return new Resolution(ids, "");
  }

  private String known() {
    return byId.isEmpty() ? "none" : String.join(", ", new TreeSet<>(byId.keySet()));
  }
}
