package brief.load;

import brief.core.Briefing;
import brief.core.Diagnostic;
import brief.core.Parallel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

// Over 300 lines: walking a folder or the bundled resources, with every fault a walk must survive.
/**
 * Builds a {@link Library} from a folder (searched recursively for {@code *.yaml} and {@code
 * *.yml}) or from the briefings bundled inside the application. Links to folders are not followed
 * (no loops), and a linked file that leaves the library folder is refused.
 */
public final class LibraryScanner {
  static final String BUNDLED = "briefings/";

  private final BriefingLoader loader;
  private final Path cacheDir;

  public LibraryScanner(BriefingLoader loader) {
    this(loader, null);
  }

  /**
   * With {@code cacheDir}, parsed briefings are kept there between runs (see {@link LibraryCache}).
   */
  public LibraryScanner(BriefingLoader loader, Path cacheDir) {
    this.loader = loader;
    this.cacheDir = cacheDir;
  }

  public static boolean isBriefingFile(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.endsWith(".yaml") || lower.endsWith(".yml");
  }

  /**
   * Scans a folder; throws when the folder itself is missing or unreadable. A folder given as a
   * link ({@code ~/briefings} to a shared folder) is followed; links inside it are not.
   */
  public Library scan(Path dir) throws BriefingException {
    String shown = dir.toString();
    if (!Files.isDirectory(dir)) {
      throw BriefingException.unreadable(
          shown, Files.exists(dir) ? "is not a folder" : "no such folder");
    }
    Map<Path, BasicFileAttributes> found = new java.util.TreeMap<>();
    List<BriefingException> problems = new ArrayList<>();
    Path root;
    try {
      root = dir.toRealPath();
      // One visit per entry, with its attributes (links not followed), reused below.
      Files.walkFileTree(
          root,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path p, BasicFileAttributes attributes) {
              return p.equals(root) || !hidden(p)
                  ? FileVisitResult.CONTINUE
                  : FileVisitResult.SKIP_SUBTREE;
            }

            @Override
            public FileVisitResult visitFile(Path p, BasicFileAttributes attributes) {
              if (!attributes.isDirectory()
                  && isBriefingFile(p.getFileName().toString())
                  && !hidden(p)) {
                found.put(p, attributes);
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path p, IOException e) {
              if (!p.equals(root)) {
                problems.add(
                    BriefingException.unreadable(
                        shownPath(dir, root, p),
                        "cannot read: " + BriefingLoader.reason(e) + ": skipped"));
              }
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException | UncheckedIOException e) {
      IOException io = e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
      throw BriefingException.unreadable(
          shown, "cannot read the folder: " + BriefingLoader.reason(io));
    }
    LibraryCache cache = openCache("library", root, problems);
    // Files load on every core; the results keep the files' (sorted) order.
    List<Path> files = new ArrayList<>(found.keySet());
    List<Scanned> results =
        Parallel.map(files, file -> loadOne(file, shownPath(dir, root, file), found, root, cache));
    if (cache != null) {
      cache.retain(files.stream().map(Path::toString).collect(java.util.stream.Collectors.toSet()));
      cache.save();
    }
    Map<String, Briefing> byName = new LinkedHashMap<>();
    for (int i = 0; i < files.size(); i++) {
      Scanned r = results.get(i);
      if (r instanceof Loaded loaded) {
        byName.put(shownPath(dir, root, files.get(i)), loaded.briefing());
      } else if (r instanceof Refused refused) {
        problems.add(refused.why());
      }
    }
    return withDuplicates(shown, byName, problems);
  }

  /** Hidden files and editor leftovers ({@code .#x.yaml}, {@code ._x.yaml}) are not briefings. */
  private static boolean hidden(Path p) {
    return p.getFileName().toString().startsWith(".");
  }

  /** A file of the library as the user named the library (not through the resolved link). */
  private static String shownPath(Path dir, Path root, Path file) {
    return dir.resolve(root.relativize(file)).toString();
  }

  /**
   * The cache of a library (or jar), or null when there is none or its folder is not to be trusted.
   */
  private LibraryCache openCache(String kind, Path root, List<BriefingException> problems) {
    if (cacheDir == null) {
      return null;
    }
    String why = CacheFolder.distrust(cacheDir);
    if (why != null) {
      problems.add(
          new BriefingException(
              List.of(
                  Diagnostic.of(
                      cacheDir.toString(),
                      "the cache folder "
                          + why
                          + ": not used (brief works without it, only slower)")),
              false));
      return null;
    }
    LibraryCache cache = LibraryCache.open(LibraryCache.fileFor(cacheDir, kind, root), root);
    if (cache.refusal() != null) {
      problems.add(
          new BriefingException(
              List.of(Diagnostic.of(cacheDir.toString(), cache.refusal())), false));
    }
    return cache;
  }

  /** What a file of the library turned out to be. */
  private sealed interface Scanned {}

  private record Loaded(Briefing briefing) implements Scanned {}

  /** Not a briefing, and why. */
  private record Refused(BriefingException why) implements Scanned {}

  /** The same file under another name: not a second briefing. */
  private record Skipped() implements Scanned {}

  private Scanned loadOne(
      Path file,
      String shown,
      Map<Path, BasicFileAttributes> found,
      Path root,
      LibraryCache cache) {
    try {
      if (found.get(file).isSymbolicLink()) {
        Path target = file.toRealPath();
        if (!target.startsWith(root)) {
          return new Refused(
              BriefingException.unreadable(
                  shown, "is a link that leaves the library folder: skipped"));
        }
        if (found.containsKey(target)) {
          return new Skipped();
        }
      }
      Briefing cached = cache == null ? null : cache.get(file);
      if (cached != null) {
        return new Loaded(cached);
      }
      long madeAt = TrustedFiles.nowNanos();
      LibraryCache.Stamp before = cache == null ? null : LibraryCache.Stamp.of(file, "");
      String fileHash = before != null && before.racy(madeAt) ? LibraryCache.hash(file, "") : null;
      Briefing b = loader.load(file, shown);
      if (cache != null) {
        cache.put(file, before, madeAt, fileHash, b);
      }
      return new Loaded(b);
    } catch (BriefingException e) {
      return new Refused(e);
    } catch (IOException e) {
      return new Refused(
          BriefingException.unreadable(shown, "cannot read: " + BriefingLoader.reason(e)));
    }
  }

  /**
   * The briefings bundled in the application (the repository's {@code briefings/} folder). Run from
   * a jar with a cache folder, they are parsed once per jar: later runs read them from the cache
   * while the jar keeps its size and modification time.
   */
  public Library bundled() {
    Path jar = applicationJar();
    if (cacheDir == null || jar == null) {
      return loadBundled(new LinkedHashMap<>());
    }
    LibraryCache.Stamp stamp = LibraryCache.Stamp.of(jar);
    List<BriefingException> warnings = new ArrayList<>();
    LibraryCache cache = stamp == null ? null : openCache("bundled", jar, warnings);
    if (cache == null) {
      Library fresh = loadBundled(new LinkedHashMap<>());
      warnings.addAll(fresh.problems());
      return new Library(fresh.origin(), fresh.briefings(), warnings);
    }
    List<Briefing> cached = cache.all(stamp);
    if (!cached.isEmpty()) {
      return new Library("(bundled)", cached, List.of());
    }
    Map<String, Briefing> byName = new LinkedHashMap<>();
    Library fresh = loadBundled(byName);
    if (fresh.problems().isEmpty() && !byName.isEmpty()) {
      cache.replace(byName, stamp);
      cache.save();
    }
    return fresh;
  }

  /** The jar this class was loaded from, or null (classes in a folder, as in tests). */
  private static Path applicationJar() {
    try {
      var source = LibraryScanner.class.getProtectionDomain().getCodeSource();
      Path path = source == null ? null : Paths.get(source.getLocation().toURI());
      return path != null && Files.isRegularFile(path) && isJar(path) ? path.toRealPath() : null;
    } catch (IOException | URISyntaxException | RuntimeException e) {
      return null;
    }
  }

  private static boolean isJar(Path path) {
    return path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".jar");
  }

  private Library loadBundled(Map<String, Briefing> byName) {
    List<String> names = bundledNames();
    List<BriefingException> problems = new ArrayList<>();
    ClassLoader classes = LibraryScanner.class.getClassLoader();
    for (String name : names) {
      String dir = name.substring(0, name.lastIndexOf('/') + 1);
      SourceReader sources =
          relative -> {
            try (InputStream in =
                classes.getResourceAsStream(dir + SourcePath.relative(relative))) {
              if (in == null) {
                throw new java.nio.file.NoSuchFileException(relative);
              }
              return in.readAllBytes();
            }
          };
      try (InputStream in = classes.getResourceAsStream(name)) {
        byName.put(name, loader.load(in, name, sources));
      } catch (BriefingException e) {
        problems.add(e);
      } catch (IOException e) {
        problems.add(
            BriefingException.unreadable(name, "cannot read: " + BriefingLoader.reason(e)));
      }
    }
    return withDuplicates("(bundled)", byName, problems);
  }

  private static List<String> bundledNames() {
    URL url = LibraryScanner.class.getClassLoader().getResource(BUNDLED);
    List<String> names = new ArrayList<>();
    if (url == null) {
      return names;
    }
    try {
      if (url.getProtocol().equals("jar")) {
        JarURLConnection connection = (JarURLConnection) url.openConnection();
        connection.setUseCaches(false);
        try (JarFile jar = connection.getJarFile()) {
          jar.stream()
              .map(JarEntry::getName)
              .filter(n -> n.startsWith(BUNDLED) && isBriefingFile(n))
              .forEach(names::add);
        }
      } else if (url.getProtocol().equals("file")) {
        Path base = Paths.get(url.toURI());
        try (Stream<Path> walk = Files.walk(base)) {
          walk.filter(
                  p ->
                      isBriefingFile(p.getFileName().toString())
                          && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
              .forEach(p -> names.add(BUNDLED + base.relativize(p).toString().replace('\\', '/')));
        }
      }
    } catch (IOException | URISyntaxException e) {
      return names;
    }
    names.sort(null);
    return names;
  }

  /**
   * The library of these briefings (by file name). Two files with one id are both kept and each
   * reported naming the other: neither silently hides the other, and a lookup by that id fails
   * naming both until one is changed.
   */
  private static Library withDuplicates(
      String origin, Map<String, Briefing> byName, List<BriefingException> problems) {
    Map<String, List<String>> files = new LinkedHashMap<>();
    byName.forEach((name, b) -> files.computeIfAbsent(b.id(), id -> new ArrayList<>()).add(name));
    Map<String, List<String>> duplicates = new LinkedHashMap<>();
    files.forEach(
        (id, names) -> {
          if (names.size() > 1) {
            duplicates.put(id, names);
            for (String name : names) {
              List<String> others = new ArrayList<>(names);
              others.remove(name);
              problems.add(
                  new BriefingException(
                      List.of(
                          Diagnostic.of(
                              name,
                              "the id '"
                                  + id
                                  + "' is also the id of "
                                  + String.join(", ", others)
                                  + ": both are listed, and a lookup by this id fails until one is changed")),
                      false));
            }
          }
        });
    return new Library(origin, List.copyOf(byName.values()), problems, duplicates);
  }
}
