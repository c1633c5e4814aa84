package brief.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.util.List;
import org.apache.sshd.common.config.keys.AuthorizedKeyEntry;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.config.keys.PublicKeyEntryResolver;
import org.apache.sshd.server.auth.pubkey.PublickeyAuthenticator;
import org.apache.sshd.server.session.ServerSession;

/**
 * The keys let in: an authorized-keys file (OpenSSH's format; options on a line are not honoured,
 * so none is needed), read again when its size or modification time changes. Read under a lock:
 * MINA's own file-watching authenticator could refuse a good key to one of several clients arriving
 * while it re-read the file. A file that cannot be read (or parsed) keeps the keys read before, and
 * says so in the log; keys of unknown types are ignored.
 */
final class AuthorizedKeys implements PublickeyAuthenticator {
  private final Path file;
  private final SessionLog log;
  private List<PublicKey> keys = List.of();
  private Object stamp;

  AuthorizedKeys(Path file, SessionLog log) throws IOException {
    this.file = file;
    this.log = log;
    if (!reload()) {
      throw new IOException("cannot read the authorized-keys file " + file);
    }
    if (keys.isEmpty()) {
      log.note(
          "the authorized-keys file "
              + file
              + " holds no key: nobody can log in until one is added");
    }
  }

  @Override
  public boolean authenticate(String user, PublicKey key, ServerSession session) {
    return current().stream().anyMatch(k -> KeyUtils.compareKeys(k, key));
  }

  private synchronized List<PublicKey> current() {
    reload();
    return keys;
  }

  /** Re-reads the file if it changed; false when it cannot be read. */
  private synchronized boolean reload() {
    try {
      BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
      Object now = List.of(a.size(), a.lastModifiedTime(), String.valueOf(a.fileKey()));
      if (now.equals(stamp)) {
        return true;
      }
      List<AuthorizedKeyEntry> entries = AuthorizedKeyEntry.readAuthorizedKeys(file);
      keys =
          List.copyOf(
              PublicKeyEntry.resolvePublicKeyEntries(
                  null, entries, PublicKeyEntryResolver.IGNORING));
      if (stamp != null) {
        log.note("authorized keys re-read: " + keys.size() + " keys");
      }
      stamp = now;
      return true;
    } catch (IOException | GeneralSecurityException | RuntimeException e) {
      if (stamp != null) {
        log.note(
            "cannot re-read the authorized-keys file ("
                + e.getMessage()
                + "); keeping the "
                + keys.size()
                + " keys read before");
      }
      return false;
    }
  }
}
