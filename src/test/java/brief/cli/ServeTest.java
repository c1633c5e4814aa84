package brief.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brief.serve.Limits;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;
import org.apache.sshd.client.auth.keyboard.UserAuthKeyboardInteractiveFactory;
import org.apache.sshd.client.auth.keyboard.UserInteraction;
import org.apache.sshd.client.auth.password.UserAuthPasswordFactory;
import org.apache.sshd.client.channel.ChannelShell;
import org.apache.sshd.client.channel.ClientChannelEvent;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.SshException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** brief serve in-process, spoken to with MINA's own SSH client. */
class ServeTest {
  @TempDir Path temp;
  private TestServer ssh;

  @BeforeEach
  void start() throws Exception {
    ssh = new TestServer(temp);
  }

  @AfterEach
  void stop() throws IOException {
    ssh.close();
  }

  @Test
  void execSummaryReturnsTheSameBytesAsALocalSummary() throws Exception {
    for (String command :
        List.of(
            "summary",
            "summary --format json",
            "list",
            "quotes --speaker aliyev",
            "show us-azerbaijan-partnership-2025",
            "themes --format markdown")) {
      TestServer.Result remote = ssh.exec(command);
      Cli.Result local = Cli.brief(command.split(" "));
      assertEquals(local.code(), remote.code(), command);
      assertEquals(local.out(), remote.out(), command);
      assertEquals(0, remote.code(), command + ": " + remote.err());
    }
    assertTrue(ssh.exec("summary").out().contains("U.S.–Azerbaijan partnership"));
  }

  @Test
  void aSearchThatFindsNothingSaysSoOnStandardErrorAsLocally() throws Exception {
    TestServer.Result r = ssh.exec("search 'no such words anywhere'");
    Cli.Result local = Cli.brief("search", "no such words anywhere");
    assertEquals(local.code(), r.code());
    assertEquals(local.err(), r.err());
    assertTrue(r.err().contains("no match for no such words anywhere"), r.err());
  }

  @Test
  void aCommandThatIsNotALookupIsRefusedWithStatusTwo() throws Exception {
    for (String command :
        List.of(
            "validate /etc/passwd",
            "serve --authorized-keys x",
            "sh -c id",
            "read",
            "completion bash",
            "__complete briefings",
            "warm-up",
            "summary --library /etc",
            "summary --library=/etc",
            "summary --debug")) {
      TestServer.Result r = ssh.exec(command);
      assertEquals(2, r.code(), command);
      assertTrue(r.err().startsWith("brief serve: "), command + ": " + r.err());
      assertEquals("", r.out(), command);
    }
    assertTrue(
        ssh.exec("validate x").err().contains("summary, list, show"), "names what is offered");
  }

  @Test
  void aPathOrStandardInputAsBriefingIsRefused() throws Exception {
    Path outside = temp.resolve("outside.yaml");
    Files.copy(
        Path.of("src/test/resources/frozen")
            .resolve(
                Files.list(Path.of("src/test/resources/frozen"))
                    .findFirst()
                    .orElseThrow()
                    .getFileName()),
        outside);
    for (String command :
        List.of(
            "show " + outside,
            "summary -",
            "summary ../library/x.yaml",
            "summary outside.yaml",
            "stakeholders /etc/passwd")) {
      TestServer.Result r = ssh.exec(command);
      assertEquals(2, r.code(), command);
      assertTrue(
          r.err().contains("a BRIEFING is a library id, not a file"), command + ": " + r.err());
      assertEquals("", r.out(), command);
    }
  }

  @Test
  void anAtFileArgumentIsTakenLiterallyNotRead() throws Exception {
    Path words = temp.resolve("words");
    Files.writeString(words, "energy\n");
    TestServer.Result r = ssh.exec("search @" + words);
    assertTrue(r.err().contains("no match for @" + words), r.err());
    assertEquals("", r.out());
    assertTrue(
        Cli.brief("search", "@" + words).out().contains("nergy"), "locally, @FILE reads the file");
  }

  @Test
  void anUnknownKeyIsRefusedAndLogged() throws Exception {
    ClientSession s =
        ssh.client.connect("mallory", "127.0.0.1", ssh.port).verify(TestServer.WAIT).getSession();
    s.addPublicKeyIdentity(TestServer.newKey());
    assertThrows(SshException.class, () -> s.auth().verify(TestServer.WAIT));
    s.close();
    String line = awaitLog(l -> l.contains("user=mallory"));
    assertTrue(line.contains("not authorized"), line);
  }

