package brief.cli;

import brief.core.Briefing;
import brief.core.Theme;
import java.util.Iterator;
import java.util.List;
import java.util.TreeSet;

/**
 * Completion candidates from the library: briefing ids and theme ids, read only when a completion
 * script is generated (picocli builds these objects with every command line, so the library is
 * never loaded in the constructor).
 */
final class Candidates {
  private Candidates() {}

  static List<Briefing> library(Context context) {
    Briefings briefings =
        new Briefings(context, null, new java.io.PrintWriter(java.io.Writer.nullWriter()));
    try {
      return briefings.library().briefings();
    } catch (CliException e) {
      return List.of();
    }
  }

  /** The ids of the library's briefings. */
  static final class BriefingIds implements Iterable<String> {
    private final Context context;

    BriefingIds(Context context) {
      this.context = context;
    }

    @Override
    public Iterator<String> iterator() {
      return library(context).stream().map(Briefing::id).sorted().iterator();
    }
  }

  /** The ids of every theme in the library. */
  static final class ThemeIds implements Iterable<String> {
    private final Context context;

    ThemeIds(Context context) {
      this.context = context;
    }

    @Override
    public Iterator<String> iterator() {
      TreeSet<String> ids = new TreeSet<>();
      library(context).forEach(b -> b.themes().stream().map(Theme::id).forEach(ids::add));
      return ids.iterator();
    }
  }
}
