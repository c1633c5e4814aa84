package brief.load;

import brief.core.Briefing;
import java.nio.file.Path;

/**
 * A library cache as a neighbour could make one: anyone who can stat a briefing file knows its
 * stamp (size, times, device, inode), so a cache entry that matches the file and holds other text
 * is no secret to forge. Only where such a file is read from keeps it out.
 */
public final class ForgedCache {
  private ForgedCache() {}

  /**
   * Writes into {@code cacheDir} a cache of {@code library} whose entry for {@code file} says
   * {@code forged}.
   */
  public static void write(Path cacheDir, Path library, Path file, Briefing forged)
      throws Exception {
    Path root = library.toRealPath();
    Path key = root.resolve(library.relativize(file).toString());
    LibraryCache cache = LibraryCache.open(LibraryCache.fileFor(cacheDir, "library", root), root);
    long madeLater = TrustedFiles.nowNanos() + 60_000_000_000L;
    cache.put(key, LibraryCache.Stamp.of(key, ""), madeLater, null, forged);
    cache.save();
  }
}
