package brief.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * brief serve from the built jar, on loopback, used with the real OpenSSH client: lookups, the
 * reader in a real terminal (tmux), a password refused, and SIGTERM. CI installs ssh and tmux
 * (.ci/run); elsewhere the test is skipped when they are missing.
 */
class ServeOverOpenSshIT {
  static final Path REPO = Path.of("").toAbsolutePath();
  static final Path JAR = REPO.resolve("target/brief.jar");
  static final String LIBRARY = REPO.resolve("src/test/resources/frozen").toString();

  @TempDir Path temp;
  private Process server;
  private Path log;
  private int port;

  @BeforeAll
  static void needsOpenSsh() {
    boolean available = works("ssh", "-V") && works("ssh-keygen", "-?") && Tmux.available();
    if ("true".equals(System.getenv("CI"))) {
      assertTrue(
          available, "ssh, ssh-keygen and tmux must be installed in CI (.ci/run installs them)");
    }
    assumeTrue(available, "ssh, ssh-keygen or tmux is not installed");
  }

  private static boolean works(String... command) {
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      p.waitFor();
      return true;
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }

  @BeforeEach
  void startServer() throws Exception {
    run(
        "ssh-keygen",
        "-q",
        "-t",
        "ed25519",
        "-N",
        "",
        "-C",
        "reader@test",
        "-f",
        temp.resolve("id").toString());
    Files.copy(temp.resolve("id.pub"), temp.resolve("authorized_keys"));
    log = temp.resolve("server.log");
    server =
        new ProcessBuilder(
                java(),
                "-Djava.awt.headless=true",
                "-jar",
                JAR.toString(),
                "serve",
                "--port",
                "0",
                "--authorized-keys",
                temp.resolve("authorized_keys").toString(),
                "--host-key",
                temp.resolve("host/key").toString(),
                "--library",
                LIBRARY)
            .redirectError(log.toFile())
            .redirectOutput(temp.resolve("server.out").toFile())
            .start();
    Matcher m = awaitLog(Pattern.compile("listening on 127\\.0\\.0\\.1:(\\d+)"));
    port = Integer.parseInt(m.group(1));
    String hostKey = run("ssh-keygen", "-y", "-f", temp.resolve("host/key").toString()).strip();
    Files.writeString(temp.resolve("known_hosts"), "[127.0.0.1]:" + port + " " + hostKey + "\n");
  }

  @AfterEach
  void stopServer() throws InterruptedException {
    if (server.isAlive()) {
      server.destroy();
      server.waitFor(10, TimeUnit.SECONDS);
    }
  }

  @Test
  void lookupsAnswerAsTheLocalCommandDoes() throws Exception {
    for (String[] lookup :
        new String[][] {
          {"summary"},
          {"summary", "--format", "json"},
          {"list"},
          {"show", "us-azerbaijan-partnership-2025", "energy"},
          {"stakeholders", "--ascii"}
        }) {
      Result remote = ssh(lookup);
      List<String> local = new ArrayList<>(List.of(java(), "-jar", JAR.toString()));
      local.addAll(List.of(lookup));
      ProcessBuilder pb = new ProcessBuilder(local);
      pb.environment().put("BRIEF_LIBRARY", LIBRARY);
      pb.environment().put("LANG", "C.UTF-8");
      Result here = Result.of(pb.start());
      assertEquals(0, remote.code(), String.join(" ", lookup) + ": " + remote.err());
      assertEquals(here.out(), remote.out(), String.join(" ", lookup));
    }
  }

  @Test
  void otherCommandsAndPathsAreRefusedWithAStatus() throws Exception {
    Result validate = ssh("validate", "/etc/passwd");
    assertEquals(2, validate.code());
    assertTrue(validate.err().contains("'validate' is not offered here"), validate.err());
    Result path = ssh("show", "/etc/passwd");
    assertEquals(2, path.code());
    assertTrue(path.err().contains("a BRIEFING is a library id, not a file"), path.err());
    Result shell = ssh("-T");
    assertEquals(2, shell.code());
    assertTrue(shell.err().contains("the reader needs a terminal"), shell.err());
  }

  @Test
  void aPasswordIsNeverAccepted() throws Exception {
    Result r =
        ssh(
            "-o",
            "PreferredAuthentications=password,keyboard-interactive",
            "-o",
            "PubkeyAuthentication=no",
            "summary");
    assertEquals(255, r.code());
    assertTrue(r.err().contains("Permission denied (publickey)"), r.err());
    assertEquals("", r.out());
  }

