package brief.cli;

import brief.tui.Keys;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Writes {@code brief.1}, the man page, from the same picocli definitions that parse the
 * command line: one section per command with its arguments, options and examples. Run by
 * the build ({@code mvn package}) into {@code target/man/brief.1}.
 */
public final class ManPage {
  private ManPage() {}

  public static void main(String[] args) throws IOException {
    Path file = Path.of(args.length > 0 ? args[0] : "target/man/brief.1");
    Files.createDirectories(file.toAbsolutePath().getParent());
    Files.writeString(file, render(Main.commandLine(new Context(Env.pipe(Map.of()), System.in))), StandardCharsets.UTF_8);
  }

  static String render(CommandLine root) {
    StringBuilder b = new StringBuilder();
    CommandSpec spec = root.getCommandSpec();
    String version = String.join(" ", spec.version().length > 0 ? spec.version()[0] : "brief");
    b.append(".TH BRIEF 1 \"\" \"").append(escape(version)).append("\" \"User Commands\"\n");
    b.append(".SH NAME\nbrief \\- read briefings in the terminal\n");
    b.append(".SH SYNOPSIS\n.B brief\n[\\fICOMMAND\\fR] [\\fIOPTIONS\\fR] [\\fIARGUMENTS\\fR]\n");
    b.append(".SH DESCRIPTION\n");
    for (String line : spec.usageMessage().description()) {
      b.append(line.isEmpty() ? ".PP\n" : escape(line) + "\n");
    }
    options(b, spec.options());
    b.append(".SH COMMANDS\n");
    for (CommandLine sub : root.getSubcommands().values()) {
      if (!sub.getCommandSpec().usageMessage().hidden()) {
        command(b, sub.getCommandSpec());
      }
    }
    keys(b);
    b.append(".SH EXIT STATUS\n");
    ExitCodes.MEANINGS.forEach(m -> b.append(".TP\n").append(m[0]).append('\n').append(escape(m[1])).append('\n'));
    b.append(".SH ENVIRONMENT\n");
    EnvironmentVariables.ALL.forEach(v -> b.append(".TP\n.B ").append(escape(v[0])).append('\n').append(escape(v[1])).append('\n'));
    b.append(".SH SEE ALSO\nThe briefing format: docs/format.md in the source distribution.\n");
    return b.toString();
  }

  /** The reader's keys, from the same table that the reader's own help is made from. */
  private static void keys(StringBuilder b) {
    b.append(".SH KEYS\nIn the reader (\\fBbrief read\\fR):\n");
    for (Keys.Mode mode : List.of(Keys.Mode.READING, Keys.Mode.ANYWHERE)) {
      for (Keys.Binding k : Keys.of(mode)) {
        b.append(".TP\n.B ").append(escape(k.keys())).append('\n').append(escape(k.help())).append('\n');
      }
    }
  }

  private static void command(StringBuilder b, CommandSpec spec) {
    StringBuilder synopsis = new StringBuilder("brief " + spec.name() + " [OPTIONS]");
    for (PositionalParamSpec p : spec.positionalParameters()) {
      boolean optional = p.arity().min() == 0;
      synopsis.append(' ').append(optional ? "[" : "").append(p.paramLabel())
          .append(p.arity().max() > 1 ? "..." : "").append(optional ? "]" : "");
    }
    b.append(".SS \"").append(escape(synopsis.toString())).append("\"\n");
    for (String line : spec.usageMessage().description()) {
      b.append(escape(line)).append("\n.br\n");
    }
    for (PositionalParamSpec p : spec.positionalParameters()) {
      b.append(".TP\n\\fI").append(escape(p.paramLabel())).append("\\fR\n")
          .append(escape(String.join(" ", p.description()))).append('\n');
    }
    options(b, spec.options());
    List<String> footer = List.of(spec.usageMessage().footer());
    if (!footer.isEmpty() && spec.usageMessage().footerHeading().contains("Examples")) {
      b.append(".PP\nExamples:\n.nf\n");
      footer.forEach(line -> b.append(escape(line.strip())).append('\n'));
      b.append(".fi\n");
    }
  }

  private static void options(StringBuilder b, List<OptionSpec> options) {
    for (OptionSpec o : options) {
      if (o.hidden()) {
        continue;
      }
      b.append(".TP\n\\fB").append(escape(String.join(", ", o.names()))).append("\\fR");
      if (o.arity().max() > 0) {
        b.append(" \\fI").append(escape(o.paramLabel())).append("\\fR");
      }
      String description = String.join(" ", o.description())
          .replace("${COMPLETION-CANDIDATES}", "see above").replace("${DEFAULT-VALUE}", String.valueOf(o.defaultValue()));
      b.append('\n').append(escape(description)).append('\n');
    }
  }

  /** Text made safe for troff: backslashes, hyphens, and a leading dot or quote. */
  static String escape(String s) {
    String e = s.replace("\\", "\\e").replace("-", "\\-");
    return e.startsWith(".") || e.startsWith("'") ? "\\&" + e : e;
  }
}
