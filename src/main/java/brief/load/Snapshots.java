package brief.load;

import brief.core.Briefing;
import brief.core.ReadMarks.Mark;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/** A briefing as last read, kept in the read state: its bytes (the cache's encoding) and name. */
final class Snapshots {
  private Snapshots() {}

  /** A SHA-256 in lower-case hex: nothing else names a snapshot (no path, no ".."). */
  static boolean isName(String name) {
    if (name.length() != 64) {
      return false;
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
        return false;
      }
    }
    return true;
  }

  static byte[] bytes(Briefing b) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DataOutputStream out = new DataOutputStream(bytes);
    out.writeInt(BriefingCodec.VERSION);
    BriefingCodec.write(out, b);
    out.flush();
    return bytes.toByteArray();
  }

  /** The name of a snapshot of these bytes: their SHA-256 in lower-case hex. */
  static String name(byte[] bytes) {
    try {
      StringBuilder out = new StringBuilder(64);
      for (byte b : MessageDigest.getInstance("SHA-256").digest(bytes)) {
        out.append(String.format("%02x", b));
      }
      return out.toString();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Removes the snapshots in {@code folder} that no mark names and that are older than {@code
   * unusedMs} (another run may be about to name a newer one).
   */
  static void sweep(Path folder, Collection<Mark> used, long unusedMs) {
    Set<String> names = new HashSet<>();
    for (Mark m : used) {
      names.add(m.version());
    }
    long old = System.currentTimeMillis() - unusedMs;
    try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
      for (Path f : files) {
        if (!names.contains(f.getFileName().toString())
            && Files.getLastModifiedTime(f, LinkOption.NOFOLLOW_LINKS).toMillis() < old) {
          Files.deleteIfExists(f);
        }
      }
    } catch (IOException | RuntimeException e) {
      // nothing lost: the next save sweeps again
    }
  }
}
