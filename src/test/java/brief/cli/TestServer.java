package brief.cli;

import brief.load.BriefingLoader;
import brief.load.LibraryScanner;
import brief.serve.Limits;
import brief.serve.Server;
import brief.serve.Settings;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import java.util.EnumSet;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.channel.ChannelExec;
import org.apache.sshd.client.channel.ClientChannelEvent;
import org.apache.sshd.client.keyverifier.AcceptAllServerKeyVerifier;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.keyprovider.KeyPairProvider;

/**
 * A brief serve on loopback (a free port) over a copy of the frozen test library, with one
 * authorized key, and MINA's client to talk to it. The server's log is kept for assertions.
 */
final class TestServer implements AutoCloseable {
  static final Duration WAIT = Duration.ofSeconds(20);

  final Path dir;
  final Path library;
  final KeyPair authorized;
  final Server server;
  final int port;
  final SshClient client;
  private final StringWriter log = new StringWriter();

  TestServer(Path dir, Limits limits) throws Exception {
    this(dir, limits, ServeCommand.lookup());
  }

  TestServer(Path dir, Limits limits, brief.serve.Lookup lookup) throws Exception {
    this.dir = dir;
    this.library = dir.resolve("library");
    Files.createDirectories(library);
    try (var files = Files.list(Path.of("src/test/resources/frozen"))) {
      for (Path f : files.toList()) {
        Files.copy(f, library.resolve(f.getFileName()));
      }
    }
    authorized = newKey();
    Path keys = dir.resolve("authorized_keys");
    Files.writeString(keys, PublicKeyEntry.toString(authorized.getPublic()) + " reader@test\n");
    Settings settings =
        new Settings(
            "127.0.0.1",
            0,
            keys,
            dir.resolve("host/ssh_host_ed25519_key"),
            library,
            limits,
            dir.resolve("state"));
    server =
        new Server(
            settings,
            () -> new LibraryScanner(new BriefingLoader()).scan(library),
            lookup,
            new PrintWriter(log, true));
    port = server.start();
    client = SshClient.setUpDefaultClient();
    client.setServerKeyVerifier(AcceptAllServerKeyVerifier.INSTANCE);
    client.start();
  }

  TestServer(Path dir) throws Exception {
    this(dir, Limits.DEFAULT);
  }

  static KeyPair newKey() throws Exception {
    return KeyUtils.generateKeyPair(KeyPairProvider.SSH_ED25519, 256);
  }

  String log() {
    synchronized (log) {
      return log.toString();
    }
  }

  /** A session authenticated with the authorized key. */
  ClientSession session() throws IOException {
    ClientSession s = client.connect("reader", "127.0.0.1", port).verify(WAIT).getSession();
    s.addPublicKeyIdentity(authorized);
    s.auth().verify(WAIT);
    return s;
  }

  record Result(int code, String out, String err) {}

  /** Runs a command line over exec on a new session. */
  Result exec(String command) throws IOException {
    try (ClientSession s = session()) {
      return exec(s, command);
    }
  }

  static Result exec(ClientSession s, String command) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try (ChannelExec channel = s.createExecChannel(command)) {
      channel.setOut(out);
      channel.setErr(err);
      channel.open().verify(WAIT);
      channel.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), WAIT);
      Integer status = channel.getExitStatus();
      return new Result(
          status == null ? -1 : status,
          out.toString(StandardCharsets.UTF_8),
          err.toString(StandardCharsets.UTF_8));
    }
  }

  @Override
  public void close() throws IOException {
    client.stop();
    server.stop();
  }
}
