package brief.load;

import java.io.FileInputStream;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;

/**
 * Files that other local users cannot have planted or swapped: sshd's {@code StrictModes} test for
 * a path (it and every folder above it owned by this user or root, and not writable by group or
 * others; a sticky folder such as {@code /tmp} may be, as its entries can only be renamed or
 * removed by their owners), and files opened once, without following a link, and checked through
 * the open descriptor ({@code /proc/self/fd}), never looked up by name again. The trusted are this
 * user and root; anyone else who can write a folder on the way could make brief read what they
 * wrote.
 */
public final class TrustedFiles {
  private static final int TYPE = 0170000;
  private static final int REGULAR = 0100000;
  private static final int FOLDER = 0040000;
  private static final int STICKY = 01000;
  private static final int GROUP_OR_OTHER_WRITE = 0022;
  private static final Path OPEN_FILES = Path.of("/proc/self/fd");

  /**
   * An entry whose file changed less than this before the entry was made is "racy" (git's word): on
   * a file system that keeps times to the second (ext4 with 128-byte inodes, ext3, many NFS and SMB
   * shares) a later edit of the same size can leave every time as it was.
   */
  public static final long RACY_NANOS = 2_000_000_000L;

  private TrustedFiles() {}

  /** A file that is not to be used, and why, in words for a line on standard error. */
  public static final class Untrusted extends IOException {
    public Untrusted(String why) {
      super(why);
    }
  }

  /**
   * What a file looked like when it was read: size, modification and change times, and identity
   * (device and inode). A change of any of them is a change of the file; equal stamps prove nothing
   * when the stamp is {@link #racy racy}.
   */
  public record Stamp(long size, long modifiedNanos, long changedNanos, Object key) {
    /** Whether the file may have changed since, unseen by its times, when read at {@code when}. */
    public boolean racy(long whenEpochNanos) {
      return Math.max(modifiedNanos, changedNanos) + RACY_NANOS > whenEpochNanos;
    }
  }

  /** The attributes read: not {@code unix:*}, which looks up the owner's and group's names. */
  private static final String ATTRIBUTES = "unix:mode,uid,size,lastModifiedTime,ctime,dev,ino";

  /** The file's stamp, link not followed. */
  public static Stamp stamp(Path file) throws IOException {
    return stamp(Files.readAttributes(file, ATTRIBUTES, LinkOption.NOFOLLOW_LINKS));
  }

  private static Stamp stamp(Map<String, Object> a) {
    return new Stamp(
        (Long) a.get("size"),
        nanos((FileTime) a.get("lastModifiedTime")),
        nanos((FileTime) a.get("ctime")),
        key(a));
  }

  private static String key(Map<String, Object> a) {
    return a.get("dev") + ":" + a.get("ino");
  }

  private static long nanos(FileTime t) {
    return t.to(java.util.concurrent.TimeUnit.NANOSECONDS);
  }

  /** Now, in the unit of {@link Stamp}'s times. */
  public static long nowNanos() {
    java.time.Instant now = java.time.Instant.now();
    return now.getEpochSecond() * 1_000_000_000L + now.getNano();
  }

  /**
   * Why {@code path} (which exists) is not trusted, with how to fix it, or null when it is: the
   * folders on its real path, and the path itself, pass the StrictModes test.
   */
  public static String distrust(Path path) {
    Path real;
    try {
      real = path.toRealPath();
    } catch (IOException e) {
      return path + " cannot be checked (" + e.getMessage() + ")";
    }
    for (Path p = real; p != null; p = p.getParent()) {
      String why = distrustOne(p, p == real);
      if (why != null) {
        return why;
      }
    }
    return null;
  }

  private static String distrustOne(Path p, boolean last) {
    try {
      Map<String, Object> a = Files.readAttributes(p, "unix:uid,mode", LinkOption.NOFOLLOW_LINKS);
      int uid = (Integer) a.get("uid");
      int mode = (Integer) a.get("mode");
      if (uid != 0 && uid != myUid()) {
        return p + " belongs to another user (uid " + uid + "; only your own or root's are used)";
      }
      boolean stickyFolder = (mode & TYPE) == FOLDER && (mode & STICKY) != 0 && !last;
      if ((mode & GROUP_OR_OTHER_WRITE) != 0 && !stickyFolder) {
        return p + " can be written by other users (fix: chmod go-w " + p + ")";
      }
      return null;
    } catch (IOException | RuntimeException e) {
      return p + " cannot be checked (" + e.getMessage() + ")";
    }
  }

