package brief.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One {@code brief serve} from the built jar on loopback, with its own host key, an authorized-keys
 * file and one client key, and the real OpenSSH client to talk to it. For the hostile tests.
 */
final class OpenSshServe implements AutoCloseable {
  static final Path REPO = Path.of("").toAbsolutePath();
  static final Path JAR = REPO.resolve("target/brief.jar");

  final Path dir;
  final Path keys;
  final Path log;
  final Process process;
  final int port;

  /** Starts the server over {@code library}, with {@code extra} options (such as limits). */
  OpenSshServe(Path dir, Path library, String... extra) throws Exception {
    this.dir = dir;
    this.keys = dir.resolve("authorized_keys");
    this.log = dir.resolve("server.log");
    newKey("id");
    if (!Files.exists(keys)) {
      Files.copy(dir.resolve("id.pub"), keys);
    }
    List<String> command =
        new ArrayList<>(
            List.of(
                java(),
                "-Djava.awt.headless=true",
                "-jar",
                JAR.toString(),
                "serve",
                "--port",
                "0",
                "--authorized-keys",
                keys.toString(),
                "--host-key",
                dir.resolve("host/key").toString(),
                "--library",
                library.toString()));
    command.addAll(List.of(extra));
    process =
        new ProcessBuilder(command)
            .redirectError(log.toFile())
            .redirectOutput(dir.resolve("server.out").toFile())
            .start();
    Matcher m = awaitLog(Pattern.compile("listening on 127\\.0\\.0\\.1:(\\d+)"));
    port = Integer.parseInt(m.group(1));
    String hostKey = run("ssh-keygen", "-y", "-f", dir.resolve("host/key").toString()).out();
    Files.writeString(
        dir.resolve("known_hosts"), "[127.0.0.1]:" + port + " " + hostKey.strip() + "\n");
  }

  static boolean available() {
    for (String tool : new String[] {"ssh", "ssh-keygen", "python3"}) {
      try {
        Process p = new ProcessBuilder(tool, "-V").redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        p.waitFor();
      } catch (IOException | InterruptedException e) {
        return false;
      }
    }
    return true;
  }

  /** A new ed25519 key pair at {@code dir/name} (and {@code .pub}), unless there is one. */
  Path newKey(String name) throws Exception {
    Path key = dir.resolve(name);
    if (!Files.exists(key)) {
      run("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", name, "-f", key.toString());
    }
    return key;
  }

  String publicKey(String name) throws IOException {
    return Files.readString(dir.resolve(name + ".pub")).strip();
  }

  /** The ssh command line: ssh's options (before the first word not starting with -), then rest. */
  List<String> sshCommand(String identity, String... args) {
    List<String> c =
        new ArrayList<>(
            List.of(
                "ssh",
                "-F",
                "/dev/null",
                "-p",
                String.valueOf(port),
                "-i",
                dir.resolve(identity).toString(),
                "-o",
                "IdentitiesOnly=yes",
                "-o",
                "BatchMode=yes",
                "-o",
                "UserKnownHostsFile=" + dir.resolve("known_hosts"),
                "-o",
                "StrictHostKeyChecking=yes",
                "-o",
                "LogLevel=ERROR"));
    List<String> rest = new ArrayList<>(List.of(args));
    while (!rest.isEmpty() && rest.get(0).startsWith("-")) {
      String option = rest.remove(0);
      c.add(option);
      if (option.equals("-o") || option.equals("-R")) {
        c.add(rest.remove(0));
      }
    }
    c.add("reader@127.0.0.1");
    c.addAll(rest);
    return c;
  }

  Result ssh(String... args) throws Exception {
    return sshAs("id", args);
  }

  Result sshAs(String identity, String... args) throws Exception {
    return Result.of(
        new ProcessBuilder(sshCommand(identity, args))
            .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
            .start());
  }

  /** Runs {@code ssh ... summary} until it succeeds or {@code wait} has passed; the last result. */
  Result sshUntil(Predicate<Result> wanted, Duration wait, String... args) throws Exception {
    long end = System.nanoTime() + wait.toNanos();
    Result r = ssh(args);
    while (!wanted.test(r) && System.nanoTime() < end) {
      Thread.sleep(200);
      r = ssh(args);
    }
    return r;
  }

  String logText() throws IOException {
    return Files.exists(log) ? Files.readString(log) : "";
  }

  Matcher awaitLog(Pattern pattern) throws Exception {
    long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    String text = "";
    while (System.nanoTime() < end) {
      text = logText();
      Matcher m = pattern.matcher(text);
      if (m.find()) {
        return m;
      }
      Thread.sleep(50);
    }
    throw new AssertionError("no " + pattern + " in the server's log:\n" + text);
  }

  /** CPU time the server has used, in clock ticks (user + system, from /proc). */
  long cpuTicks() throws IOException {
    String stat = Files.readString(Path.of("/proc/" + process.pid() + "/stat"));
    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    return Long.parseLong(f[11]) + Long.parseLong(f[12]);
  }

  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      process.destroy();
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    }
  }

  record Result(int code, String out, String err) {
    static Result of(Process p) throws Exception {
      CompletableFuture<String> err = new CompletableFuture<>();
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
      assertTrue(p.waitFor(30, TimeUnit.SECONDS), "the command ends");
      return new Result(p.exitValue(), out, err.get());
    }
  }

  static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  static Result run(String... command) throws Exception {
    Result r = Result.of(new ProcessBuilder(command).start());
    assertEquals(0, r.code(), String.join(" ", command) + ": " + r.err());
    return r;
  }
}
