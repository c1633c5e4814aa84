package brief.serve;

import brief.load.Library;
import java.io.OutputStream;
import java.util.List;

/**
 * Runs one lookup command line (already checked to be a read-only lookup) over a library the server
 * loaded, writing to the client's streams; returns the exit status.
 */
@FunctionalInterface
public interface Lookup {
  int run(Library library, List<String> args, OutputStream out, OutputStream err);
}
