package brief.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** {@code --theme T}, repeatable: keep what carries any of the themes. */
final class ThemeOptions {
  @Option(names = "--theme", paramLabel = "THEME", completionCandidates = Candidates.ThemeIds.class,
      description = "Only what carries this theme (id or label, case-insensitive, a unique prefix is enough; repeatable: any of them).")
  List<String> themes = new ArrayList<>();
}
