package brief.load;

import brief.core.Briefing;
import brief.core.Parallel;
import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Parsed briefings of one library folder, kept between runs so that a large library is not
 * parsed again on every lookup. An entry is used only while its file (and its source text)
 * has the same size and modification time as when it was parsed; a cache that cannot be
 * read, of another version, or corrupt is ignored and rewritten. Only valid briefings are
 * cached: a broken file is parsed (and reported) every time.
 */
final class LibraryCache {
  private static final long MAGIC = 0x6272696566636163L;

  /** What was known of a file when it was parsed. */
  record Stamp(long size, long modified, long sourceSize, long sourceModified) {
    static Stamp of(Path file, BasicFileAttributes a, String sourceText) {
      try {
        long sourceSize = -1;
        long sourceModified = -1;
        if (!sourceText.isEmpty()) {
          Path source = file.toAbsolutePath().getParent().resolve(sourceText);
          if (Files.isRegularFile(source)) {
            BasicFileAttributes s = Files.readAttributes(source, BasicFileAttributes.class);
            sourceSize = s.size();
            sourceModified = s.lastModifiedTime().toMillis();
          }
        }
        return new Stamp(a.size(), a.lastModifiedTime().toMillis(), sourceSize, sourceModified);
      } catch (IOException | RuntimeException e) {
        return null;
      }
    }

    // Written out: a record's generated equals and hashCode are linked through method handles
    // on first use, about 15 ms of every lookup's start-up.
    @Override
    public boolean equals(Object o) {
      return o instanceof Stamp s && s.size == size && s.modified == modified
          && s.sourceSize == sourceSize && s.sourceModified == sourceModified;
    }

    @Override
    public int hashCode() {
      return Long.hashCode(size) * 31 + Long.hashCode(modified);
    }
  }

  record Entry(Stamp stamp, Briefing briefing) {}

  private final Path file;
  private final Map<String, Entry> entries = new HashMap<>();
  private boolean changed;

  LibraryCache(Path file) {
    this.file = file;
  }

  static LibraryCache open(Path file) {
    LibraryCache cache = new LibraryCache(file);
    try {
      CacheInput in = new CacheInput(Files.readAllBytes(file));
      if (in.readLong() != MAGIC || in.readInt() != BriefingCodec.VERSION) {
        return cache;
      }
      int n = in.readInt();
      if (n < 0) {
        throw new IOException("corrupt cache: " + n + " entries");
      }
      List<String> paths = new ArrayList<>();
      List<Stamp> stamps = new ArrayList<>();
      List<CacheInput> blobs = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        paths.add(in.readText());
        stamps.add(new Stamp(in.readLong(), in.readLong(), in.readLong(), in.readLong()));
        blobs.add(in.slice(in.readInt()));
      }
      // Decoding is most of the work: each briefing is its own blob, decoded on every core.
      List<Briefing> briefings = Parallel.map(blobs, LibraryCache::decode);
      for (int i = 0; i < n; i++) {
        cache.entries.put(paths.get(i), new Entry(stamps.get(i), briefings.get(i)));
      }
    } catch (IOException | RuntimeException e) {
      cache.entries.clear();
      cache.changed = true;
    }
    return cache;
  }

  private static Briefing decode(CacheInput blob) {
    try {
      return BriefingCodec.read(blob);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The cached briefing of a file, while the file (with these attributes) is as it was; else null. */
  synchronized Briefing get(Path path, BasicFileAttributes attributes) {
    Entry e = entries.get(path.toString());
    if (e == null) {
      return null;
    }
    Stamp now = Stamp.of(path, attributes, e.briefing().source().textPath());
    return e.stamp().equals(now) ? e.briefing() : null;
  }

  synchronized void put(Path path, BasicFileAttributes attributes, Briefing b) {
    Stamp stamp = Stamp.of(path, attributes, b.source().textPath());
    if (stamp != null) {
      entries.put(path.toString(), new Entry(stamp, b));
      changed = true;
    }
  }

  /** Every cached briefing, when all were cached from a source with this stamp; else empty. */
  synchronized List<Briefing> all(Stamp stamp) {
    boolean current = !entries.isEmpty() && entries.values().stream().allMatch(e -> e.stamp().equals(stamp));
    return current ? entries.values().stream().map(Entry::briefing).toList() : List.of();
  }

  /** Replaces the cache's content by these briefings, all from a source with this stamp. */
  synchronized void replace(Map<String, Briefing> byName, Stamp stamp) {
    entries.clear();
    byName.forEach((name, b) -> entries.put(name, new Entry(stamp, b)));
    changed = true;
  }

  /** Forgets the files that are no longer in the library. */
  synchronized void retain(java.util.Set<String> paths) {
    changed |= entries.keySet().retainAll(paths);
  }

  /** Writes the cache if anything changed; a failure only costs the next run some time. */
  synchronized void save() {
    if (!changed) {
      return;
    }
    Path tmp = file.resolveSibling(file.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
    try {
      Files.createDirectories(file.getParent());
      try (OutputStream raw = Files.newOutputStream(tmp);
          DataOutputStream out = new DataOutputStream(new BufferedOutputStream(raw, 1 << 16))) {
        out.writeLong(MAGIC);
        out.writeInt(BriefingCodec.VERSION);
        out.writeInt(entries.size());
        for (Map.Entry<String, Entry> e : entries.entrySet()) {
          BriefingCodec.text(out, e.getKey());
          Stamp s = e.getValue().stamp();
          out.writeLong(s.size());
          out.writeLong(s.modified());
          out.writeLong(s.sourceSize());
          out.writeLong(s.sourceModified());
          java.io.ByteArrayOutputStream blob = new java.io.ByteArrayOutputStream(8192);
          BriefingCodec.write(new DataOutputStream(blob), e.getValue().briefing());
          out.writeInt(blob.size());
          blob.writeTo(out);
        }
      }
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException | RuntimeException e) {
      try {
        Files.deleteIfExists(tmp);
      } catch (IOException ignored) {
        // nothing more to do: the next run parses again
      }
    }
  }
}
