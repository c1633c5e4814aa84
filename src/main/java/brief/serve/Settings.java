package brief.serve;

import java.nio.file.Path;

/**
 * How to serve: the address and port to listen on, the authorized-keys file (required), the host
 * key file (made on first start), the library folder to watch (null: a library that does not
 * change, such as the bundled one), the limits, and the server's own state folder, under which each
 * authorized key's read marks are kept apart (null: read marks last a session only).
 */
public record Settings(
    String bind,
    int port,
    Path authorizedKeys,
    Path hostKey,
    Path libraryFolder,
    Limits limits,
    Path stateFolder) {
  public Settings(
      String bind, int port, Path authorizedKeys, Path hostKey, Path libraryFolder, Limits limits) {
    this(bind, port, authorizedKeys, hostKey, libraryFolder, limits, null);
  }
}
