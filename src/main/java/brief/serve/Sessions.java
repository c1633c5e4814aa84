package brief.serve;

import brief.load.Library;
import brief.load.ReadState;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.apache.sshd.common.AttributeRepository.AttributeKey;
import org.apache.sshd.common.session.Session;

/**
 * What the channels of every session share: the log, the current library, and the commands running
 * now (so that a stopping server can end them). Also where a session's accepted key is kept, for
 * its log line.
 */
final class Sessions {
  /**
   * The fingerprint of the key a session authenticated with (or last offered, if none was
   * accepted).
   */
  static final AttributeKey<String> KEY = new AttributeKey<>();

  /** The user name a session asked for (MINA keeps it only once authenticated). */
  static final AttributeKey<String> USER = new AttributeKey<>();

  /** The options of the authorized-keys line the session's key matched. */
  static final AttributeKey<KeyOptions> OPTIONS = new AttributeKey<>();

  /** Why the session's key was not accepted, when it matched a line (for its log line). */
  static final AttributeKey<String> REFUSAL = new AttributeKey<>();

  /** The session's place in the {@link Gate}. */
  static final AttributeKey<Gate.Ticket> TICKET = new AttributeKey<>();

  /** When the connection was accepted. */
  static final AttributeKey<java.time.Instant> BEGAN = new AttributeKey<>();

  private final SessionLog log;
  private final Supplier<Library> library;
  private final Path stateFolder;
  private final Set<ChannelCommand> running = ConcurrentHashMap.newKeySet();

  Sessions(SessionLog log, Supplier<Library> library) {
    this(log, library, null);
  }

  /** {@code stateFolder}: where each key's read marks go, or null to keep none. */
  Sessions(SessionLog log, Supplier<Library> library, Path stateFolder) {
    this.log = log;
    this.library = library;
    this.stateFolder = stateFolder;
  }

  /**
   * The read state of the key a session authenticated with, in a folder of that key's alone (named
   * by its fingerprint, made filename-safe): one key never sees another's marks. Marks for this
   * session only when the server keeps no state or the session has no key.
   */
  ReadState readState(Session session) {
    String key = session.isAuthenticated() ? session.getAttribute(KEY) : null;
    if (stateFolder == null || key == null || !key.startsWith("SHA256:")) {
      return ReadState.open(null);
    }
    String name = "key-" + key.substring("SHA256:".length()).replace('/', '_').replace('+', '-');
    return ReadState.open(stateFolder.resolve("keys").resolve(name));
  }

  SessionLog log() {
    return log;
  }

  Library library() {
    return library.get();
  }

  void opened(ChannelCommand command) {
    running.add(command);
  }

  void closed(ChannelCommand command) {
    running.remove(command);
  }

  List<ChannelCommand> running() {
    return List.copyOf(running);
  }

  static SessionLog.Who who(Session session) {
    String user =
        session.getUsername() != null ? session.getUsername() : session.getAttribute(USER);
    return new SessionLog.Who(
        user,
        session.isAuthenticated() ? session.getAttribute(KEY) : null,
        session.getIoSession().getRemoteAddress());
  }
}
