package brief.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * A command of brief: picocli's model of it, declared in code, and the work it does.
 *
 * <p>picocli can read the same model from annotations, but reading annotations makes the JVM
 * generate a proxy class for every annotation type on every run, and no class-data archive keeps
 * those: about 40 ms of every run. So each option is declared with picocli's builders, and its
 * value is read back from its spec after parsing.
 */
abstract class Command implements Callable<Integer> {
  /**
   * Paths as given; picocli's own converter for them is found by reflection, so not used. A class,
   * not a lambda: a lambda is linked through method handles at start-up.
   */
  static final ITypeConverter<Path> PATH = new PathConverter();

  private static final class PathConverter implements ITypeConverter<Path> {
    @Override
    public Path convert(String value) {
      return Path.of(value);
    }
  }

  final CommandSpec spec;

  Command(String name, String... description) {
    spec = CommandSpec.wrapWithoutInspection(this).name(name);
    spec.usageMessage().description(description);
  }

  /** Lines under the help, after "Examples:" (a command line each, indented by two). */
  final void examples(String... lines) {
    spec.usageMessage().footerHeading("%nExamples:%n").footer(lines);
  }

  static OptionSpec option(CommandSpec spec, OptionSpec.Builder option) {
    OptionSpec built = option.build();
    spec.addOption(built);
    return built;
  }

  static PositionalParamSpec positional(CommandSpec spec, PositionalParamSpec.Builder positional) {
    PositionalParamSpec built = positional.build();
    spec.addPositional(built);
    return built;
  }

  final OptionSpec option(OptionSpec.Builder option) {
    return option(spec, option);
  }

  final PositionalParamSpec positional(PositionalParamSpec.Builder positional) {
    return positional(spec, positional);
  }

  /** Whether a flag was given. */
  static boolean isSet(OptionSpec flag) {
    return Boolean.TRUE.equals(flag.getValue());
  }

  /** The values of a repeatable option or a list of positionals; empty when none was given. */
  static <T> List<T> values(ArgSpec list) {
    List<T> values = list.getValue();
    return values == null ? List.of() : values;
  }
}
