package brief.serve;

import java.time.Duration;

/**
 * What one server allows: how long a session may sit idle and take to authenticate (short, as
 * sshd's LoginGraceTime: a connection waiting to authenticate holds a place others need), how many
 * keys it may try, how many sessions may be open in all and from one address, and how many new
 * connections one address may open per minute; and the budget of connections waiting to
 * authenticate.
 */
public record Limits(
    Duration idleTimeout,
    Duration authTimeout,
    int authAttempts,
    int sessions,
    int sessionsPerAddress,
    int connectionsPerMinute,
    Startups startups) {

  /**
   * The budget of connections not yet authenticated, as sshd's {@code MaxStartups start:rate:full}:
   * up to {@code start} always let in, then dropped at random, with a chance from {@code rate}
   * percent rising to 100% at {@code full}.
   */
  public record Startups(int start, int rate, int full) {
    public static final Startups DEFAULT = new Startups(10, 30, 100);

    public Startups {
      if (start < 1 || rate < 0 || rate > 100 || full < start) {
        throw new IllegalArgumentException(
            "--max-startups is START:RATE:FULL with 1 <= START <= FULL and RATE a percentage");
      }
    }

    /** {@code 10:30:100}, as sshd_config writes it. */
    public static Startups parse(String text) {
      String[] parts = text.split(":", -1);
      try {
        if (parts.length == 3) {
          return new Startups(
              Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
        }
      } catch (NumberFormatException e) {
        // said below
      }
      throw new IllegalArgumentException(
          "--max-startups is START:RATE:FULL (for example 10:30:100), not '" + text + "'");
    }

    @Override
    public String toString() {
      return start + ":" + rate + ":" + full;
    }
  }

  /** Limits with the default budget of unauthenticated connections. */
  public Limits(
      Duration idleTimeout,
      Duration authTimeout,
      int authAttempts,
      int sessions,
      int sessionsPerAddress,
      int connectionsPerMinute) {
    this(
        idleTimeout,
        authTimeout,
        authAttempts,
        sessions,
        sessionsPerAddress,
        connectionsPerMinute,
        Startups.DEFAULT);
  }

  public static final Limits DEFAULT =
      new Limits(Duration.ofMinutes(30), Duration.ofSeconds(15), 6, 100, 10, 30);

  public Limits {
    if (idleTimeout.isNegative()
        || idleTimeout.isZero()
        || authTimeout.isNegative()
        || authTimeout.isZero()) {
      throw new IllegalArgumentException("timeouts must be positive");
    }
    if (authAttempts < 1 || sessions < 1 || sessionsPerAddress < 1 || connectionsPerMinute < 1) {
      throw new IllegalArgumentException("limits must be at least 1");
    }
  }
}
