package brief.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brief.serve.Limits;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.sshd.client.session.ClientSession;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Many clients at once on loopback: every answer still right, and the per-address limit refusing
 * exactly the surplus. Bounded: a fixed number of clients, and a timeout.
 */
@Tag("slow")
class ServeLoadTest {
  static final int EXECS = 50;
  static final int READERS = 20;

  @TempDir Path temp;

  @Test
  @Timeout(value = 180, unit = TimeUnit.SECONDS)
  void fiftyLookupsAndTwentyReadersAtOnceAllAnswerCorrectly() throws Exception {
    Limits roomy =
        new Limits(
            Duration.ofMinutes(5),
            Duration.ofSeconds(60),
            3,
            200,
            200,
            1000,
            new Limits.Startups(200, 30, 400));
    String[] commands = {"summary", "list", "themes --format json", "search energy", "quotes"};
    List<String> expected = new ArrayList<>();
    for (String c : commands) {
      expected.add(Cli.brief(c.split(" ")).out());
    }
    try (TestServer ssh = new TestServer(temp, roomy)) {
      ExecutorService pool = Executors.newFixedThreadPool(EXECS + READERS);
      try {
        CountDownLatch go = new CountDownLatch(1);
        List<Future<String>> readers = new ArrayList<>();
        for (int i = 0; i < READERS; i++) {
          readers.add(
              pool.submit(
                  () -> {
                    go.await();
                    try (ClientSession s = ssh.session();
                        ServeTest.Pty pty = new ServeTest.Pty(s, 80, 24)) {
                      pty.await(t -> t.contains("Sections"));
                      pty.type("jjl");
                      String screen = pty.await(t -> t.contains("┌ Energy and connectivity"));
                      pty.type("q");
                      assertEquals(0, pty.exitStatus());
                      return screen;
                    }
                  }));
        }
        List<Future<TestServer.Result>> execs = new ArrayList<>();
        for (int i = 0; i < EXECS; i++) {
          String command = commands[i % commands.length];
          execs.add(
              pool.submit(
                  () -> {
                    go.await();
                    return ssh.exec(command);
                  }));
        }
        go.countDown();
        for (int i = 0; i < EXECS; i++) {
          TestServer.Result r = execs.get(i).get(120, TimeUnit.SECONDS);
          assertEquals(0, r.code(), commands[i % commands.length] + ": " + r.err());
          assertEquals(expected.get(i % commands.length), r.out(), commands[i % commands.length]);
        }
        for (Future<String> reader : readers) {
          assertTrue(
              reader.get(120, TimeUnit.SECONDS).contains("1/4"), "the first point of the section");
        }
      } finally {
        pool.shutdownNow();
      }
      assertEquals(
          EXECS + READERS, ssh.log().lines().filter(l -> l.contains(" exit=0")).count(), ssh.log());
    }
  }

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void theSessionsOverThePerAddressLimitAreRefusedAndTheRestServed() throws Exception {
    int limit = 10;
    int tries = 16;
    Limits tight = new Limits(Duration.ofMinutes(5), Duration.ofSeconds(60), 3, 200, limit, 1000);
    try (TestServer ssh = new TestServer(temp, tight)) {
      ExecutorService pool = Executors.newFixedThreadPool(tries);
      List<ClientSession> held = new ArrayList<>();
      try {
        List<Future<ClientSession>> attempts = new ArrayList<>();
        for (int i = 0; i < tries; i++) {
          attempts.add(pool.submit((Callable<ClientSession>) ssh::session));
        }
        int refused = 0;
        for (Future<ClientSession> a : attempts) {
          try {
            held.add(a.get(60, TimeUnit.SECONDS));
          } catch (java.util.concurrent.ExecutionException e) {
            assertTrue(e.getCause() instanceof IOException, e.getCause().toString());
            refused++;
          }
        }
        assertEquals(limit, held.size());
        assertEquals(tries - limit, refused);
        for (ClientSession s : held) {
          assertEquals(0, TestServer.exec(s, "list").code(), "the admitted are served");
        }
        assertEquals(
            tries - limit,
            ssh.log()
                .lines()
                .filter(l -> l.contains("too many sessions from this address (10)"))
                .count());
      } finally {
        for (ClientSession s : held) {
          s.close();
        }
        pool.shutdownNow();
      }
    }
  }
}
