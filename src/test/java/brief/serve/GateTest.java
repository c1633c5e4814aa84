package brief.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GateTest {
  /** MaxStartups 3:100:4 (past 3, every newcomer is over budget), no other limit in the way. */
  private final Gate gate =
      new Gate(
          new Limits(
              Duration.ofMinutes(30),
              Duration.ofSeconds(15),
              6,
              1000,
              1000,
              100_000,
              new Limits.Startups(3, 100, 4)),
          System::nanoTime,
          () -> 0.0);

  private final List<String> closed = new ArrayList<>();

  private Gate.Ticket connect(String address) throws IOException {
    String name = address + "#" + closed.size() + "-" + System.nanoTime();
    return gate.admit(new InetSocketAddress(address, 22), () -> closed.add(name));
  }

  @Test
  void aSiegesReconnectionsNeverCloseTheLoginsOfAnAddressThatProvedAKey() throws Exception {
    gate.authenticated(connect("10.0.0.1")); // a reader logged in from here before
    connect("10.0.0.1");
    connect("10.0.0.1");
    connect("10.0.0.1"); // three logins under way from the proven address: the budget is full
    // Reconnection after reconnection from a stalled address: each is refused (no unproven
    // address holds more waiting connections than it does), never closing a proven one.
    for (int i = 0; i < 10; i++) {
      assertThrows(IOException.class, () -> connect("10.9.9.9"));
    }
    assertEquals(List.of(), closed);
  }

  @Test
  void aProvenNewcomerTakesThePlaceOfTheBusiestStalledAddressesOldest() throws Exception {
    gate.authenticated(connect("10.0.0.1"));
    connect("10.9.9.9");
    connect("10.9.9.9");
    connect("10.8.8.8");
    connect("10.0.0.1"); // admitted: the budget is not full
    assertEquals(List.of(), closed);
    connect("10.0.0.1"); // the budget is full: the busiest stranger's oldest makes room
    assertEquals(1, closed.size());
    assertEquals(true, closed.get(0).startsWith("10.9.9.9"), closed.toString());
  }

  @Test
  void aNewAddressIsLetInAgainstTheBusiestButAStalledOneCannotEvictItsEqual() throws Exception {
    connect("10.9.9.9");
    connect("10.9.9.9");
    connect("10.8.8.8");
    connect("10.7.7.7"); // holds none: the busiest's oldest goes
    assertEquals(1, closed.size());
    assertThrows(IOException.class, () -> connect("10.8.8.8")); // holds as many as any
  }

  @Test
  void aProvenAddressIsNotDroppedAtRandomUntilTheBudgetIsFull() throws Exception {
    gate.authenticated(connect("10.0.0.1"));
    for (int i = 0; i < 4; i++) {
      connect("10.0.0.1"); // past START (3), up to FULL (4): a stranger would be dropped
    }
    assertThrows(IOException.class, () -> connect("10.0.0.1"));
    assertEquals(List.of(), closed);
  }
}
