package brief.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
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
import org.apache.sshd.common.signature.BuiltinSignatures;
import org.apache.sshd.common.signature.Signature;
import org.apache.sshd.common.util.buffer.ByteArrayBuffer;
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
      KeyPair key = keys.next();
      String why = mismatch(Files.readString(file, StandardCharsets.US_ASCII), key);
      if (why != null) {
        throw new IOException(
            file
                + " is damaged ("
                + why
                + "); restore it from a backup, or delete it for a new one");
      }
      publish(file, key);
      return key;
    } catch (IOException | GeneralSecurityException | RuntimeException e) {
      if (e.getMessage() != null && e.getMessage().startsWith(file.toString())) {
        throw e;
      }
      throw new IOException(
          file
              + " cannot be read as an OpenSSH private key ("
              + e.getMessage()
              + "); restore it from a backup, or delete it for a new one",
          e);
    }
  }

  /**
   * The public half beside the key, as {@code FILE.pub} in the form of ssh-keygen's (for a
   * known_hosts line: {@code HOST } and its content), written when it is missing.
   */
  private static void publish(Path file, KeyPair key) throws IOException {
    Path pub = file.resolveSibling(file.getFileName() + ".pub");
    if (Files.exists(pub, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    String line =
        org.apache.sshd.common.config.keys.PublicKeyEntry.toString(key.getPublic())
            + " brief-serve\n";
    try {
      Files.writeString(pub, line, StandardCharsets.US_ASCII, StandardOpenOption.CREATE_NEW);
    } catch (FileAlreadyExistsException e) {
      // Another instance wrote it first: the same key, the same line.
    }
  }

  /**
   * Why a key pair read from an OpenSSH private key file is not the key the file was made with, or
   * null: the private half must sign what the public half verifies, and that public half must be
   * the one the file's unencrypted header names (a changed bit in the private half would otherwise
   * give a new key, and the clients a new fingerprint).
   */
  static String mismatch(String text, KeyPair key) throws GeneralSecurityException {
    byte[] header;
    try {
      header = headerPublicKey(text);
    } catch (IllegalArgumentException | java.nio.BufferUnderflowException e) {
      return "its header cannot be read";
    }
    ByteArrayBuffer blob = new ByteArrayBuffer();
    blob.putRawPublicKey(key.getPublic());
    if (!java.util.Arrays.equals(header, blob.getCompactData())) {
      return "its private half does not belong to its public key";
    }
    byte[] probe = new byte[32];
    new java.security.SecureRandom().nextBytes(probe);
    try {
      Signature signer = signature(key);
      signer.initSigner(null, key.getPrivate());
      signer.update(null, probe);
      byte[] signed = signer.sign(null);
      Signature verifier = signature(key);
      verifier.initVerifier(null, key.getPublic());
      verifier.update(null, probe);
      return verifier.verify(null, signed) ? null : "its two halves do not match";
    } catch (Exception e) {
      return "its two halves do not match (" + e.getMessage() + ")";
    }
  }

  private static Signature signature(KeyPair key) {
    return BuiltinSignatures.fromFactoryName(KeyUtils.getKeyType(key)).create();
  }

  /** The public key blob in the header of an {@code openssh-key-v1} file. */
  private static byte[] headerPublicKey(String text) {
    String body =
        text.replaceAll("-----(BEGIN|END) OPENSSH PRIVATE KEY-----", "").replaceAll("\\s", "");
    java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(java.util.Base64.getDecoder().decode(body));
    byte[] magic = "openssh-key-v1\0".getBytes(StandardCharsets.US_ASCII);
    byte[] start = new byte[magic.length];
    b.get(start);
    if (!java.util.Arrays.equals(start, magic)) {
      throw new IllegalArgumentException("not openssh-key-v1");
    }
    for (int i = 0; i < 3; i++) { // cipher, key derivation, its options
      string(b);
    }
    if (b.getInt() < 1) {
      throw new IllegalArgumentException("no key");
    }
    return string(b);
  }

  private static byte[] string(java.nio.ByteBuffer b) {
    int n = b.getInt();
    if (n < 0 || n > b.remaining()) {
      throw new IllegalArgumentException("bad length");
    }
    byte[] s = new byte[n];
    b.get(s);
    return s;
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
