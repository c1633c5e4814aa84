package brief.cli;

import brief.terminal.Reader;
import java.io.PrintWriter;
import java.io.Writer;

/**
 * Runs every path once with its output thrown away: the launcher trains the class-data
 * archive (or AOT cache) with it, so that the reader and every format start fast, not only the
 * command that happened to run first. Hidden: it is not for people.
 */
final class WarmUpCommand extends Command {
  private final Context context;

  WarmUpCommand(Context context) {
    super("warm-up", "Exercise every command once, printing nothing.");
    spec.usageMessage().hidden(true);
    this.context = context;
  }

  @Override
  public Integer call() throws Exception {
    PrintWriter nowhere = new PrintWriter(Writer.nullWriter());
    String[][] runs = {
        {"summary"}, {"summary", "--format", "json"}, {"summary", "--format", "markdown", "--ascii"},
        {"list"}, {"search", "energy", "--format", "json"}, {"search", "energy"}, {"quotes", "--speaker", "x"},
        {"stakeholders"}, {"themes", "--format", "json"}, {"show", "--help"}, {"summary", "--no-such-option"},
    };
    for (String[] args : runs) {
      Main.run(args, nowhere, nowhere, context.stdin(), context.env());
    }
    Reader.warmUp(new Briefings(context, null, nowhere).library().briefings());
    return ExitCodes.OK;
  }
}
