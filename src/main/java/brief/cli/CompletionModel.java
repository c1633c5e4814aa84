package brief.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * What the completion scripts need of picocli's model of brief: every command people type, its
 * options, its arguments, and what completes each value. Both scripts are made from it, so they
 * cannot drift from the commands.
 */
record CompletionModel(List<Subcommand> commands) {

  /** What completes a value: nothing, fixed words, files, folders, or the library's candidates. */
  record Values(String kind, List<String> words) {
    static final Values NONE = new Values("none", List.of());
    static final Values FILES = new Values("files", List.of());
    static final Values DIRS = new Values("dirs", List.of());

    static Values of(ArgSpec arg) {
      Iterable<String> candidates = arg.completionCandidates();
      if (candidates instanceof Candidates c) {
        return new Values(c.word(), List.of());
      }
      if (candidates != null) {
        return new Values("words", StreamSupport.stream(candidates.spliterator(), false).toList());
      }
      String label = arg.paramLabel();
      if (label.equals("DIR")) {
        return DIRS;
      }
      boolean path = arg.type() == Path.class || List.of(arg.auxiliaryTypes()).contains(Path.class);
      return path || label.equals("FILE") || label.equals("ARTICLE") ? FILES : NONE;
    }
  }

  /**
   * An option: its names, what it does, whether it may be given again, its value if it takes one.
   */
  record Option(
      List<String> names, String description, boolean repeats, String label, Values values) {
    boolean takesValue() {
      return label != null;
    }
  }

  /** A positional argument, from its index on; {@code repeats} when it takes every word after. */
  record Argument(int index, boolean optional, boolean repeats, String label, Values values) {}

  record Subcommand(
      String name, String description, List<Option> options, List<Argument> arguments) {}

  static CompletionModel of(CommandLine root) {
    List<Subcommand> commands = new ArrayList<>();
    for (Map.Entry<String, CommandLine> e : root.getSubcommands().entrySet()) {
      CommandSpec spec = e.getValue().getCommandSpec();
      if (!spec.usageMessage().hidden()) {
        commands.add(command(e.getKey(), spec));
      }
    }
    return new CompletionModel(List.copyOf(commands));
  }

  private static Subcommand command(String name, CommandSpec spec) {
    List<Option> options = new ArrayList<>();
    for (OptionSpec o : spec.options()) {
      if (!o.hidden()) {
        options.add(
            new Option(
                List.of(o.names()),
                description(o),
                o.isMultiValue(),
                o.arity().max() > 0 ? o.paramLabel() : null,
                Values.of(o)));
      }
    }
    options.sort(Comparator.comparing(o -> o.names().get(o.names().size() - 1)));
    List<Argument> arguments = new ArrayList<>();
    for (PositionalParamSpec p : spec.positionalParameters()) {
      arguments.add(
          new Argument(
              p.index().min(),
              p.arity().min() == 0,
              p.arity().max() > 1,
              p.paramLabel(),
              Values.of(p)));
    }
    arguments.sort(Comparator.comparingInt(Argument::index));
    return new Subcommand(name, description(spec), List.copyOf(options), List.copyOf(arguments));
  }

  /** The command by this name. */
  Subcommand command(String name) {
    return commands.stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
  }

  /**
   * What completes each option's value, by the option's names: one meaning for a name in every
   * command (the scripts look an option's values up by its name alone).
   */
  Map<String, Values> optionValues() {
    Map<String, Values> values = new LinkedHashMap<>();
    for (Subcommand c : commands) {
      for (Option o : c.options()) {
        for (String name : o.takesValue() ? o.names() : List.<String>of()) {
          Values before = values.putIfAbsent(name, o.values());
          if (before != null && !before.equals(o.values())) {
            throw new IllegalStateException(name + " is completed two ways");
          }
        }
      }
    }
    return values;
  }

  /** The first line of a description, its variables filled in, in one line. */
  private static String description(ArgSpec arg) {
    String[] lines = arg.description();
    String text = lines.length == 0 ? "" : lines[0];
    Iterable<String> candidates = arg.completionCandidates();
    if (candidates != null && !(candidates instanceof Candidates)) {
      text = text.replace("${COMPLETION-CANDIDATES}", String.join(", ", candidates));
    }
    return text.replace("${DEFAULT-VALUE}", String.valueOf(arg.defaultValue()));
  }

  private static String description(CommandSpec spec) {
    String[] lines = spec.usageMessage().description();
    return lines.length == 0 ? "" : lines[0];
  }
}