  @Test
  void aPasswordIsRefusedWithoutBeingAsked() throws Exception {
    ClientSession s =
        ssh.client.connect("reader", "127.0.0.1", ssh.port).verify(TestServer.WAIT).getSession();
    s.setUserAuthFactories(List.of(UserAuthPasswordFactory.INSTANCE));
    s.addPasswordIdentity("secret");
    SshException e = assertThrows(SshException.class, () -> s.auth().verify(TestServer.WAIT));
    assertTrue(e.getMessage().contains("No more authentication methods"), e.getMessage());
    s.close();
  }

  @Test
  void keyboardInteractiveIsRefused() throws Exception {
    AtomicBoolean prompted = new AtomicBoolean();
    ClientSession s =
        ssh.client.connect("reader", "127.0.0.1", ssh.port).verify(TestServer.WAIT).getSession();
    s.setUserAuthFactories(List.of(UserAuthKeyboardInteractiveFactory.INSTANCE));
    s.setUserInteraction(
        new UserInteraction() {
          @Override
          public String[] interactive(
              ClientSession session,
              String name,
              String instruction,
              String lang,
              String[] prompt,
              boolean[] echo) {
            prompted.set(true);
            return new String[] {"secret"};
          }

          @Override
          public String getUpdatedPassword(ClientSession session, String prompt, String lang) {
            return null;
          }
        });
    assertThrows(SshException.class, () -> s.auth().verify(TestServer.WAIT));
    assertFalse(prompted.get(), "the server never prompts");
    s.close();
  }

