package brief.core;

import java.util.ArrayList;
import java.util.List;

/**
 * What a user named by typing an id or a title (a theme, a section): an exact match first, else
 * every one that starts with what was typed; case, accents and spelling folded.
 */
public final class NameMatch {
  private NameMatch() {}

  /** Something that can be named: its id, and its label or title. */
  public record Named(String id, String label) {}

  /** The ids that {@code typed} names: the exact matches if any, else the prefix matches. */
  public static List<String> ids(String typed, List<Named> candidates) {
    String wanted = Fold.fold(typed.trim());
    List<String> exact = new ArrayList<>();
    List<String> prefix = new ArrayList<>();
    for (Named n : candidates) {
      String id = Fold.fold(n.id());
      String label = Fold.fold(n.label());
      if (id.equals(wanted) || label.equals(wanted)) {
        exact.add(n.id());
      } else if (!wanted.isEmpty() && (id.startsWith(wanted) || label.startsWith(wanted))) {
        prefix.add(n.id());
      }
    }
    return exact.isEmpty() ? prefix : exact;
  }
}
