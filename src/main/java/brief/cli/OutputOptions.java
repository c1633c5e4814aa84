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
    json
  }

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

  OutputOptions(CommandSpec spec) {
    format =
        Command.option(
            spec,
            OptionSpec.builder("--format")
                .paramLabel("FORMAT")
                .type(Format.class)
                .defaultValue("text")
                .description(
                    "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})."));
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

  Format format() {
    return format.getValue();
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
        new Style(colour && format() == Format.text),
        env.stdoutTerminal());
  }
}
