package brief.cli;

import brief.core.Briefing;
import brief.core.ThemeFilter;
import brief.render.Block;
import brief.render.JsonWriter;
import brief.render.Options;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * What the printing commands share: output options, the library, the theme filter, and
 * printing blocks as text or markdown, or a JSON document.
 */
abstract class LookupCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin OutputOptions output;
  @Mixin LibraryOptions library;
  @Mixin ThemeOptions themes;

  final Context context;
  private Briefings briefings;

  LookupCommand(Context context) {
    this.context = context;
  }

  Briefings briefings() {
    if (briefings == null) {
      briefings = new Briefings(context, library, spec.commandLine().getErr());
    }
    return briefings;
  }

  ThemeFilter filter(List<Briefing> chosen) {
    return Briefings.filter(themes, chosen);
  }

  Options options() {
    return output.options(context.env());
  }

  boolean json() {
    return output.format == OutputOptions.Format.json;
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
