package brief.serve;

import brief.load.TrustedFiles;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.config.keys.PublicKeyEntryResolver;
import org.apache.sshd.server.auth.pubkey.PublickeyAuthenticator;
import org.apache.sshd.server.session.ServerSession;

/**
 * The keys let in: an authorized-keys file in OpenSSH's format, options included ({@link
 * KeyOptions}). Authentication only ever reads an immutable snapshot; the file is looked at on a
 * thread of its own, twice a second, never on a network thread: a FIFO or a hung mount at its name
 * stalls that thread only, and after {@link #READ_WAIT_MS} the snapshot becomes "no keys". The file
 * is read only when it is a regular file that other users cannot write ({@link TrustedFiles}), up
 * to {@link #MAX_BYTES}. A file that is deleted, unreadable or refused means no keys (fail closed),
 * said once in the log; each line that is not used is logged once, with its number. Changes are
 * seen by the file's size, times and inode, and, while those are racy, by its content's hash.
 */
final class AuthorizedKeys implements PublickeyAuthenticator {
  static final int MAX_BYTES = 1 << 20;
  static final long READ_WAIT_MS = 2000;
  private static final Pattern KEY_TYPE =
      Pattern.compile("(ssh-|ecdsa-sha2-|sk-ssh-|sk-ecdsa-|rsa-sha2-)\\S*");

  /** One usable line: its number, its key and its options. */
  record Line(int number, PublicKey key, KeyOptions options) {}

  /** What authentication reads: the lines, and how the file looked when they were read. */
  private record Snapshot(List<Line> lines, TrustedFiles.Stamp stamp, boolean racy, String hash) {}

  private static final Snapshot NONE = new Snapshot(List.of(), null, false, null);

