package brief.cli;

import brief.render.Options;
import brief.render.Style;
import picocli.CommandLine.Option;

/** How to print: shared by every command that prints briefings. */
final class OutputOptions {
  enum Format { text, markdown, json }

  enum ColorMode { auto, always, never }

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format = Format.text;

  @Option(names = "--width", paramLabel = "N",
      description = "Wrap text to N columns (default: the terminal's width, else 80).")
  Integer width;

  @Option(names = "--ascii", description = "Plain ASCII: no box drawing, typographic characters transliterated.")
  boolean ascii;

  @Option(names = "--no-color", description = "No colour (also NO_COLOR, and when output is not a terminal).")
  boolean noColor;

  @Option(names = "--color", paramLabel = "WHEN", defaultValue = "auto",
      description = "Colour: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  ColorMode color = ColorMode.auto;

  Options options(Env env) {
    if (width != null && (width < Options.MIN_WIDTH || width > 1000)) {
      throw CliException.usage("--width must be between " + Options.MIN_WIDTH + " and 1000, not " + width);
    }
    int w = width != null ? width : env.stdoutTerminal() && env.columns() > 0 ? env.columns() : 80;
    boolean colour = switch (color) {
      case always -> !noColor;
      case never -> false;
      case auto -> !noColor && !env.noColor() && env.stdoutTerminal() && env.capableTerminal();
    };
    return new Options(w, ascii || !env.utf8(), new Style(colour && format == Format.text));
  }
}