  @Test
  void aShellWithoutAPtyIsRefusedWithAHint() throws Exception {
    try (ClientSession s = ssh.session();
        ChannelShell shell = s.createShellChannel()) {
      shell.setUsePty(false);
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      shell.setOut(OutputStream.nullOutputStream());
      shell.setErr(err);
      shell.open().verify(TestServer.WAIT);
      shell.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), TestServer.WAIT);
      assertEquals(2, shell.getExitStatus());
      assertTrue(
          err.toString(StandardCharsets.UTF_8).contains("the reader needs a terminal"),
          err.toString());
    }
  }

  @Test
  void aPtyWithoutModesStillOpensTheReader() throws Exception {
    // ssh -tt from a script: a pty is asked for, with no terminal modes to copy.
    try (ClientSession s = ssh.session();
        Pty pty = new Pty(s, 80, 24, java.util.Map.of())) {
      pty.await(t -> t.contains("Sections"));
      pty.type("q");
      assertEquals(0, pty.exitStatus());
    }
  }

  @Test
  void aClientSetsTheReadersTextWidthWithAVariable() throws Exception {
    try (ClientSession s = ssh.session();
        Pty pty =
            new Pty(s, 200, 40, null, "C.UTF-8", java.util.Map.of("BRIEF_TEXT_WIDTH", "60"))) {
      pty.await(t -> t.contains("Sections"));
      pty.type("jjl");
      List<String> rows =
          pty.await(t -> t.contains("┌ Energy and connectivity") && t.contains("▌"))
              .lines()
              .toList();
      int widest = brief.tui.TextColumn.widest(rows, brief.tui.TextColumn.leftOf(rows, "Energy"));
      assertTrue(widest <= 60 && widest > 45, "widest line " + widest);
      pty.type("q");
      assertEquals(0, pty.exitStatus());
    }
    try (ClientSession s = ssh.session();
        Pty pty = new Pty(s, 200, 40, null, "C.UTF-8", java.util.Map.of("BRIEF_TEXT_WIDTH", "5"))) {
      assertEquals(2, pty.exitStatus());
      assertTrue(
          pty.err().contains("BRIEF_TEXT_WIDTH must be a number of columns from 20 to 1000"),
          pty.err());
    }
    // Set but empty is unset, as for brief read.
    try (ClientSession s = ssh.session();
        Pty pty = new Pty(s, 100, 30, null, "C.UTF-8", java.util.Map.of("BRIEF_TEXT_WIDTH", ""))) {
      pty.await(t -> t.contains("Sections"));
      pty.type("q");
      assertEquals(0, pty.exitStatus());
    }
  }

  @Test
  void aClientWhoseLocaleIsNotUtf8GetsTheReaderInAscii() throws Exception {
    try (ClientSession s = ssh.session();
        Pty pty = new Pty(s, 100, 30, null, "C")) {
      String screen = pty.await(t -> t.contains("Sections"));
      assertFalse(screen.contains("┌"), screen);
      assertTrue(pty.raw().chars().allMatch(c -> c < 0x80), "only ASCII on the wire");
      pty.type("q");
      assertEquals(0, pty.exitStatus());
    }
  }

  @Test
  void aNewKeyInTheAuthorizedKeysFileIsLetInWithoutARestart() throws Exception {
    java.security.KeyPair added = TestServer.newKey();
    Path keys = ssh.dir.resolve("authorized_keys");
    Files.writeString(
        keys,
        Files.readString(keys)
            + org.apache.sshd.common.config.keys.PublicKeyEntry.toString(added.getPublic())
            + "\n");
    // The file is looked at twice a second, off the network threads.
    long end = System.nanoTime() + TestServer.WAIT.toNanos();
    while (true) {
      try (ClientSession s =
          ssh.client
              .connect("second", "127.0.0.1", ssh.port)
              .verify(TestServer.WAIT)
              .getSession()) {
        s.addPublicKeyIdentity(added);
        s.auth().verify(TestServer.WAIT);
        assertEquals(0, TestServer.exec(s, "list").code());
        return;
      } catch (org.apache.sshd.common.SshException notYet) {
        if (System.nanoTime() > end) {
          throw notYet;
        }
        Thread.sleep(100);
      }
    }
  }

  /**
   * A session with {@code key}, once the authorized-keys file (looked at twice a second) has it.
   */
  private ClientSession sessionWith(java.security.KeyPair key) throws Exception {
    long end = System.nanoTime() + TestServer.WAIT.toNanos();
    while (true) {
      ClientSession s =
          ssh.client.connect("second", "127.0.0.1", ssh.port).verify(TestServer.WAIT).getSession();
      try {
        s.addPublicKeyIdentity(key);
        s.auth().verify(TestServer.WAIT);
        return s;
      } catch (SshException notYet) {
        s.close();
        if (System.nanoTime() > end) {
          throw notYet;
        }
        Thread.sleep(100);
      }
    }
  }

  @Test
  void twoKeysKeepSeparateReadMarks() throws Exception {
    Files.copy(
        Path.of("src/test/resources/library/arctic-council-2024.yaml"),
        ssh.library.resolve("arctic-council-2024.yaml"));
    java.security.KeyPair second = TestServer.newKey();
    Path keys = ssh.dir.resolve("authorized_keys");
    Files.writeString(
        keys,
        Files.readString(keys)
            + org.apache.sshd.common.config.keys.PublicKeyEntry.toString(second.getPublic())
            + "\n");
    long end = System.nanoTime() + TestServer.WAIT.toNanos();
    while (!ssh.exec("list").out().contains("arctic-council-2024") && System.nanoTime() < end) {
      Thread.sleep(100);
    }
    try (ClientSession s = ssh.session();
        Pty pty = new Pty(s, 120, 30)) {
      pty.await(t -> t.contains("2 briefings · 2 unread"));
      pty.type("\r");
      pty.await(t -> t.contains("Sections"));
      pty.type("q");
      assertEquals(0, pty.exitStatus());
    }
    try (ClientSession s = ssh.session();
        Pty pty = new Pty(s, 120, 30)) {
      String again = pty.await(t -> t.contains("2 briefings · 1 unread"));
      assertTrue(again.lines().anyMatch(l -> l.contains("N 20")), again);
      pty.type("q");
      assertEquals(0, pty.exitStatus());
    }
    try (ClientSession s = sessionWith(second);
        Pty pty = new Pty(s, 120, 30)) {
      pty.await(t -> t.contains("2 briefings · 2 unread"));
      pty.type("q");
      assertEquals(0, pty.exitStatus());
    }
    Path perKey = ssh.dir.resolve("state").resolve("keys");
    try (var folders = Files.list(perKey)) {
      List<Path> all = folders.toList();
      assertEquals(1, all.size(), "only the key that read has marks: " + all);
      assertEquals(
          "rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(all.get(0))));
    }
  }

  @Test
  void aPtySessionDrivesTheReaderThroughAResizeAndQuits() throws Exception {
    try (ClientSession s = ssh.session();
        Pty pty = new Pty(s, 100, 30)) {
      String start = pty.await(t -> t.contains("Sections"));
      assertTrue(start.contains("U.S.–Azerbaijan partnership and the South Caucasus"), start);
      assertTrue(start.contains("▶ Overview"), start);
      pty.type("jjlj");
      pty.await(t -> t.contains("┌ Energy and connectivity") && t.contains("2/4"));
      pty.type("\r"); // Enter, as a terminal in raw mode sends it: the point's source
      pty.await(t -> t.contains("┌ Source ¶"));
      pty.type("\u001b");
      pty.await(t -> t.contains("┌ Energy and connectivity"));
      pty.resize(40, 12);
      String narrow = pty.await(t -> t.contains("Energy and connectivity") && !t.contains("││"));
      assertTrue(narrow.lines().allMatch(l -> l.length() <= 40), narrow);
      pty.resize(100, 30);
      pty.await(t -> t.contains("││") && t.contains("j/k move"));
      pty.type("q");
      assertEquals(0, pty.exitStatus());
      String line = awaitLog(l -> l.contains("pty="));
      assertTrue(
          line.contains("user=reader") && line.contains("key=SHA256:") && line.contains("exit=0"),
          line);
      assertTrue(line.contains("pty=xterm-256color size=100x30"), line);
    }
  }

  @Test
  void stoppingTheServerEndsAReaderWithAMessage() throws Exception {
    try (ClientSession s = ssh.session();
        Pty pty = new Pty(s, 80, 24)) {
      pty.await(t -> t.contains("Sections"));
      ssh.server.stop();
      assertEquals(0, pty.exitStatus());
      assertTrue(pty.err().contains("the server is shutting down"), pty.err());
      assertTrue(
          pty.raw().endsWith("\u001b[?1049l") || pty.raw().contains("\u001b[?1049l"),
          "the screen is left");
    }
  }

  @Test
  void aLookupThatFailsEndsItsOwnSessionOnly() throws Exception {
    ssh.close();
    brief.serve.Lookup real = ServeCommand.lookup();
    ssh =
        new TestServer(
            temp.resolve("crash"),
            Limits.DEFAULT,
            (library, args, out, err) -> {
              if (args.get(0).equals("themes")) {
                throw new IllegalStateException("a bug in one lookup");
              }
              return real.run(library, args, out, err);
            });
    try (ClientSession s = ssh.session();
        Pty pty = new Pty(s, 100, 30)) {
      pty.await(t -> t.contains("Sections"));
      TestServer.Result crashed = ssh.exec("themes");
      assertEquals(70, crashed.code());
      assertTrue(crashed.err().contains("internal error"), crashed.err());
      assertFalse(crashed.err().contains("a bug in one lookup"), "no internals to the client");
      assertTrue(awaitLog(l -> l.contains("exec=themes")).contains("failed="), ssh.log());
      assertEquals(0, ssh.exec("list").code(), "other lookups go on");
      pty.type("jjl");
      pty.await(t -> t.contains("┌ Energy and connectivity"));
      pty.type("q");
      assertEquals(0, pty.exitStatus(), "the open reader goes on");
    }
  }

  @Test
  void aClientThatVanishesMidReaderIsLoggedAsGoneNotAsAFailure() throws Exception {
    ClientSession s = ssh.session();
    Pty pty = new Pty(s, 80, 24);
    pty.await(t -> t.contains("Sections"));
    s.close(true);
    String line = awaitLog(l -> l.contains("pty="));
    assertFalse(line.contains("failed="), line);
    assertTrue(line.endsWith("exit=0") || line.endsWith("gone=client"), line);
    assertEquals(0, ssh.exec("list").code(), "the server goes on");
  }

  @Test
  void oneLogLinePerSessionWithWhoWhatAndHowItEnded() throws Exception {
    ssh.exec("summary --format json");
    String line = awaitLog(l -> l.contains("exec="));
    assertTrue(
        line.matches(
            "\\d{4}-\\d\\d-\\d\\dT\\S+Z user=reader key=SHA256:\\S+ from=127\\.0\\.0\\.1:\\d+ "
                + "exec=\"summary --format json\" ms=\\d+ exit=0"),
        line);
  }

  @Test
  void aKeysFileLeftWithNoUsableKeyNamesTheLinesItDidNotUse() throws Exception {
    Path keys = ssh.dir.resolve("authorized_keys");
    String key = Files.readString(keys).strip();
    Files.writeString(keys, "# only a certificate authority now\ncert-authority " + key + "\n");
    String line = awaitLog(l -> l.contains("holds no usable key"));
    assertTrue(line.contains("(not used: line 2)"), line);
    assertTrue(ssh.log().contains("line 2 is not used: the option cert-authority"), ssh.log());
  }

  @Test
  void aChangedLibraryIsReadAgainAndABrokenFileIsLoggedNotFatal() throws Exception {
    String before = ssh.exec("list").out();
    Files.writeString(ssh.library.resolve("broken.yaml"), "id: [unclosed\n");
    String copy =
        Files.readString(Files.list(Path.of("src/test/resources/frozen")).findFirst().orElseThrow())
            .replaceFirst("(?m)^id: .*$", "id: a-second-copy");
    Files.writeString(ssh.library.resolve("second.yaml"), copy);
    // Both files may land in one look or in two; each diagnostic is a line of its own after the
    // count, so wait for the count that has both and then for the broken file's line.
    awaitLog(l -> l.contains("library changed, re-read: 2 briefings, 1 broken file"));
    awaitLog(l -> l.contains("broken.yaml:"));
    String after = ssh.exec("list").out();
    assertNotEquals(before, after);
    assertTrue(after.contains("a-second-copy"), after);
    assertEquals(0, ssh.exec("summary").code());
  }

  @Test
  void aCommandsHelpOverSshShowsOnlyTheOptionsTheServerTakes() throws Exception {
    for (String command : brief.serve.Lookup.COMMANDS) {
      TestServer.Result r = ssh.exec(command + " --help");
      assertEquals(0, r.code(), command + ": " + r.err());
      assertTrue(r.out().contains("--format"), command + ":\n" + r.out());
      assertFalse(r.out().contains("--library"), command + ":\n" + r.out());
      assertFalse(r.out().contains("--debug"), command + ":\n" + r.out());
    }
    assertTrue(Cli.brief("summary", "--help").out().contains("--library"), "locally, all of it");
  }

  @Test
  void helpListsWhatTheServerOffers() throws Exception {
    TestServer.Result r = ssh.exec("help");
    assertEquals(0, r.code(), r.err());
    assertTrue(
        r.out().contains("summary, list, show, quotes, stakeholders, themes, timeline"), r.out());
    assertEquals("", r.err());
  }

  @Test
  void theLogCountsInTheSingularToo() throws Exception {
    assertTrue(
        awaitLog(l -> l.contains(" briefing")).matches("(?s).*\\b1 briefing, 0 broken files.*"),
        ssh.log());
  }

  @Test
  void theHostKeyIsMadeOncePrivateAndKeptAcrossRestarts() throws Exception {
    Path key = temp.resolve("host/ssh_host_ed25519_key");
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(key)));
    assertEquals(
        "rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(key.getParent())));
    assertTrue(Files.readString(key).startsWith("-----BEGIN OPENSSH PRIVATE KEY-----"));
    // Its public half beside it, as ssh-keygen writes one (for a known_hosts line).
    String pub = Files.readString(temp.resolve("host/ssh_host_ed25519_key.pub"));
    assertTrue(pub.matches("ssh-ed25519 [A-Za-z0-9+/=]+ brief-serve\n"), pub);
    String first = fingerprint(ssh.log());
    ssh.close();
    Path again = temp.resolve("again");
    Files.createDirectories(again.resolve("host"));
    Files.copy(key, again.resolve("host/ssh_host_ed25519_key"));
    ssh = new TestServer(again);
    assertEquals(first, fingerprint(ssh.log()));
  }

  @Test
  void theSurplusOverThePerAddressLimitIsRefused() throws Exception {
    ssh.close();
    ssh =
        new TestServer(
            temp.resolve("limited"),
            new Limits(Duration.ofMinutes(1), Duration.ofSeconds(10), 3, 10, 2, 100));
    try (ClientSession a = ssh.session();
        ClientSession b = ssh.session()) {
      assertThrows(IOException.class, ssh::session);
      assertTrue(
          awaitLog(l -> l.contains("refused="))
              .contains("too many sessions from this address (2)"));
      assertEquals(0, TestServer.exec(a, "list").code(), "the admitted sessions go on");
    }
    // The server counts a connection out once it has seen it close, a moment after the client.
    long end = System.nanoTime() + TestServer.WAIT.toNanos();
    int code = -1;
    while (code != 0 && System.nanoTime() < end) {
      try {
        code = ssh.exec("list").code();
      } catch (IOException stillFull) {
        Thread.sleep(50);
      }
    }
    assertEquals(0, code, "a place is free again");
  }

  @Test
  void newConnectionsPerMinuteAreLimited() throws Exception {
    ssh.close();
    ssh =
        new TestServer(
            temp.resolve("rate"),
            new Limits(Duration.ofMinutes(1), Duration.ofSeconds(10), 3, 10, 10, 2));
    ssh.exec("list");
    ssh.exec("list");
    assertThrows(IOException.class, () -> ssh.exec("list"));
    assertTrue(awaitLog(l -> l.contains("refused=")).contains("in a minute (2)"));
  }

  private static String fingerprint(String log) {
    return log.replaceAll("(?s).*host key (SHA256:\\S+).*", "$1");
  }

  private String awaitLog(Predicate<String> wanted) throws InterruptedException {
    long end = System.nanoTime() + TestServer.WAIT.toNanos();
    while (System.nanoTime() < end) {
      for (String line : ssh.log().lines().toList()) {
        if (wanted.test(line)) {
          return line;
        }
      }
      Thread.sleep(20);
    }
    throw new AssertionError("no such log line in:\n" + ssh.log());
  }

  /** A shell channel with a pty, its output read back through {@link AnsiScreen}. */
  static final class Pty implements AutoCloseable {
    private final ChannelShell shell;
    private final PipedOutputStream keys = new PipedOutputStream();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private int columns;
    private int rows;
    private int since;

    Pty(ClientSession s, int columns, int rows) throws IOException {
      this(s, columns, rows, null);
    }

    Pty(
        ClientSession s,
        int columns,
        int rows,
        java.util.Map<org.apache.sshd.common.channel.PtyMode, Integer> modes)
        throws IOException {
      this(s, columns, rows, modes, "C.UTF-8");
    }

    Pty(
        ClientSession s,
        int columns,
        int rows,
        java.util.Map<org.apache.sshd.common.channel.PtyMode, Integer> modes,
        String lang)
        throws IOException {
      this(s, columns, rows, modes, lang, java.util.Map.of());
    }

    /** With more variables sent, as ssh -o SetEnv=NAME=VALUE does. */
    Pty(
        ClientSession s,
        int columns,
        int rows,
        java.util.Map<org.apache.sshd.common.channel.PtyMode, Integer> modes,
        String lang,
        java.util.Map<String, String> env)
        throws IOException {
      this.columns = columns;
      this.rows = rows;
      shell = s.createShellChannel();
      shell.setPtyType("xterm-256color");
      shell.setPtyColumns(columns);
      shell.setPtyLines(rows);
      if (modes != null) {
        shell.setPtyModes(modes);
      }
      shell.setEnv("LANG", lang);
      env.forEach(shell::setEnv);
      shell.setIn(new PipedInputStream(keys));
      shell.setOut(out);
      shell.setErr(err);
      shell.open().verify(TestServer.WAIT);
    }

    void type(String text) throws IOException {
      keys.write(text.getBytes(StandardCharsets.UTF_8));
      keys.flush();
    }

    /** Resizes the client's window; the screen is read afresh from the repaint that follows. */
    void resize(int columns, int rows) throws IOException {
      synchronized (out) {
        since = out.size();
      }
      this.columns = columns;
      this.rows = rows;
      shell.sendWindowChange(columns, rows);
    }

    String raw() {
      synchronized (out) {
        return out.toString(StandardCharsets.UTF_8);
      }
    }

    String err() {
      return err.toString(StandardCharsets.UTF_8);
    }

    String screen() {
      byte[] all;
      synchronized (out) {
        all = out.toByteArray();
      }
      AnsiScreen screen = new AnsiScreen(columns, rows);
      screen.feed(java.util.Arrays.copyOfRange(all, since, all.length));
      return screen.text();
    }

    String await(Predicate<String> ready) throws InterruptedException {
      long end = System.nanoTime() + TestServer.WAIT.toNanos();
      String last = "";
      while (System.nanoTime() < end) {
        last = screen();
        if (ready.test(last)) {
          return last;
        }
        Thread.sleep(30);
      }
      throw new AssertionError("timed out; the screen shows:\n" + last);
    }

    int exitStatus() {
      shell.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), TestServer.WAIT);
      Integer status = shell.getExitStatus();
      return status == null ? -1 : status;
    }

    @Override
    public void close() throws IOException {
      keys.close();
      shell.close();
    }
  }
}
