package brief.cli;

import java.io.PrintWriter;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * {@code brief __complete [--prefix=WORD] KIND [BRIEFING...]}: the candidates for a Tab that start
 * with the word typed so far, one a line, from the library as it is now (see {@link Candidates}).
 * The completion scripts run it at every Tab, so it prints nothing else and exits 0 whatever
 * happens: a broken or missing library, an unknown briefing, a kind it does not know all mean no
 * candidates. Hidden: it is not for people.
 */
final class CompleteCommand extends Command {
  static final String NAME = "__complete";

  private final LibraryOptions library = new LibraryOptions(spec);
  private final OptionSpec prefix =
      option(
          OptionSpec.builder("--prefix")
              .paramLabel("WORD")
              .type(String.class)
              .defaultValue("")
              .description("Only the candidates that start so (case and accents folded)."));
  private final PositionalParamSpec words =
      positional(
          PositionalParamSpec.builder()
              .paramLabel("KIND")
              .arity("0..*")
              .type(List.class)
              .auxiliaryTypes(String.class)
              .description("briefings, themes, speakers or sections, then briefings."));
  private final Context context;

  CompleteCommand(Context context) {
    super(NAME, "Print completion candidates, one a line (for the completion scripts).");
    spec.usageMessage().hidden(true);
    this.context = context;
  }

  @Override
  public Integer call() {
    List<String> args = values(words);
    PrintWriter out = spec.commandLine().getOut();
    try {
      Candidates kind = Candidates.valueOf(args.get(0).toUpperCase(Locale.ROOT));
      // Warnings about the library's files would land in the middle of the person's command line.
      BriefingResolver source =
          new BriefingResolver(context, library.folder(), new PrintWriter(Writer.nullWriter()));
      boolean ascii = !context.env().utf8();
      kind.lines(source, args.subList(1, args.size()), prefix.getValue(), ascii)
          .forEach(out::println);
    } catch (RuntimeException e) {
      // No candidates: a Tab never prints an error.
    }
    out.flush();
    return ExitCode.OK.code;
  }
}
