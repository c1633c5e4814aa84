package brief.serve;

import brief.core.Diagnostic;
import brief.load.BriefingException;
import brief.load.Library;
import brief.load.LibraryScanner;
import brief.load.TrustedFiles;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/**
 * The library a server serves, re-read when its files change. Every few seconds the briefing files
 * under the folder's real path are listed with their sizes, times and inodes (a few milliseconds
 * for thousands of files), and a file changed in the seconds before the last look is hashed too
 * (git's racy rule: on a file system with 1-second times a same-size edit changes nothing else);
 * when any of that changes, the library is read again. A broken file is logged and skipped; a
 * library that cannot be read at all is logged and the last good one kept. Sessions already open
 * keep the library they started with.
 */
final class LibraryWatch implements Supplier<Library> {
  private final Path folder;
  private final Callable<Library> load;
  private final SessionLog log;
  private volatile Library current;
  private Map<Path, Seen> seen = Map.of();

  /** {@code folder} may be null: a library that never changes (the bundled one). */
  LibraryWatch(Path folder, Callable<Library> load, SessionLog log) throws Exception {
    this.folder = folder;
    this.load = load;
    this.log = log;
    changed();
    this.current = load.call();
    report(current, "library " + current.origin() + ": ");
  }

  @Override
  public Library get() {
    return current;
  }

  /**
   * Re-reads the library if its files changed since the last look. Never throws: it runs on a
   * schedule that one exception would end.
   */
  void check() {
    try {
      checkOnce();
    } catch (RuntimeException e) {
      log.note("library check failed (" + e + "); trying again in a moment");
    }
  }

  private void checkOnce() {
    if (folder == null) {
      return;
    }
    if (!changed()) {
      return;
    }
    try {
      Library fresh = load.call();
      current = fresh;
      report(fresh, "library changed, re-read: ");
    } catch (Exception e) {
      log.note(
          "library changed but cannot be read ("
              + e.getMessage()
              + "); still serving the last one read");
    }
  }

  /** "1 briefing", "2 briefings". */
  static String count(int n, String thing) {
    return n + " " + thing + (n == 1 ? "" : "s");
  }

  private void report(Library library, String prefix) {
    log.note(
        prefix
            + count(library.briefings().size(), "briefing")
            + ", "
            + count(library.problems().size(), "broken file"));
    for (BriefingException problem : library.problems()) {
      for (Diagnostic d : problem.diagnostics()) {
        log.note(d.toString());
      }
    }
  }

  /** What one briefing file looked like at the last look; its hash only while it was racy. */
  private record Seen(TrustedFiles.Stamp stamp, boolean racy, String hash) {}

  /**
   * Whether any briefing file under the folder's real path (a link to the library is followed each
   * time, so a re-pointed link is seen too) was added, removed or changed since the last look: by
   * size, times and inode, and for a file that was racy at the last look (changed within {@link
   * TrustedFiles#RACY_NANOS} of it), by the hash of its content.
   */
  private boolean changed() {
    if (folder == null) {
      return false;
    }
    long began = TrustedFiles.nowNanos();
    Map<Path, Seen> now = new HashMap<>();
    boolean[] changed = {false};
    try {
      Path real = folder.toRealPath();
      Files.walkFileTree(
          real,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path p, BasicFileAttributes a) {
              if (!LibraryScanner.isBriefingFile(p.getFileName().toString())) {
                return FileVisitResult.CONTINUE;
              }
              Seen before = seen.get(p);
              try {
                TrustedFiles.Stamp stamp = TrustedFiles.stamp(p);
                boolean racy = stamp.racy(began);
                String hash = racy || before != null && before.racy() ? hash(p) : null;
                if (before == null
                    || !before.stamp().equals(stamp)
                    || before.racy() && !java.util.Objects.equals(before.hash(), hash)) {
                  changed[0] = true;
                }
                now.put(p, new Seen(stamp, racy, racy ? hash : null));
              } catch (IOException e) {
                changed[0] |= before != null;
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path p, IOException e) {
              changed[0] |= seen.containsKey(p);
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      changed[0] = !seen.isEmpty();
    }
    if (!now.keySet().equals(seen.keySet())) {
      changed[0] = true;
    }
    seen = now;
    return changed[0];
  }

  private static String hash(Path p) throws IOException {
    return AuthorizedKeys.sha256(Files.readAllBytes(p));
  }
}
