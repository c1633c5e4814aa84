package brief.load;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Set;

/**
 * The folder that holds the library caches ({@code ~/.cache/brief}). Caches hold the text of
 * briefings, which may be restricted: the folder is made readable by its owner only, files are
 * written 0600 and installed by an atomic rename, and a folder that someone else owns or can write
 * into, or that lies under such a folder, is not used at all (whoever can write there could make
 * brief show anything).
 */
final class CacheFolder {
  /** Temporary files older than this were left by a run that was killed. */
  private static final long STALE_TEMPORARY_MS = 10 * 60 * 1000;

  private CacheFolder() {}

  /**
   * Why the folder must not be used, with how to fix it, or null when it may (or does not exist
   * yet): it must be a folder of this user's that no one else can write, under folders that pass
   * sshd's StrictModes test ({@link TrustedFiles#distrust}): whoever can rename a folder on the way
   * could swap in a cache of their own.
   */
  static String distrust(Path dir) {
    try {
      Map<String, Object> a = Files.readAttributes(dir, "unix:uid,mode", LinkOption.NOFOLLOW_LINKS);
      int mode = (Integer) a.get("mode");
      if ((mode & 0170000) != 0040000) {
        return "is not a folder (fix: rm " + dir + ")";
      }
      if ((Integer) a.get("uid") != TrustedFiles.myUid()) {
        return "belongs to another user (fix: mv " + dir + " " + dir + ".old)";
      }
      if ((mode & 0022) != 0) {
        return "can be written by other users (fix: chmod go-w " + dir + ")";
      }
      return above(dir);
    } catch (java.nio.file.NoSuchFileException e) {
      Path parent = dir.toAbsolutePath().getParent();
      return parent == null || !Files.isDirectory(parent) ? null : above(parent);
    } catch (IOException | RuntimeException e) {
      return "cannot be checked (" + e.getMessage() + ")";
    }
  }

  private static String above(Path dir) {
    String why = TrustedFiles.distrust(dir);
    return why == null ? null : "lies where other users could swap it: " + why;
  }

  /** Writes a file readable by its owner only, in full or not at all. */
  static void write(Path file, Writer content) throws IOException {
    Path dir = file.getParent();
    if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
      Files.createDirectories(dir.getParent());
      try {
        Files.createDirectory(
            dir,
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
      } catch (FileAlreadyExistsException e) {
        // made by a run in parallel: checked below like any other
      }
    }
    if (distrust(dir) != null) {
      return;
    }
    Path tmp = dir.resolve(file.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
    try {
      try (OutputStream out =
          Channels.newOutputStream(
              Files.newByteChannel(
                  tmp,
                  Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
                  PosixFilePermissions.asFileAttribute(
                      PosixFilePermissions.fromString("rw-------"))))) {
        content.write(out);
      }
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /** Writes the content of a cache file. */
  @FunctionalInterface
  interface Writer {
    void write(OutputStream out) throws IOException;
  }

  /**
   * Removes what no run will use again: temporary files of killed runs, the caches of library
   * folders that no longer exist, and the caches of the bundled briefings of jars that no longer
   * exist (each cache names its folder or jar in its header).
   */
  static void sweep(Path dir) {
    long now = System.currentTimeMillis();
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
      for (Path f : files) {
        String name = f.getFileName().toString();
        if (name.endsWith(".tmp")
                && Files.getLastModifiedTime(f, LinkOption.NOFOLLOW_LINKS).toMillis()
                    < now - STALE_TEMPORARY_MS
            || name.startsWith("library-")
                && name.endsWith(".bin")
                && LibraryCache.orphaned(f, true)
            || name.startsWith("bundled-")
                && name.endsWith(".bin")
                && LibraryCache.orphaned(f, false)) {
          Files.deleteIfExists(f);
        }
      }
    } catch (IOException | RuntimeException e) {
      // nothing lost: the next save sweeps again
    }
  }
}
