package brief.cli;

import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Where the library is: {@code --library}, else {@code BRIEF_LIBRARY}, else the bundled briefings.
 */
final class LibraryOptions {
  private final OptionSpec library;

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
  }

  /** The folder given with {@code --library}, or null. */
  Path folder() {
    return library.getValue();
  }
}
