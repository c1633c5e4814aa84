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
 * Writes {@code brief.1}, the man page, from the same picocli definitions that parse the command
 * line: one section per command with its arguments, options and examples. Run by the build ({@code
 * mvn package}) into {@code target/man/brief.1}.
 */
public final class ManPage {
  private ManPage() {}

  /** Verbatim lines longer than this overflow 80 columns once man indents them. */
  static final int VERBATIM_WIDTH = 72;

  /**
   * Writes the page to {@code args[0]}; {@code args[1]} is the version (the build passes the
   * project's).
   */
  public static void main(String[] args) throws IOException {
    Path file = Path.of(args.length > 0 ? args[0] : "target/man/brief.1");
    String version =
        args.length > 1 ? args[1] : new Version().getVersion()[0].substring("brief ".length());
    Files.createDirectories(file.toAbsolutePath().getParent());
    Files.writeString(
        file,
        render(Main.commandLine(new Context(Env.pipe(Map.of()), System.in)), version),
        StandardCharsets.UTF_8);
  }

  static String render(CommandLine root, String release) {
    StringBuilder b = new StringBuilder();
    CommandSpec spec = root.getCommandSpec();
    String version = "brief " + release;
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
    ExitCode.meanings()
        .forEach(
            m -> b.append(".TP\n").append(m[0]).append('\n').append(escape(m[1])).append('\n'));
    b.append(".SH ENVIRONMENT\n");
    for (String[] v : EnvironmentVariables.ALL) {
      term(b, v[0], v[1]);
    }
    b.append(".SH FILES\n");
    for (String[] f : FILES) {
      term(b, f[0], f[1]);
    }
    b.append(".SH EXAMPLES\n");
    for (CommandLine sub : root.getSubcommands().values()) {
      CommandSpec command = sub.getCommandSpec();
      String[] lines = command.usageMessage().footer();
      if (command.usageMessage().hidden() || lines.length == 0) {
        continue;
      }
      // A line each, not verbatim: a long example wraps rather than overflows.
      b.append(".PP\n").append(escape(command.name())).append(":\n");
      for (String line : lines) {
        if (line.startsWith("  ") && !line.isBlank()) {
          b.append(".br\n").append(escape(line.strip())).append('\n');
        }
      }
    }
    b.append(".SH SEE ALSO\nThe briefing format: docs/format.md in the source distribution.\n");
    return b.toString();
  }

  /** The files brief reads and writes besides the library, with what each holds. */
  static final List<String[]> FILES =
      List.of(
          new String[] {
            "$XDG_CACHE_HOME/brief (~/.cache/brief)",
            "the parsed briefings of each library, so that a lookup need not parse them again"
                + " (BRIEF_CACHE=0: none); used only when the folder and those above it are"
                + " yours or root's"
          },
          new String[] {
            "$XDG_CONFIG_HOME/brief (~/.config/brief)", "the configuration folder of brief serve"
          },
          new String[] {
            "$XDG_CONFIG_HOME/brief/ssh_host_ed25519_key",
            "the host key of brief serve, made at its first start (--host-key FILE elsewhere),"
                + " with its public half beside it (.pub)"
          },
          new String[] {
            "$XDG_STATE_HOME/brief (~/.local/state/brief)",
            "state kept between runs, such as what has been read"
          });

  /**
   * A verbatim line cut to fit 80 columns: a command line goes on after a backslash, as a shell
   * reads it; prose goes on indented.
   */
  static List<String> folded(String line) {
    List<String> lines = new java.util.ArrayList<>();
    boolean command =
        line.startsWith("brief ") || line.startsWith("source ") || line.startsWith("BRIEF_");
    String rest = line;
    while (rest.length() > VERBATIM_WIDTH) {
      int cut = rest.lastIndexOf(' ', VERBATIM_WIDTH - 2);
      if (cut <= 4) {
        break;
      }
      lines.add(rest.substring(0, cut) + (command ? " \\" : ""));
      rest = "    " + rest.substring(cut + 1);
    }
    lines.add(rest);
    return lines;
  }

