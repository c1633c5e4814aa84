package brief.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where the library is: {@code --library}, else {@code BRIEF_LIBRARY}, else the bundled briefings. */
final class LibraryOptions {
  @Option(names = "--library", paramLabel = "DIR",
      description = "The library folder (default: $BRIEF_LIBRARY, else the bundled briefings).")
  Path library;
}
