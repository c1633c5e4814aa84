package brief.serve;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Admits or refuses a new connection before any key exchange: at most {@code sessions} open in all,
 * {@code sessionsPerAddress} from one address, and {@code connectionsPerMinute} new ones from one
 * address in any minute. A refused connection is closed at once and logged.
 */
final class Gate {
  private static final long MINUTE = 60_000_000_000L;
  private static final int FORGET_AFTER = 4096;

  private final Limits limits;
  private final LongSupplier nanos;
  private final Map<InetAddress, Integer> open = new HashMap<>();
  private final Map<InetAddress, Deque<Long>> recent = new HashMap<>();
  private int total;

  Gate(Limits limits, LongSupplier nanos) {
    this.limits = limits;
    this.nanos = nanos;
  }

  /** Counts the connection in, or says (as an IOException) why it is refused. */
  synchronized void admit(SocketAddress remote) throws IOException {
    InetAddress address = host(remote);
    long now = nanos.getAsLong();
    if (recent.size() > FORGET_AFTER) {
      // Many addresses came and went: forget those with nothing open and nothing in the last
      // minute.
      recent
          .entrySet()
          .removeIf(
              e ->
                  !open.containsKey(e.getKey())
                      && (e.getValue().isEmpty() || now - e.getValue().peekLast() >= MINUTE));
    }
    Deque<Long> times = recent.computeIfAbsent(address, a -> new ArrayDeque<>());
    while (!times.isEmpty() && now - times.peekFirst() >= MINUTE) {
      times.removeFirst();
    }
    if (total >= limits.sessions()) {
      throw new IOException("too many sessions in all (" + limits.sessions() + ")");
    }
    if (open.getOrDefault(address, 0) >= limits.sessionsPerAddress()) {
      throw new IOException(
          "too many sessions from this address (" + limits.sessionsPerAddress() + ")");
    }
    if (times.size() >= limits.connectionsPerMinute()) {
      throw new IOException(
          "too many new connections from this address in a minute ("
              + limits.connectionsPerMinute()
              + ")");
    }
    times.addLast(now);
    open.merge(address, 1, Integer::sum);
    total++;
  }

  /** An admitted connection ended. */
  synchronized void release(SocketAddress remote) {
    InetAddress address = host(remote);
    Integer n = open.get(address);
    if (n == null) {
      return;
    }
    if (n <= 1) {
      open.remove(address);
    } else {
      open.put(address, n - 1);
    }
    total--;
  }

  private static InetAddress host(SocketAddress remote) {
    return remote instanceof InetSocketAddress inet ? inet.getAddress() : null;
  }
}