  private final Path file;
  private final SessionLog log;
  private final ScheduledExecutorService watch =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "brief-keys-watch");
            t.setDaemon(true);
            return t;
          });
  private volatile Snapshot snapshot = NONE;

  /** The file's state as last logged (a problem, or null when it was read), so it is said once. */
  private String said;

  /** The last read's key lines that were not used, by number, one message each. */
  private List<String> refused = List.of();

  private Thread reading;
  private long readingSince;
  private int stuck;

  AuthorizedKeys(Path file, SessionLog log) throws IOException {
    this.file = file;
    this.log = log;
    refresh();
    if (snapshot == NONE) {
      throw new IOException(said == null ? "cannot read the authorized-keys file " + file : said);
    }
    if (snapshot.lines().isEmpty()) {
      log.note(noUsableKey());
    }
  }

  private String noUsableKey() {
    return "the authorized-keys file "
        + file
        + " holds no usable key"
        + (refused.isEmpty() ? "" : " (not used: line " + String.join(", ", refused) + ")")
        + ": nobody can log in until one is added";
  }

  /** Starts looking at the file twice a second. */
  void watch() {
    watch.scheduleWithFixedDelay(this::refresh, 500, 500, TimeUnit.MILLISECONDS);
  }

  void stop() {
    watch.shutdownNow();
  }

  @Override
  public boolean authenticate(String user, PublicKey key, ServerSession session) {
    String refusal = null;
    for (Line line : snapshot.lines()) {
      if (!KeyUtils.compareKeys(line.key(), key)) {
        continue;
      }
      var remote = session.getIoSession().getRemoteAddress();
      if (line.options()
          .admits(remote instanceof InetSocketAddress inet ? inet.getAddress() : null)) {
        session.setAttribute(Sessions.OPTIONS, line.options());
        return true;
      }
      refusal = "key matches line " + line.number() + " but from= does not admit this address";
    }
    if (refusal != null) {
      session.setAttribute(Sessions.REFUSAL, refusal);
    }
    return false;
  }

  /**
   * Reads the file on a new thread (unless a read is still under way) and waits for it a moment; a
   * read that is stuck past {@link #READ_WAIT_MS} leaves no keys.
   */
  private void refresh() {
    Thread t;
    synchronized (this) {
      if (reading != null && reading.isAlive()) {
        if (System.nanoTime() - readingSince > READ_WAIT_MS * 1_000_000 && snapshot != NONE) {
          snapshot = NONE;
          say(
              "reading the authorized-keys file "
                  + file
                  + " did not finish in "
                  + READ_WAIT_MS
                  + " ms (a FIFO or a hung mount?): no key is accepted until it can be read");
        }
        return;
      }
      if (stuck > 8) {
        return; // threads left stuck in reads: no more of them
      }
      t = new Thread(this::readOnce, "brief-keys-read");
      t.setDaemon(true);
      reading = t;
      readingSince = System.nanoTime();
      t.start();
    }
    try {
      t.join(READ_WAIT_MS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return;
    }
    if (t.isAlive()) {
      synchronized (this) {
        stuck++;
        snapshot = NONE;
        say(
            "reading the authorized-keys file "
                + file
                + " did not finish in "
                + READ_WAIT_MS
                + " ms (a FIFO or a hung mount?): no key is accepted until it can be read");
      }
    }
  }

  /** One look at the file: re-read when its stamp changed or was racy; fail closed on trouble. */
  private void readOnce() {
    Snapshot before = snapshot;
    try {
      long began = TrustedFiles.nowNanos();
      TrustedFiles.Stamp now = TrustedFiles.stamp(file.toRealPath());
      if (before != NONE && now.equals(before.stamp()) && !before.racy()) {
        return;
      }
      String trust = TrustedFiles.distrust(file.toAbsolutePath().getParent());
      if (trust != null) {
        fail("the authorized-keys file's folder is not trusted: " + trust);
        return;
      }
      TrustedFiles.Read read = TrustedFiles.read(file.toRealPath(), MAX_BYTES);
      String hash = sha256(read.bytes());
      boolean racy = read.stamp().racy(began);
      if (hash.equals(before.hash())) {
        snapshot = new Snapshot(before.lines(), read.stamp(), racy, hash);
        return;
      }
      List<Line> lines = parse(new String(read.bytes(), StandardCharsets.UTF_8));
      snapshot = new Snapshot(lines, read.stamp(), racy, hash);
      synchronized (this) {
        if (before != NONE || said != null) {
          log.note(
              lines.isEmpty()
                  ? noUsableKey()
                  : "authorized keys read: "
                      + lines.size()
                      + (lines.size() == 1 ? " key" : " keys"));
        }
        said = null;
      }
    } catch (NoSuchFileException e) {
      fail("the authorized-keys file " + file + " is gone: no key is accepted until it is back");
    } catch (TrustedFiles.Untrusted e) {
      fail("the authorized-keys file is not used: " + e.getMessage() + "; no key is accepted");
    } catch (IOException | RuntimeException e) {
      fail(
          "cannot read the authorized-keys file "
              + file
              + " ("
              + e.getMessage()
              + "): no key is accepted until it can be read");
    }
  }

  static String sha256(byte[] bytes) {
    try {
      return java.util.HexFormat.of()
          .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private void fail(String why) {
    snapshot = NONE;
    synchronized (this) {
      say(why);
    }
  }

  private void say(String why) {
    if (!why.equals(said)) {
      said = why;
      log.note(why);
    }
  }

  /** The usable lines; each line that is not used is logged, with its number and why. */
  private List<Line> parse(String text) {
    List<Line> lines = new ArrayList<>();
    List<String> notUsed = new ArrayList<>();
    String[] all = text.split("\n", -1);
    for (int i = 0; i < all.length; i++) {
      String raw = all[i].strip();
      if (raw.isEmpty() || raw.startsWith("#")) {
        continue;
      }
      try {
        lines.add(parseLine(i + 1, raw));
      } catch (KeyOptions.Refused e) {
        log.note(file + " line " + (i + 1) + " is not used: " + e.getMessage());
        notUsed.add(String.valueOf(i + 1));
      }
    }
    refused = List.copyOf(notUsed);
    return List.copyOf(lines);
  }

  private static Line parseLine(int number, String line) throws KeyOptions.Refused {
    String first = firstField(line);
    KeyOptions options = KeyOptions.NONE;
    String key = line;
    if (!KEY_TYPE.matcher(first).matches()) {
      options = KeyOptions.parse(first, ExecCommand::refusal);
      key = line.substring(first.length()).strip();
    }
    PublicKey publicKey;
    try {
      publicKey =
          PublicKeyEntry.parsePublicKeyEntry(key)
              .resolvePublicKey(null, Map.of(), PublicKeyEntryResolver.IGNORING);
    } catch (IOException | GeneralSecurityException | RuntimeException e) {
      throw new KeyOptions.Refused("the key cannot be read (" + e.getMessage() + ")");
    }
    if (publicKey == null) {
      throw new KeyOptions.Refused("the key's type is not supported");
    }
    return new Line(number, publicKey, options);
  }

  /** Up to the first blank outside double quotes. */
  private static String firstField(String line) {
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '\\' && quoted && i + 1 < line.length()) {
        i++;
      } else if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && (c == ' ' || c == '\t')) {
        return line.substring(0, i);
      }
    }
    return line;
  }
}
