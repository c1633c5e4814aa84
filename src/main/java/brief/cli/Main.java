package brief.cli;

import brief.render.Sanitizer;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The entry point. {@link #run} takes its streams and environment and returns the exit code, so
 * tests run the whole command line in-process; {@link #main} only wires the real ones.
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    GuardedOutput stdout = new GuardedOutput(new FileOutputStream(FileDescriptor.out));
    GuardedOutput stderr = new GuardedOutput(new FileOutputStream(FileDescriptor.err));
    PrintWriter out =
        new PrintWriter(
            new OutputStreamWriter(
                new BufferedOutputStream(stdout, 1 << 16), StandardCharsets.UTF_8));
    PrintWriter err = new PrintWriter(new OutputStreamWriter(stderr, StandardCharsets.UTF_8), true);
    int code;
    try {
      code = run(args, out, err, System.in, Env.system());
    } catch (OutOfMemoryError e) {
      // The launcher sizes the heap (so that brief starts under an address-space limit).
      err.println(
          "brief: out of memory: the Java heap is limited to "
              + Runtime.getRuntime().maxMemory() / (1024 * 1024)
              + " MB; raise it with BRIEF_JAVA_OPTS=-Xmx2g");
      code = ExitCode.IO.code;
    } catch (ExceptionInInitializerError e) {
      // The JDK's own I/O classes fail to start when no file descriptor is left (ulimit -n).
      err.println("brief: cannot start: " + (e.getCause() == null ? e : e.getCause().getMessage()));
      code = ExitCode.IO.code;
    }
    out.flush();
    if (stdout.failure() != null) {
      if (stdout.brokenPipe()) {
        code = ExitCode.BROKEN_PIPE.code;
      } else {
        err.println("brief: cannot write the output: " + stdout.failure());
        code = ExitCode.IO.code;
      }
    }
    err.flush();
    System.exit(code);
  }

  /** The command line with every command (for help, completion and the man page). */
  static CommandLine commandLine(Context context) {
    return commandLine(context, new String[0]);
  }

  /**
   * The command line for these arguments: only the subcommand they name is registered, or all of
   * them when they name none (help, a usage error that lists the commands).
   */
  static CommandLine commandLine(Context context, String[] args) {
    CommandLine cl = new CommandLine(new BriefCommand(context).spec);
    String named = "";
    for (String arg : args) {
      if (!arg.startsWith("-")) {
        named = arg;
        break;
      }
    }
    Commands asked = Commands.of(named);
    // completion writes a script naming every command: it needs them all registered.
    boolean one = asked != null && asked != Commands.COMPLETION;
    for (Commands c : Commands.values()) {
      if (!one || c == asked) {
        cl.addSubcommand(c.word, ((Command) c.create(context)).spec);
      }
    }
    if (context.isServed()) {
      // An SSH client's help shows only what the server takes from it.
      for (CommandLine c : cl.getSubcommands().values()) {
        served(c.getCommandSpec());
      }
      served(cl.getCommandSpec());
    }
    return cl;
  }

  /** The command without the options a client may not give, nor the examples that use them. */
  private static void served(picocli.CommandLine.Model.CommandSpec spec) {
    Set<String> refused = brief.serve.Lookup.REFUSED_OPTIONS.keySet();
    for (String name : refused) {
      picocli.CommandLine.Model.OptionSpec option = spec.findOption(name);
      if (option != null) {
        spec.remove(option);
      }
    }
    spec.usageMessage()
        .footer(
            Arrays.stream(spec.usageMessage().footer())
                .filter(line -> refused.stream().noneMatch(line::contains))
                .toArray(String[]::new));
  }

  /**
   * Java decodes the command line with the locale's charset: under {@code C} or no locale at all, a
   * name typed in UTF-8 arrives as U+FFFD, and would be searched for (and not found) as such.
   */
  private static void unreadableArguments(String[] args, Env env) {
    if (env.utf8()) {
      return;
    }
    for (String arg : args) {
      if (arg.indexOf('\uFFFD') >= 0) {
        throw CliException.usage(
            "'"
                + Sanitizer.line(arg).replace('\uFFFD', '?')
                + "' is not text in the locale's charset ("
                + Sanitizer.line(env.locale())
                + "): run brief under a UTF-8 locale, e.g. "
                + env.localeVariable()
                + "=C.UTF-8");
      }
    }
  }

  static int run(String[] args, PrintWriter out, PrintWriter err, InputStream in, Env env) {
    return run(args, out, AsciiWriter.of(err, env), new Context(env, in));
  }

  static int run(String[] args, PrintWriter out, PrintWriter err, Context context) {
    Env env = context.env();
    // picocli looks up its converters for java.sql and java.time types by reflection for every
    // command line (~15 ms a run); brief takes no such values, and converts paths itself.
    System.setProperty("picocli.converters.excludes", "java\\..*");
    boolean debug = Arrays.asList(args).contains("--debug");
    if (!context.isServed()) {
      try {
        unreadableArguments(args, env);
        args = CommandWord.route(args, context);
      } catch (CliException e) {
        err.println("brief: " + e.getMessage());
        err.flush();
        return e.exitCode();
      }
    }
    Failures failures = new Failures(err, debug);
    int quick = lookup(args, out, err, context, failures);
    if (quick != NOT_PARSED) {
      return quick;
    }
    return execute(commandLine(context, args), args, out, err, context, failures, failures);
  }

  /** {@link #lookup}'s answer when its command line did not parse. */
  private static final int NOT_PARSED = Integer.MIN_VALUE;

  /**
   * A lookup ({@code brief summary ...}) run with its own command's model alone, not under the
   * {@code brief} command: picocli builds a model, its regular expressions and a parser for every
   * command, and the root's part was 2-3 ms of a lookup's start-up (docs/performance.md). Only a
   * command line that parses this way runs this way; any other (help, version, a usage error, whose
   * messages name the command as {@code brief summary}) is parsed again with the whole model, so
   * what is printed is the same. Parsing has no effects.
   */
  private static int lookup(
      String[] args, PrintWriter out, PrintWriter err, Context context, Failures failures) {
    Commands command = args.length == 0 ? null : Commands.of(args[0]);
    if (command == null || command.kind != Commands.Kind.QUICK_LOOKUP) {
      return NOT_PARSED;
    }
    // The root's -h and -V, inherited, are options there (and so no option's value): not here.
    for (String arg : args) {
      if (arg.equals("--help")
          || arg.equals("--version")
          || arg.startsWith("-")
              && !arg.startsWith("--")
              && (arg.indexOf('h') >= 0 || arg.indexOf('V') >= 0)) {
        return NOT_PARSED;
      }
    }
    CommandSpec spec = ((Command) Commands.of(args[0]).create(context)).spec;
    // Accepted anywhere, as the root's inherited option is; run() has read it already.
    Command.option(spec, OptionSpec.builder("--debug"));
    return execute(
        new CommandLine(spec),
        Arrays.copyOfRange(args, 1, args.length),
        out,
        err,
        context,
        failures,
        new ParseCheck());
  }

  /** Runs a command line; {@code parseFailures} answers one that does not parse. */
  private static int execute(
      CommandLine cl,
      String[] args,
      PrintWriter out,
      PrintWriter err,
      Context context,
      Failures failures,
      CommandLine.IParameterExceptionHandler parseFailures) {
    Env env = context.env();
    // An argument @FILE would have picocli read FILE's words as arguments: not for a client of
    // brief serve, who may name library ids only.
    cl.setExpandAtFiles(!context.isServed());
    cl.setOut(out);
    cl.setErr(err);
    cl.setColorScheme(
        CommandLine.Help.defaultColorScheme(
            env.stdoutTerminal() && !env.noColor() && env.capableTerminal()
                ? CommandLine.Help.Ansi.ON
                : CommandLine.Help.Ansi.OFF));
    cl.setParameterExceptionHandler(parseFailures);
    cl.setExecutionExceptionHandler(failures);
    int code = cl.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  /** Notes a command line that did not parse, and reports nothing. */
  private static final class ParseCheck implements CommandLine.IParameterExceptionHandler {
    @Override
    public int handleParseException(CommandLine.ParameterException ex, String[] args) {
      return NOT_PARSED;
    }
  }

  /**
   * How a usage error and a failed command are reported. A class, not two lambdas: each lambda is
   * linked through method handles on every run's start-up.
   */
  private static final class Failures
      implements CommandLine.IParameterExceptionHandler, CommandLine.IExecutionExceptionHandler {
    private final PrintWriter err;
    private final boolean debug;

    Failures(PrintWriter err, boolean debug) {
      this.err = err;
      this.debug = debug;
    }

    @Override
    public int handleParseException(CommandLine.ParameterException ex, String[] args) {
      err.println("brief: " + UsageMessages.of(ex));
      return ExitCode.USAGE.code;
    }

    @Override
    public int handleExecutionException(
        Exception ex, CommandLine commandLine, CommandLine.ParseResult parsed) {
      if (ex instanceof CliException e) {
        if (!e.getMessage().isEmpty()) {
          err.println("brief: " + e.getMessage());
        }
        return e.exitCode();
      }
      if (debug) {
        ex.printStackTrace(err);
      } else {
        err.println("brief: internal error: " + ex + " (run with --debug for details)");
      }
      return ExitCode.INTERNAL.code;
    }
  }
}
