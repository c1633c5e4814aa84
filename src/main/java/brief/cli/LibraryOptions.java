package brief.cli;

import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Where the library is: {@code --library}, else {@code BRIEF_LIBRARY}, else the bundled briefings.
 */
final class LibraryOptions {
  private final OptionSpec library;
  private final OptionSpec verbose;

  LibraryOptions(CommandSpec spec) {
    library =
        Command.option(
            spec,
            OptionSpec.builder("--library")
                .paramLabel("DIR")
                .type(Path.class)
                .converters(Command.PATH)
                .description(
                    "The library folder (default: $BRIEF_LIBRARY, else the bundled briefings)."));
    verbose =
        Command.option(
            spec,
            OptionSpec.builder("--verbose")
                .description(
                    "Report what is wrong with each library file that could not be read (by"
                        + " default one line counts them)."));
  }

  /** Whether each unreadable file of the library is reported in full. */
  boolean verbose() {
    return Command.isSet(verbose);
  }

  /** The folder given with {@code --library}, or null. */
  Path folder() {
    return library.getValue();
  }
}
