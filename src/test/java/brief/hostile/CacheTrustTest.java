package brief.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import brief.core.Briefing;
import brief.load.BriefingLoader;
import brief.load.ForgedCache;
import brief.load.Library;
import brief.load.LibraryScanner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The library cache on a shared host: another local user ({@link SecondUser}) who owns a folder
 * above the cache and swaps folders there, or plants a file at a cache's name; a FIFO at that name;
 * and edits of the same size within one second on a file system that keeps times to the second (a
 * loop-mounted ext4 with 128-byte inodes; root only).
 */
class CacheTrustTest {
  static final String HOSTILE = SecondUser.NAME;
  static final String TITLE = "title: Arctic Council resumes project work";

  @TempDir Path dir;

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
    assumeTrue(SecondUser.available(), "needs root (to make a second user with useradd)");
    Path lib = library(dir);
    Path theirs = Files.createDirectories(dir.resolve("shared"));
    assertEquals(0, SecondUser.run("chown", HOSTILE, theirs.toString()));
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
  void aNeighbourSwappingFoldersUnderTheCacheNeverGetsTheirTextShown() throws Exception {
    assumeTrue(SecondUser.available(), "needs root (to make a second user with useradd)");
    assumeTrue(Files.isExecutable(Path.of("/usr/bin/python3")), "needs python3 (for renameat2)");
    Path lib = library(dir);
    Path file = lib.resolve("arctic-council-2024.yaml");
    // A forged cache entry for this very file, stamped as the file is: the kind of folder a
    // neighbour can keep ready and swap in between a check of the path and the open.
    Path forgery = Files.createDirectories(dir.resolve("forgery"));
    Files.writeString(
        forgery.resolve("forged.yaml"),
        Files.readString(file).replace(TITLE, "title: FORGED by the neighbour"),
        StandardCharsets.UTF_8);
    Briefing forged = new BriefingLoader().load(forgery.resolve("forged.yaml"), "forged.yaml");
    Path made =
        Files.createDirectory(
            dir.resolve("made"),
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
    ForgedCache.write(made, lib, file, forged);
    assertTrue(
        scan(lib, made).byId("arctic-council-2024").orElseThrow().title().startsWith("FORGED"),
        "the forged cache, used where it is trusted, would be shown");
    // The neighbour owns a folder above the cache: there they keep the forgery in a folder of
    // their own and swap the cache folder with a link to it, atomically and without end, so that
    // a check of the path and the open that follows may see different folders.
    Path theirs = Files.createDirectories(dir.resolve("shared"));
    Files.createDirectory(
        theirs.resolve("cache"),
        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
    Path evil = Files.createDirectory(theirs.resolve("evil"));
    String name;
    try (Stream<Path> files = Files.list(made)) {
      name = files.findFirst().orElseThrow().getFileName().toString();
    }
    Files.copy(made.resolve(name), theirs.resolve("pristine"));
    Files.move(made.resolve(name), evil.resolve(name));
    Files.createSymbolicLink(theirs.resolve("link"), Path.of("evil"));
    for (Path p : List.of(theirs, evil, evil.resolve(name), theirs.resolve("pristine"))) {
      assertEquals(0, SecondUser.run("chown", "-h", HOSTILE, p.toString()));
    }
    assertEquals(0, SecondUser.run("chown", "-h", HOSTILE, theirs.resolve("link").toString()));
    // They reach their folder through the test's own (private) temporary folder.
    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
    String swap =
        String.join(
            "\n",
            "import ctypes, os, shutil",
            "libc = ctypes.CDLL(None, use_errno=True)",
            "os.chdir('" + theirs + "')",
            "while True:",
            "    libc.renameat2(-100, b'cache', -100, b'link', 2)",
            "    shutil.copyfile('pristine', 'evil/" + name + "')");
    Process swapper =
        new ProcessBuilder(
                "setpriv",
                "--reuid=" + HOSTILE,
                "--regid=" + HOSTILE,
                "--clear-groups",
                "/usr/bin/python3",
                "-c",
                swap)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    try {
      int shown = 0;
      for (int run = 0; run < 65; run++) {
        Library l = scan(lib, theirs.resolve("cache"));
        String title = l.byId("arctic-council-2024").orElseThrow().title();
        if (title.startsWith("FORGED")) {
          shown++;
        }
        assertTrue(
            problems(l).stream()
                .anyMatch(
                    p ->
                        p.contains("lies where other users could swap it")
                            || p.contains("the cache folder is not a folder")),
            problems(l).toString());
      }
      assertEquals(0, shown, "runs of 65 that showed the neighbour's text");
      assertTrue(swapper.isAlive(), "the neighbour swapped folders all along");
    } finally {
      swapper.destroyForcibly().waitFor();
    }
  }

  @Test
  void aCacheFilePlantedByAnotherUserIsSkippedWithOneLineAndReplaced() throws Exception {
    assumeTrue(SecondUser.available(), "needs root (to make a second user with useradd)");
    Path lib = library(dir);
    Path cache = dir.resolve("cache");
    scan(lib, cache);
    Path file;
    try (Stream<Path> files = Files.list(cache)) {
      file = files.filter(f -> f.toString().endsWith(".bin")).findFirst().orElseThrow();
    }
    assertEquals(0, SecondUser.run("chown", HOSTILE, file.toString()));
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
    assertEquals(0, SecondUser.run("mkfifo", file.toString()));
    Library l = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> scan(lib, cache));
    assertEquals(3, l.briefings().size());
    assertEquals(1, problems(l).size(), problems(l).toString());
    assertTrue(problems(l).get(0).contains("is not a regular file (a FIFO)"), problems(l).get(0));
    assertTrue(Files.isRegularFile(file), "the next save put a cache in its place");
  }

  @Test
  void sameSizeEditsWithinASecondAreSeenOnAFileSystemWithSecondTimes() throws Exception {
    assumeTrue(SecondUser.root(), "needs root (to mount a loop device)");
    Path image = dir.resolve("ext4.img");
    Path mount = Files.createDirectories(dir.resolve("mnt"));
    try (var raf = new java.io.RandomAccessFile(image.toFile(), "rw")) {
      raf.setLength(16 << 20);
    }
    assumeTrue(
        SecondUser.run("mkfs.ext4", "-q", "-F", "-I", "128", image.toString()) == 0,
        "mkfs.ext4 is not installed (e2fsprogs)");
    assumeTrue(
        SecondUser.run("mount", "-o", "loop", image.toString(), mount.toString()) == 0,
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
      SecondUser.run("umount", mount.toString());
    }
  }
}