  @Test
  void theReaderRunsInATerminalOverSshAndSigtermEndsItWithAMessage() throws Exception {
    try (Tmux t = new Tmux(100, 30, REPO)) {
      Tmux.Run reader = t.start(String.join(" ", sshCommand("-t")), temp);
      String start = t.await("Sections");
      assertTrue(start.contains("U.S.–Azerbaijan partnership and the South Caucasus"), start);
      t.type("j", "j", "l", "j");
      t.await(
          s -> s.contains("┌ Energy and connectivity") && s.contains("2/4"),
          Duration.ofSeconds(10),
          "the second point of Energy and connectivity");
      t.resize(40, 12);
      String narrow =
          t.await(
              s -> s.lines().count() <= 12 && s.contains("Energy") && !s.contains("││"),
              Duration.ofSeconds(10),
              "the 40x12 layout");
      assertTrue(narrow.lines().allMatch(l -> l.length() <= 40), narrow);
      t.resize(100, 30);
      t.await(
          s -> s.contains("││") && s.contains("j/k move"),
          Duration.ofSeconds(10),
          "the 100x30 layout");
      t.type("q");
      assertEquals(0, reader.exitCode());
      String[] modes = reader.modes();
      assertEquals(modes[0], modes[1], "stty -g after the reader");
      assertTrue(
          awaitLog(
                  Pattern.compile(
                      "user=reader key=SHA256:\\S+ from=127\\.0\\.0\\.1:\\d+ "
                          + "pty=\\S+ size=100x30 ms=\\d+ exit=0"))
              .group()
              .contains("pty="));
    }
    try (Tmux t = new Tmux(80, 24, REPO)) {
      Tmux.Run reader = t.start(String.join(" ", sshCommand("-t")), temp);
      t.await("Sections");
      server.destroy(); // SIGTERM
      t.await("the server is shutting down");
      reader.exitCode();
      assertTrue(server.waitFor(10, TimeUnit.SECONDS), "the server exits");
      assertTrue(Files.readString(log).contains("stopped"), Files.readString(log));
      assertFalse(Files.readString(log).contains("Exception"), Files.readString(log));
    }
  }

  private List<String> sshCommand(String... args) {
    List<String> c =
        new ArrayList<>(
            List.of(
                "ssh",
                "-F",
                "/dev/null",
                "-p",
                String.valueOf(port),
                "-i",
                temp.resolve("id").toString(),
                "-o",
                "IdentitiesOnly=yes",
                "-o",
                "BatchMode=yes",
                "-o",
                "UserKnownHostsFile=" + temp.resolve("known_hosts"),
                "-o",
                "StrictHostKeyChecking=yes",
                "-o",
                "LogLevel=ERROR"));
    List<String> rest = new ArrayList<>(List.of(args));
    // ssh's own options first, then the destination, then the command line.
    while (!rest.isEmpty() && rest.get(0).startsWith("-")) {
      String option = rest.remove(0);
      c.add(option);
      if (option.equals("-o")) {
        c.add(rest.remove(0));
      }
    }
    c.add("reader@127.0.0.1");
    c.addAll(rest);
    return c;
  }

  private Result ssh(String... args) throws Exception {
    Process p =
        new ProcessBuilder(sshCommand(args))
            .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
            .start();
    return Result.of(p);
  }

  record Result(int code, String out, String err) {
    static Result of(Process p) throws Exception {
      var err = new java.util.concurrent.CompletableFuture<String>();
      Thread t =
          new Thread(
              () -> {
                try {
                  err.complete(
                      new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
                } catch (IOException e) {
                  err.complete("");
                }
              });
      t.start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(p.waitFor(30, TimeUnit.SECONDS));
      return new Result(p.exitValue(), out, err.get());
    }
  }

  private Matcher awaitLog(Pattern pattern) throws Exception {
    long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    String text = "";
    while (System.nanoTime() < end) {
      text = Files.exists(log) ? Files.readString(log) : "";
      Matcher m = pattern.matcher(text);
      if (m.find()) {
        return m;
      }
      Thread.sleep(50);
    }
    throw new AssertionError("no " + pattern + " in the server's log:\n" + text);
  }

  private static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private static String run(String... command) throws Exception {
    Result r = Result.of(new ProcessBuilder(command).start());
    assertEquals(0, r.code(), String.join(" ", command) + ": " + r.err());
    return r.out();
  }
}
