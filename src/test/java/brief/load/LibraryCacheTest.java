package brief.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brief.core.Briefing;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LibraryCacheTest {
  @TempDir Path dir;

  private Path library() throws Exception {
    Path lib = Files.createDirectories(dir.resolve("library"));
    try (Stream<Path> files = Files.walk(Path.of("src/test/resources/library"))) {
      for (Path p : files.toList()) {
        Path to = lib.resolve(Path.of("src/test/resources/library").relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(to);
        } else {
          Files.copy(p, to);
        }
      }
    }
    return lib;
  }

  private Library scan(Path lib) throws BriefingException {
    return new LibraryScanner(new BriefingLoader(), dir.resolve("cache")).scan(lib);
  }

  @Test
  void aCachedLibraryIsTheSameAsAParsedOne() throws Exception {
    Path lib = library();
    Library parsed = new LibraryScanner(new BriefingLoader()).scan(lib);
    Library first = scan(lib);
    Library cached = scan(lib);
    assertEquals(parsed.briefings(), first.briefings());
    assertEquals(parsed.briefings(), cached.briefings());
    assertEquals(3, cached.briefings().size());
    try (Stream<Path> files = Files.list(dir.resolve("cache"))) {
      assertEquals(1, files.filter(p -> p.getFileName().toString().startsWith("library-")).count());
    }
  }

  @Test
  void anEditedFileIsReadAgain() throws Exception {
    Path lib = library();
    scan(lib);
    Path file = lib.resolve("arctic-council-2024.yaml");
    Files.writeString(
        file,
        Files.readString(file)
            .replace(
                "title: Arctic Council resumes project work",
                "title: Arctic Council resumes its work"),
        StandardCharsets.UTF_8);
    Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis() + 5000));
    Briefing b = scan(lib).byId("arctic-council-2024").orElseThrow();
    assertEquals("Arctic Council resumes its work", b.title());
  }

  @Test
  void anEditedSourceTextIsReadAgain() throws Exception {
    Path lib = library();
    scan(lib);
    Path source = lib.resolve("sources/arctic-council.txt");
    Files.writeString(source, Files.readString(source) + "\nA new closing paragraph.\n");
    Files.setLastModifiedTime(source, FileTime.fromMillis(System.currentTimeMillis() + 5000));
    Briefing b = scan(lib).byId("arctic-council-2024").orElseThrow();
    assertTrue(
        b.source()
            .paragraphs()
            .get(b.source().paragraphs().size() - 1)
            .contains("closing paragraph"));
  }

  @Test
  void aCorruptCacheIsIgnoredAndRewritten() throws Exception {
    Path lib = library();
    scan(lib);
    Path cache;
    try (Stream<Path> files = Files.list(dir.resolve("cache"))) {
      cache =
          files
              .filter(p -> p.getFileName().toString().startsWith("library-"))
              .findFirst()
              .orElseThrow();
    }
    byte[] bytes = Files.readAllBytes(cache);
    for (int i = 20; i < bytes.length; i += 97) {
      bytes[i] ^= 0x5a;
    }
    Files.write(cache, bytes);
    assertEquals(
        new LibraryScanner(new BriefingLoader()).scan(lib).briefings(), scan(lib).briefings());
    Files.write(cache, new byte[] {1, 2, 3});
    assertEquals(3, scan(lib).briefings().size());
  }

  @Test
  void brokenFilesAreReportedEveryTimeNotCached() throws Exception {
    Path lib = library();
    Files.writeString(lib.resolve("broken.yaml"), "format: [\n");
    assertEquals(1, scan(lib).problems().size());
    assertEquals(1, scan(lib).problems().size());
  }

  @Test
  void aFileRemovedFromTheLibraryIsGone() throws Exception {
    Path lib = library();
    scan(lib);
    Files.delete(lib.resolve("mekong-data-2023.yaml"));
    List<String> ids = scan(lib).briefings().stream().map(Briefing::id).toList();
    assertEquals(List.of("arctic-council-2024", "caspian-ferry-2024"), ids);
  }

  @Test
  void aWholeLibraryCachedFromOneSourceIsUsedOnlyWhileThatSourceIsUnchanged() throws Exception {
    Library parsed = new LibraryScanner(new BriefingLoader()).scan(library());
    Path jarFile = Files.writeString(dir.resolve("app.jar"), "jar");
    Path file = dir.resolve("cache/bundled.bin");
    LibraryCache.Stamp jar = LibraryCache.Stamp.of(jarFile);
    LibraryCache cache = LibraryCache.open(file, jarFile);
    java.util.Map<String, Briefing> byName = new java.util.LinkedHashMap<>();
    parsed.briefings().forEach(b -> byName.put(b.id() + ".yaml", b));
    cache.replace(byName, jar);
    cache.save();
    LibraryCache reopened = LibraryCache.open(file, jarFile);
    assertEquals(parsed.briefings(), new Library("x", reopened.all(jar), List.of()).briefings());
    Files.setLastModifiedTime(jarFile, FileTime.fromMillis(12345));
    assertEquals(List.of(), reopened.all(LibraryCache.Stamp.of(jarFile)));
    assertEquals(
        List.of(), LibraryCache.open(file, dir).all(jar), "a cache of another root is not used");
  }

  private Path cacheFile() throws Exception {
    try (Stream<Path> files = Files.list(dir.resolve("cache"))) {
      return files
          .filter(p -> p.getFileName().toString().startsWith("library-"))
          .findFirst()
          .orElseThrow();
    }
  }

  /** What a library shows: its briefings and its problems, as the user sees them. */
  private static String shown(Library l) {
    return l.briefings()
        + "\n"
        + l.problems().stream().map(p -> p.diagnostics().toString()).toList();
  }

  @Test
  void everyChangedByteOfTheCacheIsDetectedOrChangesNothing() throws Exception {
    Path lib = library();
    String uncached = shown(new LibraryScanner(new BriefingLoader()).scan(lib));
    scan(lib);
    Path cache = cacheFile();
    byte[] good = Files.readAllBytes(cache);
    java.util.Random random = new java.util.Random(11);
    for (int i = 0; i < 250; i++) {
      byte[] bytes = good.clone();
      int at = random.nextInt(bytes.length);
      bytes[at] ^= (byte) (1 + random.nextInt(255));
      Files.write(cache, bytes);
      assertEquals(uncached, shown(scan(lib)), "byte " + at + " changed");
      assertTrue(
          !java.util.Arrays.equals(bytes, Files.readAllBytes(cache)),
          "a damaged cache is rewritten");
    }
  }

  @Test
  void anEditThatKeepsSizeAndModificationTimeIsSeen() throws Exception {
    Path lib = library();
    Path file = lib.resolve("arctic-council-2024.yaml");
    FileTime mtime = Files.getLastModifiedTime(file);
    scan(lib);
    String text = Files.readString(file);
    Files.writeString(
        file,
        text.replace(
            "title: Arctic Council resumes project work",
            "title: Arctic Council resumes project WORK"));
    Files.setLastModifiedTime(file, mtime);
    assertEquals(text.length(), Files.readString(file).length());
    assertEquals(
        "Arctic Council resumes project WORK",
        scan(lib).byId("arctic-council-2024").orElseThrow().title());
  }

  @Test
  void foldersWhoseNamesHaveTheSameJavaHashHaveCachesOfTheirOwn() throws Exception {
    assertEquals("Aa".hashCode(), "BB".hashCode());
    Path aa = Files.move(library(), dir.resolve("Aa"));
    Path bb = Files.createDirectories(dir.resolve("BB"));
    Files.copy(aa.resolve("mekong-data-2023.yaml"), bb.resolve("mekong-data-2023.yaml"));
    assertEquals(3, scan(aa).briefings().size());
    assertEquals(1, scan(bb).briefings().size());
    assertEquals(3, scan(aa).briefings().size());
    assertEquals(1, scan(bb).briefings().size());
  }

  @Test
  void aLibraryGivenAsALinkIsFollowed() throws Exception {
    Path lib = library();
    Path link = Files.createSymbolicLink(dir.resolve("briefings"), lib);
    Library l = scan(link);
    assertEquals(3, l.briefings().size());
    assertEquals(List.of(), l.problems());
    assertEquals(3, scan(link).briefings().size());
  }

  @Test
  void theCacheIsReadableByItsOwnerOnly() throws Exception {
    scan(library());
    assertEquals(
        "rwx------",
        PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("cache"))));
    assertEquals(
        "rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(cacheFile())));
  }

  @Test
  void aCacheFolderThatOthersCanWriteIsNotUsed() throws Exception {
    Path lib = library();
    Files.createDirectories(dir.resolve("cache"));
    Files.setPosixFilePermissions(
        dir.resolve("cache"), PosixFilePermissions.fromString("rwxrwxrwx"));
    Library l = scan(lib);
    assertEquals(3, l.briefings().size());
    assertEquals(
        List.of(
            dir.resolve("cache")
                + ": error: the cache folder can be written by other users (fix: chmod go-w "
                + dir.resolve("cache")
                + "): not used (brief works without it, only slower)"),
        l.problems().stream().map(p -> p.diagnostics().get(0).toString()).toList());
    try (Stream<Path> files = Files.list(dir.resolve("cache"))) {
      assertEquals(0, files.count());
    }
  }

  @Test
  void theCachesOfLibrariesThatAreGoneAndLeftoverTemporaryFilesAreRemoved() throws Exception {
    Path gone = Files.move(library(), dir.resolve("gone"));
    scan(gone);
    Path orphan = cacheFile();
    Path leftover = Files.writeString(dir.resolve("cache/library-x.bin.123.tmp"), "half");
    Files.setLastModifiedTime(
        leftover, FileTime.fromMillis(System.currentTimeMillis() - 3_600_000));
    Path fresh = Files.writeString(dir.resolve("cache/library-y.bin.124.tmp"), "being written");
    Path other = Files.move(gone, dir.resolve("other"));
    scan(other);
    assertTrue(!Files.exists(orphan) && !Files.exists(leftover), "removed");
    assertTrue(Files.exists(fresh), "a run in progress keeps its file");
    assertTrue(Files.exists(cacheFile()));
  }

  @Test
  void hiddenFilesEditorLeftoversAndLinksWithinTheLibraryAreNotBriefingsOfTheirOwn()
      throws Exception {
    Path lib = library();
    Files.copy(lib.resolve("mekong-data-2023.yaml"), lib.resolve(".#mekong-data-2023.yaml"));
    Files.copy(lib.resolve("mekong-data-2023.yaml"), lib.resolve("._mekong-data-2023.yaml"));
    Files.createSymbolicLink(lib.resolve("latest.yaml"), lib.resolve("mekong-data-2023.yaml"));
    Library l = scan(lib);
    assertEquals(3, l.briefings().size());
    assertEquals(List.of(), l.problems());
  }
}
