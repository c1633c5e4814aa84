package brief.cli;

import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** {@code --theme T}, repeatable: keep what carries any of the themes. */
final class ThemeOptions {
  private final OptionSpec theme;

  ThemeOptions(CommandSpec spec) {
    theme =
        Command.option(
            spec,
            OptionSpec.builder("--theme")
                .paramLabel("THEME")
                .type(List.class)
                .auxiliaryTypes(String.class)
                .completionCandidates(Candidates.THEMES)
                .description(
                    "Only what carries this theme (id or label, case-insensitive, a unique prefix is enough; repeatable: any of them)."));
  }

  List<String> themes() {
    return Command.values(theme);
  }
}
