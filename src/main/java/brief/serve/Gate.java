package brief.serve;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.DoubleSupplier;
import java.util.function.LongSupplier;

/**
 * Admits or refuses a new connection before any key exchange. Two budgets, as OpenSSH keeps them:
 *
 * <ul>
 *   <li>authenticated sessions: at most {@code sessions} in all; and at most {@code
 *       sessionsPerAddress} connections (authenticated or not) from one address, and {@code
 *       connectionsPerMinute} new ones from one address in any minute;
 *   <li>connections not yet authenticated ({@link Limits.Startups}, sshd's {@code MaxStartups},
 *       10:30:100 by default): up to 10 are always let in; past that, a new one is dropped with a
 *       chance rising from 30% to 100% at 100. A newcomer whose address holds fewer such
 *       connections than the busiest address does is never the one dropped: the oldest
 *       unauthenticated connection of the busiest address is closed instead; a newcomer from an
 *       address that logged in in the last ten minutes takes the place of the oldest connection of
 *       the busiest address that has not; such proven addresses are not dropped at random (only
 *       when all 100 are taken and none is another's to close), and their connections are never the
 *       ones closed to make room. So stalled connections cannot keep out a login from any other
 *       address, nor the readers who logged in before, and they last only the login grace time.
 * </ul>
 *
 * A refused connection is closed at once and logged.
 */
final class Gate {
  private static final long MINUTE = 60_000_000_000L;
  private static final int FORGET_AFTER = 4096;
  private static final long PROVEN_NANOS = 10 * MINUTE;

  /** A connection the gate let in; {@code close} ends it when the gate makes room. */
  static final class Ticket {
    private final InetAddress address;
    private final Runnable close;
    private boolean authenticated;
    private boolean released;

    Ticket(InetAddress address, Runnable close) {
      this.address = address;
      this.close = close;
    }
  }

  private final Limits limits;
  private final LongSupplier nanos;
  private final DoubleSupplier random;
  private final Map<InetAddress, Integer> open = new HashMap<>();
  private final Map<InetAddress, Deque<Long>> recent = new HashMap<>();

  /** Unauthenticated connections per address, oldest first. */
  private final Map<InetAddress, Deque<Ticket>> pending = new LinkedHashMap<>();

  /** When a key was last accepted from each address. */
  private final Map<InetAddress, Long> proven = new HashMap<>();

  private int authenticated;
  private int unauthenticated;

  Gate(Limits limits, LongSupplier nanos, DoubleSupplier random) {
    this.limits = limits;
    this.nanos = nanos;
    this.random = random;
  }

  /**
   * Counts the connection in (unauthenticated), or says (as an IOException) why it is refused. A
   * connection closed to make room is closed by its ticket's {@code close}, outside the lock.
   */
  Ticket admit(SocketAddress remote, Runnable close) throws IOException {
    Ticket evicted;
    Ticket ticket = new Ticket(host(remote), close);
    synchronized (this) {
      evicted = admitLocked(ticket);
    }
    if (evicted != null) {
      evicted.close.run();
    }
    return ticket;
  }

  private Ticket admitLocked(Ticket ticket) throws IOException {
    InetAddress address = ticket.address;
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
    if (authenticated >= limits.sessions()) {
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
    Ticket evicted = null;
    boolean known = proven(address, now);
    // An address that proved a key lately is not dropped at random, only once the budget is full.
    boolean over = known ? unauthenticated >= limits.startups().full() : drops();
    if (unauthenticated >= limits.startups().start() && over) {
      // Only connections of unproven addresses are ever closed to make room: a siege's
      // reconnections must not take the place of the logins of readers who proved a key.
      Deque<Ticket> busiest = busiestUnproven(now);
      int mine = pending.getOrDefault(address, new ArrayDeque<>()).size();
      if (busiest == null || !known && busiest.size() <= mine) {
        throw new IOException(
            "too many unauthenticated connections ("
                + unauthenticated
                + " waiting; --max-startups "
                + limits.startups()
                + ")");
      }
      evicted = busiest.peekFirst();
      releaseLocked(evicted);
    }
    times.addLast(now);
    open.merge(address, 1, Integer::sum);
    pending.computeIfAbsent(address, a -> new ArrayDeque<>()).addLast(ticket);
    unauthenticated++;
    return evicted;
  }

  /** Whether random early drop refuses one more unauthenticated connection now. */
  private boolean drops() {
    Limits.Startups budget = limits.startups();
    if (unauthenticated >= budget.full()) {
      return true;
    }
    double chance =
        (budget.rate()
                + (100.0 - budget.rate())
                    * (unauthenticated - budget.start())
                    / (budget.full() - budget.start()))
            / 100.0;
    return random.getAsDouble() < chance;
  }

  /** Whether a key was accepted from {@code address} in the last {@link #PROVEN_NANOS}. */
  private boolean proven(InetAddress address, long now) {
    Long last = proven.get(address);
    return last != null && now - last < PROVEN_NANOS;
  }

  /**
   * The address, of those with no key accepted lately, with the most unauthenticated connections.
   */
  private Deque<Ticket> busiestUnproven(long now) {
    Deque<Ticket> most = null;
    for (Map.Entry<InetAddress, Deque<Ticket>> e : pending.entrySet()) {
      Deque<Ticket> d = e.getValue();
      if (!proven(e.getKey(), now) && (most == null || d.size() > most.size())) {
        most = d;
      }
    }
    return most;
  }

  /**
   * The connection authenticated: it leaves the unauthenticated budget and counts as a session.
   * Says why it is refused when the sessions in all are already at the limit (several connections
   * may have been waiting at once).
   */
  synchronized void authenticated(Ticket ticket) throws IOException {
    if (ticket.released || ticket.authenticated) {
      return;
    }
    if (authenticated >= limits.sessions()) {
      throw new IOException("too many sessions in all (" + limits.sessions() + ")");
    }
    removePending(ticket);
    ticket.authenticated = true;
    authenticated++;
    if (proven.size() > FORGET_AFTER) {
      long now = nanos.getAsLong();
      proven.values().removeIf(t -> now - t >= PROVEN_NANOS);
    }
    proven.put(ticket.address, nanos.getAsLong());
  }

  /** An admitted connection ended. */
  synchronized void release(Ticket ticket) {
    releaseLocked(ticket);
  }

  private void releaseLocked(Ticket ticket) {
    if (ticket.released) {
      return;
    }
    ticket.released = true;
    if (ticket.authenticated) {
      authenticated--;
    } else {
      removePending(ticket);
    }
    Integer n = open.get(ticket.address);
    if (n != null && n <= 1) {
      open.remove(ticket.address);
    } else if (n != null) {
      open.put(ticket.address, n - 1);
    }
  }

  private void removePending(Ticket ticket) {
    Deque<Ticket> d = pending.get(ticket.address);
    if (d != null && d.remove(ticket)) {
      unauthenticated--;
      if (d.isEmpty()) {
        pending.remove(ticket.address);
      }
    }
  }

  private static InetAddress host(SocketAddress remote) {
    return remote instanceof InetSocketAddress inet ? inet.getAddress() : null;
  }
}
