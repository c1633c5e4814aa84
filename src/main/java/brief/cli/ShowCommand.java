package brief.cli;

import brief.core.Briefing;
import brief.core.BriefingView;
import brief.core.NameMatch;
import brief.core.Section;
import brief.core.ThemeFilter;
import brief.render.Documents;
import brief.render.Sanitizer;
import java.util.List;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

final class ShowCommand extends LookupCommand {
  private final OptionSpec sources =
      option(
          OptionSpec.builder("--sources")
              .description(
                  "After each point, quote and timeline entry, print the source paragraphs it cites."));
  private final PositionalParamSpec name;
  private final PositionalParamSpec sectionName;

  ShowCommand(Context context) {
    super(context, "show", "Print a whole briefing, or one of its sections, in full.");
    name =
        positional(
            PositionalParamSpec.builder()
                .index("0")
                .required(true)
                .paramLabel("BRIEFING")
                .type(String.class)
                .completionCandidates(Candidates.BRIEFINGS)
                .description("A briefing id, a .yaml file, or - for standard input."));
    sectionName =
        positional(
            PositionalParamSpec.builder()
                .index("1")
                .arity("0..1")
                .paramLabel("SECTION")
                .type(String.class)
                .completionCandidates(Candidates.SECTIONS)
                .description(
                    "A section id or the start of its title, or overview, quotes, stakeholders, timeline,"
                        + " themes or source: every part the reader shows (default: the whole"
                        + " briefing)."));
    examples(
        "  brief show us-azerbaijan-partnership-2025",
        "  brief show us-azerbaijan-partnership-2025 energy",
        "  brief show briefing.yaml --format markdown",
        "  brief show us-azerbaijan-partnership-2025 --sources");
  }

  @Override
  public Integer call() {
    Briefing original = briefings().resolve((String) name.getValue());
    ThemeFilter filter = filter(List.of(original));
    BriefingView b = filter.view(original);
    String wanted = sectionName.getValue();
    Documents.Part part = wanted == null ? null : part(original, wanted);
    Section section = wanted == null || part != null ? null : section(b, wanted);
    if (json()) {
      return printJson(
          w -> {
            if (part != null) {
              w.part(b, part);
            } else {
              w.show(b, section, isSet(sources));
            }
          });
    }
    return print(
        part != null
            ? Documents.show(b, part, isSet(sources))
            : Documents.show(b, section, isSet(sources)),
        List.of(original));
  }

  /**
   * The part of the briefing (quotes, stakeholders, …) that {@code wanted} names, when no section
   * does.
   */
  private static Documents.Part part(Briefing b, String wanted) {
    List<NameMatch.Named> sections =
        b.sections().stream().map(s -> new NameMatch.Named(s.id(), s.title())).toList();
    if (!NameMatch.ids(wanted, sections).isEmpty()) {
      return null;
    }
    List<String> parts =
        NameMatch.ids(
            wanted,
            java.util.Arrays.stream(Documents.Part.values())
                .map(p -> new NameMatch.Named(p.name(), p.title()))
                .toList());
    return parts.size() == 1 ? Documents.Part.valueOf(parts.get(0)) : null;
  }

  /**
   * A section by id or title, or the unique start of one; ambiguous or unknown is a usage error.
   */
  static Section section(BriefingView b, String wanted) {
    List<String> ids =
        NameMatch.ids(
            wanted,
            b.sections().stream().map(s -> new NameMatch.Named(s.id(), s.title())).toList());
    if (ids.size() == 1) {
      return b.sections().stream().filter(s -> s.id().equals(ids.get(0))).findFirst().orElseThrow();
    }
    String all =
        String.join(", ", b.sections().stream().map(Section::id).toList())
            + "; and "
            + String.join(
                ", ",
                java.util.Arrays.stream(Documents.Part.values())
                    .map(p -> p.name().toLowerCase(java.util.Locale.ROOT))
                    .toList());
    List<String> names = new java.util.ArrayList<>(b.sections().stream().map(Section::id).toList());
    for (Documents.Part p : Documents.Part.values()) {
      names.add(p.name().toLowerCase(java.util.Locale.ROOT));
    }
    String hint =
        brief.core.Similarity.nearest(wanted, names)
            .map(n -> "; did you mean '" + Sanitizer.line(n) + "'?")
            .orElse("");
    throw CliException.usage(
        ids.isEmpty()
            ? "unknown section '" + Sanitizer.line(wanted) + "' (sections: " + all + ")" + hint
            : "ambiguous section '"
                + Sanitizer.line(wanted)
                + "' (matches: "
                + String.join(", ", ids)
                + ")");
  }
}
