package brief.cli;

import brief.core.Briefing;
import brief.core.ThemeFilter;
import brief.render.Block;
import brief.render.JsonWriter;
import brief.render.Options;
import java.io.PrintWriter;
import java.util.List;

/**
 * What the printing commands share: output options, the library, the theme filter, and printing
 * blocks as text or markdown, or a JSON document.
 */
abstract class LookupCommand extends Command {
  final OutputOptions output = new OutputOptions(spec);
  final LibraryOptions library = new LibraryOptions(spec);
  final ThemeOptions themes;

  final Context context;
  private Briefings briefings;

  LookupCommand(Context context, String name, String... description) {
    super(name, description);
    this.context = context;
    this.themes = new ThemeOptions(spec);
  }

  Briefings briefings() {
    if (briefings == null) {
      briefings = new Briefings(context, library.folder(), err(), library.verbose());
    }
    return briefings;
  }

  ThemeFilter filter(List<Briefing> chosen) {
    return Briefings.filter(themes.themes(), chosen);
  }

  Options options() {
    return output.options(context.env());
  }

  boolean json() {
    return output.format() == OutputOptions.Format.json;
  }

  PrintWriter out() {
    return spec.commandLine().getOut();
  }

  PrintWriter err() {
    return spec.commandLine().getErr();
  }

  int print(List<Block> blocks) {
    Printer.print(out(), output, options(), blocks);
    return ExitCodes.OK;
  }

  int printJson(JsonWriter.Body body) {
    JsonWriter.document(out(), options().ascii(), body);
    out().flush();
    return ExitCodes.OK;
  }
}
