package brief.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brief.core.Briefing;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
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
    Files.writeString(file, Files.readString(file).replace("title: Arctic Council resumes project work",
        "title: Arctic Council resumes its work"), StandardCharsets.UTF_8);
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
    assertTrue(b.source().paragraphs().get(b.source().paragraphs().size() - 1).contains("closing paragraph"));
  }

  @Test
  void aCorruptCacheIsIgnoredAndRewritten() throws Exception {
    Path lib = library();
    scan(lib);
    Path cache;
    try (Stream<Path> files = Files.list(dir.resolve("cache"))) {
      cache = files.filter(p -> p.getFileName().toString().startsWith("library-")).findFirst().orElseThrow();
    }
    byte[] bytes = Files.readAllBytes(cache);
    for (int i = 20; i < bytes.length; i += 97) {
      bytes[i] ^= 0x5a;
    }
    Files.write(cache, bytes);
    assertEquals(new LibraryScanner(new BriefingLoader()).scan(lib).briefings(), scan(lib).briefings());
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
    Path file = dir.resolve("cache/bundled.bin");
    LibraryCache.Stamp jar = new LibraryCache.Stamp(1234, 5678, -1, -1);
    LibraryCache cache = LibraryCache.open(file);
    java.util.Map<String, Briefing> byName = new java.util.LinkedHashMap<>();
    parsed.briefings().forEach(b -> byName.put(b.id() + ".yaml", b));
    cache.replace(byName, jar);
    cache.save();
    LibraryCache reopened = LibraryCache.open(file);
    assertEquals(parsed.briefings(), new Library("x", reopened.all(jar), List.of()).briefings());
    assertEquals(List.of(), reopened.all(new LibraryCache.Stamp(1234, 9999, -1, -1)));
  }
}
