package brief.cli;

import brief.render.Options;
import brief.render.Style;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** How to print: shared by every command that prints briefings. */
final class OutputOptions {
  enum Format {
    text,
    markdown,
    json,
    ndjson
  }

  /** What most commands print; a command that offers more names them. */
  static final java.util.Set<Format> DOCUMENT_FORMATS =
      java.util.EnumSet.of(Format.text, Format.markdown, Format.json);

  enum ColorMode {
    auto,
    always,
    never
  }

  private final OptionSpec format;
  private final java.util.Set<Format> offered;
  private final OptionSpec width;
  private final OptionSpec ascii;
  private final OptionSpec noColor;
  private final OptionSpec color;

  OutputOptions(CommandSpec spec) {
    this(spec, DOCUMENT_FORMATS);
  }

  OutputOptions(CommandSpec spec, java.util.Set<Format> offered) {
    this.offered = offered;
    // Completion offers every format for every command (one meaning per option name); the help
    // and the refusal name what this command prints.
    java.util.List<String> names = offeredNames();
    format =
        Command.option(
            spec,
            OptionSpec.builder("--format")
                .paramLabel("FORMAT")
                .type(Format.class)
                .defaultValue("text")
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
                .description("Wrap text to N columns (default: the terminal's width, else 80)."));
    ascii =
        Command.option(
            spec,
            OptionSpec.builder("--ascii")
                .description(
                    "Plain ASCII: no box drawing, typographic characters transliterated."));
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
  }

  private java.util.List<String> offeredNames() {
    java.util.List<String> names = new java.util.ArrayList<>();
    for (Format f : offered) {
      names.add(f.name());
    }
    return names;
  }

  /** The format asked for; one this command does not offer is a usage error. */
  Format format() {
    Format f = format.getValue();
    if (!offered.contains(f)) {
      throw CliException.usage(
          "brief "
              + format.command().name()
              + " does not print --format "
              + f
              + " (formats: "
              + String.join(", ", offeredNames())
              + ")");
    }
    return f;
  }

  Options options(Env env) {
    Integer columns = width.getValue();
    if (columns != null && (columns < Options.MIN_WIDTH || columns > 1000)) {
      throw CliException.usage(
          "--width must be between " + Options.MIN_WIDTH + " and 1000, not " + columns);
    }
    int w =
        columns != null ? columns : env.stdoutTerminal() && env.columns() > 0 ? env.columns() : 80;
    boolean plain = Command.isSet(noColor);
    boolean colour =
        switch ((ColorMode) color.getValue()) {
          case always -> !plain;
          case never -> false;
          case auto -> !plain && !env.noColor() && env.stdoutTerminal() && env.capableTerminal();
        };
    return new Options(
        w, Command.isSet(ascii) || !env.utf8(), new Style(colour && format() == Format.text));
  }
}
