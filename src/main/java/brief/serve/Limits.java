package brief.serve;

import java.time.Duration;

/**
 * What one server allows: how long a session may sit idle and take to authenticate, how many keys
 * it may try, how many sessions may be open in all and from one address, and how many new
 * connections one address may open per minute.
 */
public record Limits(
    Duration idleTimeout,
    Duration authTimeout,
    int authAttempts,
    int sessions,
    int sessionsPerAddress,
    int connectionsPerMinute) {

  public static final Limits DEFAULT =
      new Limits(Duration.ofMinutes(30), Duration.ofSeconds(30), 6, 100, 10, 30);

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
