package brief.cli;

import brief.core.Briefing;
import brief.core.ThemeFilter;
import brief.render.Block;
import brief.render.Fields;
import brief.render.JsonWriter;
import brief.render.LatinNames;
import brief.render.Options;
import brief.render.Tsv;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Set;

/**
 * What the printing commands share: output options, the library, the theme filter, and printing
 * blocks as text or markdown, or a JSON document.
 */
abstract class LookupCommand extends Command {
  final OutputOptions output;
  final LibraryOptions library;
  final ThemeOptions themes;

  final Context context;
  private BriefingResolver briefings;

  LookupCommand(Context context, String name, String... description) {
    this(context, OutputOptions.DOCUMENTS, name, description);
  }

  /** A lookup that prints in the {@code formats} given. */
  LookupCommand(
      Context context, Set<OutputOptions.Format> formats, String name, String... description) {
    super(name, description);
    this.context = context;
    this.output = new OutputOptions(spec, formats);
    this.library = new LibraryOptions(spec);
    this.themes = new ThemeOptions(spec);
  }

  BriefingResolver briefings() {
    if (briefings == null) {
      briefings = new BriefingResolver(context, library.folder(), err(), library.verbose());
    }
    return briefings;
  }

  ThemeFilter filter(List<Briefing> chosen) {
    return BriefingResolver.filter(themes.themes(), chosen);
  }

  Options options() {
    return output.options(context.env());
  }

  boolean json() {
    return output.format() == OutputOptions.Format.json;
  }

  /** Whether the output is one record a line (NDJSON, TSV). */
  boolean records() {
    return output.format().records();
  }

  /** Records as NDJSON or TSV: nothing at all when there is none. */
  int printRecords(List<Fields> records) {
    if (output.format() == OutputOptions.Format.ndjson) {
      StringWriter text = new StringWriter();
      JsonWriter.lines(text, options().ascii(), records);
      emit(text.toString());
    } else {
      emit(Tsv.render(records, options().ascii()));
    }
    return ExitCode.OK.code;
  }

  PrintWriter out() {
    return spec.commandLine().getOut();
  }

  PrintWriter err() {
    return spec.commandLine().getErr();
  }

  int print(List<Block> blocks) {
    emit(Printer.render(output, options(), blocks));
    return ExitCode.OK.code;
  }

  /**
   * Prints blocks about {@code shown}: in ASCII, a name in another script is spelled as these
   * briefings spell it in Latin letters ({@link LatinNames}), before any transliteration.
   */
  int print(List<Block> blocks, List<Briefing> shown) {
    Options o = options();
    emit(Printer.render(output, o.ascii() ? o.withNames(LatinNames.of(shown)) : o, blocks));
    return ExitCode.OK.code;
  }

  int printJson(JsonWriter.Body body) {
    StringWriter text = new StringWriter();
    JsonWriter.document(text, options().ascii(), body);
    emit(text.toString());
    return ExitCode.OK.code;
  }

  /**
   * The whole output: through the pager when it is longer than the terminal (see {@link Pager}).
   */
  private void emit(String text) {
    if (Pager.wanted(context, output.noPager(), text)) {
      Pager.show(context, text, out(), err());
      return;
    }
    out().print(text);
    out().flush();
  }
}
