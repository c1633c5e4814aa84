package brief.serve;

import brief.load.Library;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.apache.sshd.common.AttributeRepository.AttributeKey;
import org.apache.sshd.common.session.Session;

/**
 * What the channels of every session share: the log, the current library, and the commands
 * running now (so that a stopping server can end them). Also where a session's accepted key
 * is kept, for its log line.
 */
final class Sessions {
  /** The fingerprint of the key a session authenticated with (or last offered, if none was accepted). */
  static final AttributeKey<String> KEY = new AttributeKey<>();

  private final SessionLog log;
  private final Supplier<Library> library;
  private final Set<ChannelCommand> running = ConcurrentHashMap.newKeySet();

  Sessions(SessionLog log, Supplier<Library> library) {
    this.log = log;
    this.library = library;
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
    return new SessionLog.Who(session.getUsername(), session.isAuthenticated() ? session.getAttribute(KEY) : null,
        session.getIoSession().getRemoteAddress());
  }
}