  /** Where keys of their own apply, in the order the page lists them, with what it calls each. */
  private static final List<Map.Entry<Keys.Mode, String>> BOXES =
      List.of(
          Map.entry(Keys.Mode.SEARCH, "typing a search"),
          Map.entry(Keys.Mode.HELP, "help"),
          Map.entry(Keys.Mode.SUMMARY, "summary"),
          Map.entry(Keys.Mode.SOURCE, "source paragraph"),
          Map.entry(Keys.Mode.PROBLEMS, "problems"),
          Map.entry(Keys.Mode.PICKER, "theme picker"));

  /** The reader's keys, from the same table that the reader's own help is made from. */
  private static void keys(StringBuilder b) {
    b.append(".SH KEYS\nIn the reader (\\fBbrief read\\fR):\n");
    for (Keys.Mode mode : List.of(Keys.Mode.READING, Keys.Mode.ANYWHERE)) {
      for (Keys.Binding k : Keys.of(mode)) {
        term(b, k.keys(), k.help());
      }
    }
    // Esc above only clears a search: each box has its own keys, besides the moving ones.
    b.append(
        ".PP\nWhile typing a search, and in a box over the reader (the moving keys above work there):\n");
    for (Map.Entry<Keys.Mode, String> box : BOXES) {
      for (Keys.Binding k : Keys.of(box.getKey())) {
        if (Keys.of(Keys.Mode.READING).stream()
            .noneMatch(r -> r.keys().equals(k.keys()) && r.help().equals(k.help()))) {
          term(b, k.keys(), k.help() + " (" + box.getValue() + ")");
        }
      }
    }
    b.append(".PP\nMarks in the reader and in printed output:\n");
    for (String[] mark : Keys.LEGEND) {
      term(b, mark[0], mark[1]);
    }
  }

  /** A tagged paragraph: the term in bold, what it means under it. */
  private static void term(StringBuilder b, String term, String meaning) {
    b.append(".TP\n.B ").append(escape(term)).append('\n').append(escape(meaning)).append('\n');
  }

  private static void command(StringBuilder b, CommandSpec spec) {
    StringBuilder synopsis = new StringBuilder("brief " + spec.name() + " [OPTIONS]");
    for (PositionalParamSpec p : spec.positionalParameters()) {
      boolean optional = p.arity().min() == 0;
      synopsis
          .append(' ')
          .append(optional ? "[" : "")
          .append(p.paramLabel())
          .append(p.arity().max() > 1 ? "..." : "")
          .append(optional ? "]" : "");
    }
    b.append(".SS \"").append(escape(synopsis.toString())).append("\"\n");
    for (String line : spec.usageMessage().description()) {
      b.append(escape(line)).append("\n.br\n");
    }
    for (PositionalParamSpec p : spec.positionalParameters()) {
      b.append(".TP\n\\fI")
          .append(escape(p.paramLabel()))
          .append("\\fR\n")
          .append(escape(String.join(" ", p.description())))
          .append('\n');
    }
    options(b, spec.options());
    List<String> footer = List.of(spec.usageMessage().footer());
    if (!footer.isEmpty() && spec.usageMessage().footerHeading().contains("Examples")) {
      b.append(".PP\nExamples:\n.nf\n");
      footer.forEach(line -> folded(line.strip()).forEach(l -> b.append(escape(l)).append('\n')));
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
      String description =
          String.join(" ", o.description())
              .replace("${COMPLETION-CANDIDATES}", "see above")
              .replace("${DEFAULT-VALUE}", String.valueOf(o.defaultValue()));
      b.append('\n').append(escape(description)).append('\n');
    }
  }

  /** Text made safe for troff: backslashes, hyphens, and a leading dot or quote. */
  static String escape(String s) {
    String e = s.replace("\\", "\\e").replace("-", "\\-");
    return e.startsWith(".") || e.startsWith("'") ? "\\&" + e : e;
  }
}
