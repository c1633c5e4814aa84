package brief.serve;

import brief.load.BriefingException;
import brief.load.Diagnostic;
import brief.load.Library;
import brief.load.LibraryScanner;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/**
 * The library a server serves, re-read when its files change. Every few seconds the folder's
 * briefing files are listed with their sizes and modification times (a few milliseconds for
 * thousands of files); when that changes, the library is read again. A broken file is logged and
 * skipped; a library that cannot be read at all is logged and the last good one kept. Sessions
 * already open keep the library they started with.
 */
final class LibraryWatch implements Supplier<Library> {
  private final Path folder;
  private final Callable<Library> load;
  private final SessionLog log;
  private volatile Library current;
  private long stamp;

  /** {@code folder} may be null: a library that never changes (the bundled one). */
  LibraryWatch(Path folder, Callable<Library> load, SessionLog log) throws Exception {
    this.folder = folder;
    this.load = load;
    this.log = log;
    this.stamp = stamp();
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
    long now = stamp();
    if (now == stamp) {
      return;
    }
    stamp = now;
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

  private void report(Library library, String prefix) {
    log.note(
        prefix
            + library.briefings().size()
            + " briefings, "
            + library.problems().size()
            + " broken files");
    for (BriefingException problem : library.problems()) {
      for (Diagnostic d : problem.diagnostics()) {
        log.note(d.toString());
      }
    }
  }

  /** A hash of every briefing file's path, size and modification time. */
  private long stamp() {
    if (folder == null) {
      return 0;
    }
    long[] hash = {1};
    try {
      Files.walkFileTree(
          folder,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path p, BasicFileAttributes a) {
              if (LibraryScanner.isBriefingFile(p.getFileName().toString())) {
                hash[0] = hash[0] * 31 + p.hashCode();
                hash[0] = hash[0] * 31 + a.size();
                hash[0] = hash[0] * 31 + a.lastModifiedTime().toMillis();
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path p, IOException e) {
              hash[0] = hash[0] * 31 + p.hashCode();
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      return -1;
    }
    return hash[0];
  }
}
