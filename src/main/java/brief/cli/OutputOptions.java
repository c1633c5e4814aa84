package brief.cli;

import brief.render.Options;
import brief.render.Style;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** How to print: shared by every command that prints briefings. */
final class OutputOptions {
  enum Format {
    text,
    markdown,
    json,
    /** One JSON object a line, with the fields of the JSON document's records. */
    ndjson,
    /** A header line, then one record a line, tab-separated. */
    tsv;

    /** Whether this format prints one record a line. */
    boolean records() {
      return this == ndjson || this == tsv;
    }
  }

  /** The formats of a command that prints documents. */
  static final Set<Format> DOCUMENTS = EnumSet.of(Format.text, Format.markdown, Format.json);

  /** The formats of a command whose output is records (list, search, quotes, ...). */
  static final Set<Format> RECORDS = EnumSet.allOf(Format.class);

  enum ColorMode {
    auto,
    always,
    never
  }

  private final OptionSpec format;
  private final OptionSpec width;
  private final OptionSpec ascii;
  private final OptionSpec noColor;
  private final OptionSpec color;
  private final OptionSpec noPager;
  private final Set<Format> offered;

  OutputOptions(CommandSpec spec) {
    this(spec, DOCUMENTS);
  }

  /** The options of a command that prints in the {@code offered} formats only. */
  OutputOptions(CommandSpec spec, Set<Format> offered) {
    this.offered = offered;
    List<String> names = new ArrayList<>();
    for (Format f : offered) {
      names.add(f.name());
    }
    format =
        Command.option(
            spec,
            OptionSpec.builder("--format")
                .paramLabel("FORMAT")
                .type(Format.class)
                .defaultValue("text")
                // Not completed per command: the completion scripts know an option by its name.
                .description(
                    "Output format: "
                        + String.join(", ", names)
                        + " (default: ${DEFAULT-VALUE})."));
    width =
        Command.option(
            spec,
            OptionSpec.builder("--width")
                .paramLabel("N")
                .type(Integer.class)
                .description(
                    "Wrap text to N columns; 0: never wrap (default: the terminal's width, else"
                        + " $COLUMNS, else 80). In a pipe a record (a row of list, a field) is"
                        + " never wrapped."));
    ascii =
        Command.option(
            spec,
            OptionSpec.builder("--ascii")
                .description(
                    "Plain ASCII: no box drawing, typographic characters transliterated, other scripts in Latin letters (a name as the briefing's Latin alias spells it)."));
    noColor =
        Command.option(
            spec,
            OptionSpec.builder("--no-color")
                .description("No colour (also NO_COLOR, and when output is not a terminal)."));
    color =
        Command.option(
            spec,
            OptionSpec.builder("--color")
                .paramLabel("WHEN")
                .type(ColorMode.class)
                .defaultValue("auto")
                .description("Colour: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})."));
    noPager =
        Command.option(
            spec,
            OptionSpec.builder("--no-pager")
                .description(
                    "On a terminal, never page (default: output longer than the screen goes"
                        + " through $BRIEF_PAGER, else $PAGER, else less -FRX; never in a pipe)."));
  }

  boolean noPager() {
    return Command.isSet(noPager);
  }

  /** The format asked for; one this command does not print is a usage error. */
  Format format() {
    Format f = format.getValue();
    if (!offered.contains(f)) {
      List<String> names = new ArrayList<>();
      offered.forEach(o -> names.add(o.name()));
      throw CliException.usage(
          "--format "
              + f
              + " is not offered by "
              + format.command().name()
              + " (formats: "
              + String.join(", ", names)
              + ")");
    }
    return f;
  }

  Options options(Env env) {
    Integer columns = width.getValue();
    if (columns != null
        && columns != Options.UNWRAPPED
        && (columns < Options.MIN_WIDTH || columns > 1000)) {
      throw CliException.usage(
          "--width must be 0 (no wrapping) or between "
              + Options.MIN_WIDTH
              + " and 1000, not "
              + columns);
    }
    // On a terminal its width; in a pipe COLUMNS when the user exported it, as ls does.
    int w = columns != null ? columns : env.columns() > 0 ? env.columns() : 80;
    boolean plain = Command.isSet(noColor);
    boolean colour =
        switch ((ColorMode) color.getValue()) {
          case always -> !plain;
          case never -> false;
          case auto -> !plain && !env.noColor() && env.stdoutTerminal() && env.capableTerminal();
        };
    return new Options(
        w,
        Command.isSet(ascii) || !env.utf8(),
        new Style(colour && format() == Format.text, format() == Format.text && env.hyperlinks()),
        env.stdoutTerminal());
  }
}
