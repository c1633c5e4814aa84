package brief.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.util.Iterator;
import java.util.Set;
import org.apache.sshd.common.NamedResource;
import org.apache.sshd.common.config.keys.FilePasswordProvider;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.writer.openssh.OpenSSHKeyPairResourceWriter;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.apache.sshd.common.util.security.SecurityUtils;

/**
 * The server's ed25519 host key, made on first start and kept, so that clients never see it change:
 * an OpenSSH private key file readable by its owner only (0600) in a folder that is the owner's
 * only (0700) when brief makes the folder. A key file others may read is refused.
 */
final class HostKey {
  private static final Set<PosixFilePermission> OWNER_FILE =
      PosixFilePermissions.fromString("rw-------");
  private static final Set<PosixFilePermission> OWNER_FOLDER =
      PosixFilePermissions.fromString("rwx------");

  private HostKey() {}

  /** Loads the key at {@code file}, making it first when there is none. */
  static KeyPair loadOrCreate(Path file) throws IOException, GeneralSecurityException {
    if (!Files.exists(file)) {
      create(file);
    }
    Set<PosixFilePermission> perms = Files.getPosixFilePermissions(file);
    if (!OWNER_FILE.containsAll(perms)) {
      throw new IOException(
          file
              + " can be read by others ("
              + PosixFilePermissions.toString(perms)
              + "); make it private with: chmod 600 "
              + file);
    }
    try (InputStream in = Files.newInputStream(file)) {
      Iterator<KeyPair> keys =
          SecurityUtils.loadKeyPairIdentities(
                  null, NamedResource.ofName(file.toString()), in, FilePasswordProvider.EMPTY)
              .iterator();
      if (!keys.hasNext()) {
        throw new IOException(file + " holds no key");
      }
      return keys.next();
    }
  }

  /** The SHA-256 fingerprint, as ssh-keygen -l shows it. */
  static String fingerprint(KeyPair key) {
    return KeyUtils.getFingerPrint(key.getPublic());
  }

  private static void create(Path file) throws IOException, GeneralSecurityException {
    Path folder = file.toAbsolutePath().getParent();
    if (!Files.isDirectory(folder)) {
      Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(OWNER_FOLDER));
      Files.setPosixFilePermissions(folder, OWNER_FOLDER);
    }
    KeyPair key = KeyUtils.generateKeyPair(KeyPairProvider.SSH_ED25519, 256);
    Path temp = folder.resolve(file.getFileName() + ".new");
    Files.deleteIfExists(temp);
    // Private from its first byte: made with 0600, then renamed into place whole.
    try (OutputStream out =
        Files.newOutputStream(
            Files.createFile(temp, PosixFilePermissions.asFileAttribute(OWNER_FILE)),
            StandardOpenOption.WRITE)) {
      OpenSSHKeyPairResourceWriter.INSTANCE.writePrivateKey(key, "brief serve host key", null, out);
    }
    try {
      // A link fails when the name exists: two instances starting at once keep one key.
      Files.createLink(file, temp);
    } catch (FileAlreadyExistsException e) {
      // another instance made it first: use theirs
    } finally {
      Files.delete(temp);
    }
  }
}
