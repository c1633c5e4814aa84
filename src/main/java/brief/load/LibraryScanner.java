package brief.load;

import brief.core.Briefing;
import brief.core.Parallel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileVisitResult;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Builds a {@link Library} from a folder (searched recursively for {@code *.yaml} and
 * {@code *.yml}) or from the briefings bundled inside the application. Links to folders are
 * not followed (no loops), and a linked file that leaves the library folder is refused.
 */
public final class LibraryScanner {
  static final String BUNDLED = "briefings/";

  private final BriefingLoader loader;
  private final Path cacheDir;

  public LibraryScanner(BriefingLoader loader) {
    this(loader, null);
  }

  /** With {@code cacheDir}, parsed briefings are kept there between runs (see {@link LibraryCache}). */
  public LibraryScanner(BriefingLoader loader, Path cacheDir) {
    this.loader = loader;
    this.cacheDir = cacheDir;
  }

  public static boolean isBriefingFile(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.endsWith(".yaml") || lower.endsWith(".yml");
  }

  /** Scans a folder; throws when the folder itself is missing or unreadable. */
  public Library scan(Path dir) throws BriefingException {
    String shown = dir.toString();
    if (!Files.isDirectory(dir)) {
      throw BriefingException.unreadable(shown, Files.exists(dir) ? "is not a folder" : "no such folder");
    }
    Map<Path, BasicFileAttributes> found = new java.util.TreeMap<>();
    List<BriefingException> problems = new ArrayList<>();
    Path root;
    try {
      root = dir.toRealPath();
      // One visit per entry, with its attributes (links not followed), reused below.
      Files.walkFileTree(dir, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult visitFile(Path p, BasicFileAttributes attributes) {
          if (!attributes.isDirectory() && isBriefingFile(p.getFileName().toString())) {
            found.put(p, attributes);
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path p, IOException e) {
          if (!p.equals(dir)) {
            problems.add(BriefingException.unreadable(p.toString(), "cannot read: " + BriefingLoader.reason(e)));
          }
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException | UncheckedIOException e) {
      IOException io = e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
      throw BriefingException.unreadable(shown, "cannot read the folder: " + BriefingLoader.reason(io));
    }
    LibraryCache cache = cacheDir == null ? null : LibraryCache.open(cacheDir.resolve(cacheName("library", root)));
    // Files load on every core; the results keep the files' (sorted) order.
    List<Path> files = new ArrayList<>(found.keySet());
    List<Object> results = Parallel.map(files, file -> loadOne(file, found.get(file), root, cache));
    if (cache != null) {
      cache.retain(files.stream().map(Path::toString).collect(java.util.stream.Collectors.toSet()));
      cache.save();
    }
    List<Briefing> briefings = new ArrayList<>();
    for (Object r : results) {
      if (r instanceof Briefing b) {
        briefings.add(b);
      } else {
        problems.add((BriefingException) r);
      }
    }
    return deduplicate(shown, briefings, problems);
  }

  /** A briefing, or the BriefingException that says why the file is not one. */
  private Object loadOne(Path file, BasicFileAttributes attributes, Path root, LibraryCache cache) {
    try {
      if (attributes.isSymbolicLink()) {
        if (!file.toRealPath().startsWith(root)) {
          return BriefingException.unreadable(file.toString(), "is a link that leaves the library folder: skipped");
        }
        attributes = Files.readAttributes(file, BasicFileAttributes.class);
      }
      Briefing cached = cache == null ? null : cache.get(file, attributes);
      if (cached != null) {
        return cached;
      }
      Briefing b = loader.load(file, file.toString());
      if (cache != null) {
        cache.put(file, attributes, b);
      }
      return b;
    } catch (BriefingException e) {
      return e;
    } catch (IOException e) {
      return BriefingException.unreadable(file.toString(), "cannot read: " + BriefingLoader.reason(e));
    }
  }

  /** One cache file per library folder (or jar), named after its path. */
  private static String cacheName(String kind, Path path) {
    String name = path.toString();
    return kind + "-" + Integer.toHexString(name.hashCode()) + "-" + Integer.toHexString(name.length()) + ".bin";
  }

  /**
   * The briefings bundled in the application (the repository's {@code briefings/} folder).
   * Run from a jar with a cache folder, they are parsed once per jar: later runs read them
   * from the cache while the jar keeps its size and modification time.
   */
  public Library bundled() {
    Path jar = applicationJar();
    if (cacheDir == null || jar == null) {
      return loadBundled(new LinkedHashMap<>());
    }
    LibraryCache.Stamp stamp;
    try {
      BasicFileAttributes a = Files.readAttributes(jar, BasicFileAttributes.class);
      stamp = new LibraryCache.Stamp(a.size(), a.lastModifiedTime().toMillis(), -1, -1);
    } catch (IOException e) {
      return loadBundled(new LinkedHashMap<>());
    }
    LibraryCache cache = LibraryCache.open(cacheDir.resolve(cacheName("bundled", jar.toAbsolutePath())));
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
      return path != null && Files.isRegularFile(path) && isJar(path) ? path : null;
    } catch (URISyntaxException | RuntimeException e) {
      return null;
    }
  }

  private static boolean isJar(Path path) {
    return path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".jar");
  }

  private Library loadBundled(Map<String, Briefing> byName) {
    List<String> names = bundledNames();
    List<Briefing> briefings = new ArrayList<>();
    List<BriefingException> problems = new ArrayList<>();
    ClassLoader classes = LibraryScanner.class.getClassLoader();
    for (String name : names) {
      String dir = name.substring(0, name.lastIndexOf('/') + 1);
      SourceReader sources = relative -> {
        try (InputStream in = classes.getResourceAsStream(dir + relative)) {
          if (in == null) {
            throw new java.nio.file.NoSuchFileException(relative);
          }
          return in.readAllBytes();
        }
      };
      try (InputStream in = classes.getResourceAsStream(name)) {
        Briefing b = loader.load(in, name, sources);
        briefings.add(b);
        byName.put(name, b);
      } catch (BriefingException e) {
        problems.add(e);
      } catch (IOException e) {
        problems.add(BriefingException.unreadable(name, "cannot read: " + BriefingLoader.reason(e)));
      }
    }
    return deduplicate("(bundled)", briefings, problems);
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
          jar.stream().map(JarEntry::getName)
              .filter(n -> n.startsWith(BUNDLED) && isBriefingFile(n))
              .forEach(names::add);
        }
      } else if (url.getProtocol().equals("file")) {
        Path base = Paths.get(url.toURI());
        try (Stream<Path> walk = Files.walk(base)) {
          walk.filter(p -> isBriefingFile(p.getFileName().toString()) && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
              .forEach(p -> names.add(BUNDLED + base.relativize(p).toString().replace('\\', '/')));
        }
      }
    } catch (IOException | URISyntaxException e) {
      return names;
    }
    names.sort(null);
    return names;
  }

  /** A second file with an id already seen is reported, not silently shadowed. */
  private static Library deduplicate(String origin, List<Briefing> briefings, List<BriefingException> problems) {
    Map<String, Briefing> byId = new HashMap<>();
    List<Briefing> unique = new ArrayList<>();
    for (Briefing b : briefings) {
      if (byId.putIfAbsent(b.id(), b) == null) {
        unique.add(b);
      } else {
        problems.add(new BriefingException(List.of(Diagnostic.of(origin,
            "two briefings have the id '" + b.id() + "': only the first is used")), false));
      }
    }
    return new Library(origin, unique, problems);
  }
}