  private static Integer me;

  static synchronized int myUid() throws IOException {
    if (me == null) {
      me = (Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid");
    }
    return me;
  }

  /** A regular file read whole, and its stamp as checked through the descriptor it was read by. */
  public record Read(byte[] bytes, Stamp stamp) {}

  /**
   * Reads a regular file, at most {@code max} bytes: opened without following a link (a link, a
   * FIFO, a device or a folder at the name is refused, never opened), then checked through the open
   * descriptor: the same file that was checked by name, owned by this user or root, not writable by
   * group or others. Throws {@link Untrusted} saying why a file is not used, NoSuchFileException
   * when there is none.
   */
  public static Read read(Path file, int max) throws IOException {
    Map<String, Object> named = Files.readAttributes(file, ATTRIBUTES, LinkOption.NOFOLLOW_LINKS);
    String why = fileDistrust(file, named);
    if (why != null) {
      throw new Untrusted(why);
    }
    long size = (Long) named.get("size");
    if (size > max) {
      throw new Untrusted(file + " is larger than " + max + " bytes");
    }
    // A FileInputStream, not a FileChannel: a channel and its direct buffer are ~1 ms of class
    // initialisation on every lookup that nothing else on the way needs. It follows a link put
    // at the name since it was checked, but the descriptor check below then finds no
    // descriptor on this name, and refuses.
    try (FileInputStream in = new FileInputStream(file.toFile())) {
      Map<String, Object> opened = opened(file, key(named));
      why = fileDistrust(file, opened);
      if (why != null) {
        throw new Untrusted(why);
      }
      byte[] bytes = in.readNBytes(max);
      if (in.read() >= 0) {
        throw new Untrusted(file + " grew past " + max + " bytes while it was read");
      }
      return new Read(bytes, stamp(opened));
    }
  }

  private static String fileDistrust(Path file, Map<String, Object> a) throws IOException {
    int mode = (Integer) a.get("mode");
    int uid = (Integer) a.get("uid");
    if ((mode & TYPE) != REGULAR) {
      return file + " is not a regular file (" + kind(mode) + "); it is skipped, never read";
    }
    if (uid != 0 && uid != myUid()) {
      return file + " belongs to another user (uid " + uid + "; only your own or root's are used)";
    }
    if ((mode & GROUP_OR_OTHER_WRITE) != 0) {
      return file + " can be written by other users (fix: chmod go-w " + file + ")";
    }
    return null;
  }

  private static String kind(int mode) {
    return switch (mode & TYPE) {
      case 0120000 -> "a symbolic link";
      case 0010000 -> "a FIFO";
      case 0140000 -> "a socket";
      case 0020000, 0060000 -> "a device";
      case FOLDER -> "a folder";
      default -> "mode " + Integer.toOctalString(mode);
    };
  }

  /**
   * The attributes of the file just opened by name, read through {@code /proc/self/fd}: the
   * descriptors whose target is {@code file} are stat'ed; every one must be the file that was
   * checked by name ({@code key}), or the file is not trusted. (Java gives no descriptor number, so
   * the descriptor is found by its target; another open of the same name, by another thread, is the
   * same file or a refusal, never a wrong answer.)
   */
  private static Map<String, Object> opened(Path file, String key) throws IOException {
    Path absolute = file.toAbsolutePath();
    String target =
        absolute.getParent() == null
            ? absolute.toString()
            : absolute.getParent().toRealPath().resolve(absolute.getFileName()).toString();
    Map<String, Object> found = null;
    try (DirectoryStream<Path> fds = Files.newDirectoryStream(OPEN_FILES)) {
      for (Path fd : fds) {
        Path points;
        try {
          points = Files.readSymbolicLink(fd);
        } catch (IOException closedMeanwhile) {
          continue;
        }
        if (!points.toString().equals(target)) {
          continue;
        }
        Map<String, Object> a;
        try {
          a = Files.readAttributes(fd, ATTRIBUTES);
        } catch (NoSuchFileException closedMeanwhile) {
          continue;
        }
        if (!key(a).equals(key)) {
          throw new Untrusted(file + " was replaced while it was opened; it is not used");
        }
        found = a;
      }
    }
    if (found == null) {
      throw new Untrusted(file + " was moved while it was opened; it is not used");
    }
    return found;
  }
}
