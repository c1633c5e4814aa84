package brief.serve;

import brief.render.Sanitizer;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.regex.Pattern;

/**
 * One line per session on standard error, for operators: when it ended, who (the user name the
 * client gave, and the SHA-256 fingerprint of the key it signed with), from where, what ran (a pty
 * with its terminal type and size, or a command), how long it took, and its exit status. Nothing
 * secret is logged: no key material, nothing the client typed into the reader. Values from the
 * client are sanitized, and quoted when they hold spaces.
 */
final class SessionLog {
  private static final Pattern BARE = Pattern.compile("[A-Za-z0-9._@:/+=,-]+");

  private final PrintWriter err;
  private final Clock clock;

  SessionLog(PrintWriter err, Clock clock) {
    this.err = err;
    this.clock = clock;
  }

  Instant now() {
    return clock.instant();
  }

  /** A session that ran something (or was refused): its line. */
  void session(Who who, String what, Instant began, String outcome) {
    long millis = Duration.between(began, now()).toMillis();
    line(
        who.user() == null ? "user=-" : "user=" + quote(who.user()),
        "key=" + (who.key() == null ? "-" : who.key()),
        "from=" + address(who.address()),
        what,
        "ms=" + millis,
        outcome);
  }

  /** A note about the server itself (started, library reloaded, stopping). */
  void note(String text) {
    line("server", Sanitizer.line(text));
  }

  private synchronized void line(String... fields) {
    StringBuilder b = new StringBuilder(now().truncatedTo(ChronoUnit.MILLIS).toString());
    for (String f : fields) {
      b.append(' ').append(f);
    }
    err.println(b);
    err.flush();
  }

  static String address(SocketAddress address) {
    if (address instanceof InetSocketAddress inet && inet.getAddress() != null) {
      return inet.getAddress().getHostAddress() + ":" + inet.getPort();
    }
    return address == null ? "-" : quote(address.toString());
  }

  static String quote(String value) {
    String clean = Sanitizer.line(value);
    if (BARE.matcher(clean).matches()) {
      return clean;
    }
    return '"' + clean.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }

  /**
   * Who a session is: the user name, the fingerprint of the accepted key (or null), the address.
   */
  record Who(String user, String key, SocketAddress address) {}
}
