package brief.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import brief.load.BriefingLoader;
import brief.load.Library;
import brief.load.LibraryScanner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The library cache on a shared host: another local user (made with useradd when the tests run as
 * root, as here and in CI; skipped otherwise) who owns a folder above the cache, or plants a file
 * at a cache's name; a FIFO at that name; and edits of the same size within one second on a file
 * system that keeps times to the second (a loop-mounted ext4 with 128-byte inodes; root only).
 */
class CacheTrustTest {
  static final String HOSTILE = "brief-hostile";
  static final String TITLE = "title: Arctic Council resumes project work";

  @TempDir Path dir;

  private static boolean root() {
    return "root".equals(System.getProperty("user.name"));
  }

  private static int sh(String... command) throws Exception {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    p.getInputStream().readAllBytes();
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), String.join(" ", command));
    return p.exitValue();
  }

  /** The second local user, made once; false when it cannot be. */
  private static boolean hostileUser() throws Exception {
    if (!root()) {
      return false;
    }
    if (sh("id", HOSTILE) == 0) {
      return true;
    }
    return sh("useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", HOSTILE)
            == 0
        || sh("id", HOSTILE) == 0;
  }

  private Path library(Path in) throws IOException {
    Path lib = Files.createDirectories(in.resolve("library"));
    Path from = Path.of("src/test/resources/library");
    try (Stream<Path> files = Files.walk(from)) {
      for (Path p : files.toList()) {
        Path to = lib.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(to);
        } else {
          Files.copy(p, to);
        }
      }
    }
    return lib;
  }

  private static Library scan(Path lib, Path cache) throws Exception {
    return new LibraryScanner(new BriefingLoader(), cache).scan(lib);
  }

  private static List<String> problems(Library l) {
    return l.problems().stream().map(p -> p.diagnostics().get(0).toString()).toList();
  }

  @Test
  void aCacheUnderAFolderAnotherUserOwnsIsNeverUsed() throws Exception {
    assumeTrue(hostileUser(), "needs root (to make a second user with useradd)");
    Path lib = library(dir);
    Path theirs = Files.createDirectories(dir.resolve("shared"));
    assertEquals(0, sh("chown", HOSTILE, theirs.toString()));
    Path cache = theirs.resolve("cache");
    Files.createDirectory(
        cache, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
    // The other user could rename the cache folder away and put one of theirs in its place at
    // any moment: nothing in it is used, and the user is told why.
    Library l = scan(lib, cache);
    assertEquals(3, l.briefings().size());
    assertTrue(
        problems(l).stream()
            .anyMatch(
                p ->
                    p.contains("the cache folder lies where other users could swap it: " + theirs)
                        && p.contains("belongs to another user")),
        problems(l).toString());
    try (Stream<Path> files = Files.list(cache)) {
      assertEquals(List.of(), files.toList(), "nothing written there either");
    }
  }

  @Test
  void aCacheFilePlantedByAnotherUserIsSkippedWithOneLineAndReplaced() throws Exception {
    assumeTrue(hostileUser(), "needs root (to make a second user with useradd)");
    Path lib = library(dir);
    Path cache = dir.resolve("cache");
    scan(lib, cache);
    Path file;
    try (Stream<Path> files = Files.list(cache)) {
      file = files.filter(f -> f.toString().endsWith(".bin")).findFirst().orElseThrow();
    }
    assertEquals(0, sh("chown", HOSTILE, file.toString()));
    Library l = scan(lib, cache);
    assertEquals(3, l.briefings().size());
    assertEquals(1, problems(l).size(), problems(l).toString());
    assertTrue(problems(l).get(0).contains("belongs to another user"), problems(l).toString());
    assertEquals("root", Files.getOwner(file).getName(), "replaced by the user's own");
  }

  @Test
  void aFifoAtACacheFilesNameIsSkippedNeverOpened() throws Exception {
    Path lib = library(dir);
    Path cache = dir.resolve("cache");
    scan(lib, cache);
    Path file;
    try (Stream<Path> files = Files.list(cache)) {
      file = files.filter(f -> f.toString().endsWith(".bin")).findFirst().orElseThrow();
    }
    Files.delete(file);
    assertEquals(0, sh("mkfifo", file.toString()));
    Library l = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> scan(lib, cache));
    assertEquals(3, l.briefings().size());
    assertEquals(1, problems(l).size(), problems(l).toString());
    assertTrue(problems(l).get(0).contains("is not a regular file (a FIFO)"), problems(l).get(0));
    assertTrue(Files.isRegularFile(file), "the next save put a cache in its place");
  }

  @Test
  void sameSizeEditsWithinASecondAreSeenOnAFileSystemWithSecondTimes() throws Exception {
    assumeTrue(root(), "needs root (to mount a loop device)");
    Path image = dir.resolve("ext4.img");
    Path mount = Files.createDirectories(dir.resolve("mnt"));
    try (var raf = new java.io.RandomAccessFile(image.toFile(), "rw")) {
      raf.setLength(16 << 20);
    }
    assumeTrue(
        sh("mkfs.ext4", "-q", "-F", "-I", "128", image.toString()) == 0,
        "mkfs.ext4 is not installed (e2fsprogs)");
    assumeTrue(
        sh("mount", "-o", "loop", image.toString(), mount.toString()) == 0,
        "loop devices cannot be mounted here");
    try {
      Path lib = library(mount);
      Path cache = mount.resolve("cache");
      Path file = lib.resolve("arctic-council-2024.yaml");
      String original = Files.readString(file);
      int seen = 0;
      for (int edit = 0; edit < 10; edit++) {
        scan(lib, cache);
        // Same size, same second (the times keep whole seconds here): only the content differs.
        String word = String.format("%04d", edit);
        Files.writeString(
            file,
            original.replace(TITLE, TITLE.substring(0, TITLE.length() - 4) + word),
            StandardCharsets.UTF_8);
        String title = scan(lib, cache).byId("arctic-council-2024").orElseThrow().title();
        if (title.endsWith(word)) {
          seen++;
        }
      }
      assertEquals(10, seen, "edits seen of 10");
      // Once its times are safely old, an entry needs no hash, and is used as it is.
      Thread.sleep(2100);
      scan(lib, cache);
      assertTrue(
          scan(lib, cache).byId("arctic-council-2024").orElseThrow().title().endsWith("0009"));
    } finally {
      sh("umount", mount.toString());
    }
  }
}
