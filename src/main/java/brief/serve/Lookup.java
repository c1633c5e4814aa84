package brief.serve;

import brief.load.Library;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;

/**
 * Runs one lookup command line (already checked to be a read-only lookup) over a library the server
 * loaded, writing to the client's streams; returns the exit status.
 */
@FunctionalInterface
public interface Lookup {
  /** The read-only lookups a client may run. */
  List<String> COMMANDS =
      List.of("summary", "list", "show", "quotes", "stakeholders", "themes", "timeline", "search");

  /**
   * Options a client may not give, each with why; they are refused, and left out of the help a
   * client is shown.
   */
  Map<String, String> REFUSED_OPTIONS =
      Map.of(
          "--library",
          "the server reads its own library",
          "--debug",
          "internal details stay on the server");

  int run(Library library, List<String> args, OutputStream out, OutputStream err);
}
