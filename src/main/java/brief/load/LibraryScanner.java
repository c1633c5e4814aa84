package brief.load;

import brief.core.Briefing;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
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

  public LibraryScanner(BriefingLoader loader) {
    this.loader = loader;
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
    List<Path> files = new ArrayList<>();
    List<BriefingException> problems = new ArrayList<>();
    Path root;
    try {
      root = dir.toRealPath();
      try (Stream<Path> walk = Files.walk(dir)) {
        walk.filter(p -> isBriefingFile(p.getFileName().toString()))
            .filter(p -> !Files.isDirectory(p))
            .sorted()
            .forEach(files::add);
      }
    } catch (IOException | UncheckedIOException e) {
      IOException io = e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
      throw BriefingException.unreadable(shown, "cannot read the folder: " + BriefingLoader.reason(io));
    }
    List<Briefing> briefings = new ArrayList<>();
    for (Path file : files) {
      try {
        if (Files.isSymbolicLink(file) && !file.toRealPath().startsWith(root)) {
          throw BriefingException.unreadable(file.toString(), "is a link that leaves the library folder: skipped");
        }
        briefings.add(loader.load(file, file.toString()));
      } catch (BriefingException e) {
        problems.add(e);
      } catch (IOException e) {
        problems.add(BriefingException.unreadable(file.toString(), "cannot read: " + BriefingLoader.reason(e)));
      }
    }
    return deduplicate(shown, briefings, problems);
  }

  /** The briefings bundled in the application (the repository's {@code briefings/} folder). */
  public Library bundled() {
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
        briefings.add(loader.load(in, name, sources));
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
