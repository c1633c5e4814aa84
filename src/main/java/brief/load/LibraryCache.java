package brief.load;

import brief.core.Briefing;
import brief.core.Parallel;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.zip.CRC32C;

// Over 300 lines: the cache's format, its checks and its writing, which must change together.
/**
 * Parsed briefings of one library folder, kept between runs so that a large library is not parsed
 * again on every lookup. The cache must never be the reason brief shows something a file does not
 * say, so it proves what it returns, and any doubt means parsing again:
 *
 * <ul>
 *   <li>the header names the library's canonical folder and carries a checksum; a cache of another
 *       folder (a name collision, a copied file) is not used;
 *   <li>every entry carries a CRC-32C over its path, stamp and briefing: a changed byte anywhere
 *       makes the whole cache unused (and rewritten);
 *   <li>an entry is used only while its file, and its source text, have the stamp they had when
 *       parsed: size, modification time and change time in nanoseconds, device and inode. An edit
 *       that keeps size and modification time ({@code touch -r}) still moves the change time, which
 *       no user can set;
 *   <li>an entry made less than {@link TrustedFiles#RACY_NANOS} after its file last changed is
 *       "racy" (git's rule): on a file system with 1-second times (ext4 with 128-byte inodes, ext3,
 *       many NFS and SMB shares) an edit of the same size in that second changes no stamp, so such
 *       an entry keeps a SHA-256 of the file and its source text, and is used only while they still
 *       hash to it; once the times are safely older, the entry is made anew without it.
 * </ul>
 *
 * The cache file is read only when it is a regular file of this user's (checked through the
 * descriptor it is read by, {@link TrustedFiles#read}); anything else at its name is skipped and
 * said once, and the next save replaces it.
 *
 * <p>Only valid briefings are cached: a broken file is parsed (and reported) every time.
 */
final class LibraryCache {
  private static final long MAGIC = 0x6272696566636163L;

  /** The framing below; the briefings inside have {@link BriefingCodec#VERSION}. */
  private static final int FORMAT = 4;

  /** What was known of a file (and of its source text) when it was parsed. */
  static final class Stamp {
    private static final int FIELDS = 5;
    private final long[] values;

    private Stamp(long[] values) {
      this.values = values;
    }

    /** The stamp of a briefing file and the source text it names; null when unknown. */
    static Stamp of(Path file, String sourceText) {
      long[] values = new long[2 * FIELDS];
      Arrays.fill(values, -1);
      try {
        read(file, values, 0);
        if (!sourceText.isEmpty()) {
          // Links are followed: a source replaced by a link has another stamp, and is parsed
          // (and checked by SourcePath) again. No realpath here: it costs a syscall per
          // folder of the path, for every file of every run.
          Path source = file.toAbsolutePath().getParent().resolve(SourcePath.relative(sourceText));
          if (Files.isRegularFile(source)) {
            read(source, values, FIELDS);
          }
        }
        return new Stamp(values);
      } catch (IOException | RuntimeException e) {
        return null;
      }
    }

    /** The stamp of a file alone (the application's jar). */
    static Stamp of(Path file) {
      return of(file, "");
    }

    private static void read(Path file, long[] into, int at) throws IOException {
      try {
        Map<String, Object> a =
            Files.readAttributes(file, "unix:size,lastModifiedTime,ctime,dev,ino");
        into[at] = (Long) a.get("size");
        into[at + 1] = nanos(a.get("lastModifiedTime"));
        into[at + 2] = nanos(a.get("ctime"));
        into[at + 3] = (Long) a.get("dev");
        into[at + 4] = (Long) a.get("ino");
      } catch (UnsupportedOperationException e) {
        // Not a Unix file system: what the basic attributes say.
        BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
        into[at] = a.size();
        into[at + 1] = nanos(a.lastModifiedTime());
        into[at + 2] = nanos(a.creationTime());
        into[at + 3] = a.fileKey() == null ? -1 : a.fileKey().hashCode();
      }
    }

    /** Whether an entry made at {@code madeAt} may hide a later edit that left this stamp. */
    boolean racy(long madeAt) {
      long latest = Math.max(Math.max(values[1], values[2]), Math.max(values[6], values[7]));
      return latest + TrustedFiles.RACY_NANOS > madeAt;
    }

    private static long nanos(Object time) {
      return ((FileTime) time).to(TimeUnit.NANOSECONDS);
    }

    static Stamp read(CacheInput in) throws IOException {
      long[] values = new long[2 * FIELDS];
      for (int i = 0; i < values.length; i++) {
        values[i] = in.readLong();
      }
      return new Stamp(values);
    }

    void write(DataOutputStream out) throws IOException {
      for (long v : values) {
        out.writeLong(v);
      }
    }

    // Written out: a record's generated equals and hashCode are linked through method handles
    // on first use, about 15 ms of every lookup's start-up.
    @Override
    public boolean equals(Object o) {
      return o instanceof Stamp s && Arrays.equals(s.values, values);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(values);
    }
  }

  /**
   * A cached briefing: its stamp, when the entry was made (epoch nanoseconds), and for a racy entry
   * the hash of its file and source text (else empty).
   */
  record Entry(Stamp stamp, Briefing briefing, long madeAt, String hash) {
    boolean racy() {
      return !hash.isEmpty();
    }
  }

  private final Path file;
  private final String root;
  private final Map<String, Entry> entries = new HashMap<>();
  private boolean changed;

  /** Why the cache file was not read (not a regular file, not this user's), or null. */
  private String refusal;

  private LibraryCache(Path file, String root) {
    this.file = file;
    this.root = root;
  }

  /**
   * The cache file of a library folder (or jar) in the cache folder: named by a hash of its path.
   */
  static Path fileFor(Path cacheDir, String kind, Path root) {
    return cacheDir.resolve(kind + "-" + Sha256.hex(root.toString()) + ".bin");
  }

  /**
   * The cache of {@code root} (a canonical path) in {@code file}; empty when there is none or it is
   * in doubt.
   */
  static LibraryCache open(Path file, Path root) {
    LibraryCache cache = new LibraryCache(file, root.toString());
    try {
      // A FileInputStream, not Files.readAllBytes: that one's channel and direct buffer are ~1 ms
      // of class initialisation on every lookup that nothing else on the way needs.
      byte[] bytes;
      try {
        bytes = TrustedFiles.read(file, Integer.MAX_VALUE - 8).bytes();
      } catch (TrustedFiles.Untrusted e) {
        cache.refusal = e.getMessage();
        cache.changed = true;
        return cache;
      } catch (java.nio.file.NoSuchFileException e) {
        cache.changed = true;
        return cache;
      }
      CacheInput in = new CacheInput(bytes);
      if (!header(in, cache.root)) {
        cache.changed = true;
        return cache;
      }
      int n = in.readInt();
      int sum = in.checksumSoFar();
      if (in.readInt() != sum || n < 0) {
        throw new IOException("corrupt cache header");
      }
      List<CacheInput> bodies = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        bodies.add(in.slice(in.readInt()));
      }
      if (!in.atEnd()) {
        throw new IOException("corrupt cache: bytes after the last entry");
      }
      // Checking and decoding are most of the work: each briefing is its own blob, on every core.
      List<Map.Entry<String, Entry>> decoded = Parallel.map(bodies, DECODE);
      for (Map.Entry<String, Entry> e : decoded) {
        cache.entries.put(e.getKey(), e.getValue());
      }
    } catch (IOException | RuntimeException e) {
      cache.entries.clear();
      cache.changed = true;
    }
    return cache;
  }

  /** Why the cache file at this name was not read (one line, with the fix), or null. */
  String refusal() {
    return refusal == null
        ? null
        : "the cache file " + refusal + "; brief replaces it (remove it yourself to be sure)";
  }

  /** {@link #decode}, as a class: a method reference is linked on every lookup's start-up. */
  private static final Function<CacheInput, Map.Entry<String, Entry>> DECODE =
      new Function<>() {
        @Override
        public Map.Entry<String, Entry> apply(CacheInput entry) {
          return decode(entry);
        }
      };

  /** Whether the input starts with this cache format's header for this root. */
  private static boolean header(CacheInput in, String root) throws IOException {
    return in.readLong() == MAGIC
        && in.readInt() == FORMAT
        && in.readInt() == BriefingCodec.VERSION
        && in.readText().equals(root);
  }

  /**
   * One entry: its bytes, then their checksum, checked before anything is decoded (a length read
   * from a changed byte could ask for gigabytes).
   */
  private static Map.Entry<String, Entry> decode(CacheInput entry) {
    try {
      CacheInput content = entry.slice(entry.remaining() - 4);
      if (entry.readInt() != content.checksum()) {
        throw new IOException("corrupt cache entry");
      }
      String path = content.readText();
      Stamp stamp = Stamp.read(content);
      long madeAt = content.readLong();
      String hash = content.readText();
      Briefing b = BriefingCodec.read(content);
      if (!content.atEnd()) {
        throw new IOException("corrupt cache entry");
      }
      return Map.entry(path, new Entry(stamp, b, madeAt, hash));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The cached briefing of a file, while the file is as it was when parsed; else null. */
  synchronized Briefing get(Path path) {
    Entry e = entries.get(path.toString());
    if (e == null) {
      return null;
    }
    String textPath = e.briefing().source().textPath();
    Stamp now = Stamp.of(path, textPath);
    if (!e.stamp().equals(now)) {
      return null;
    }
    if (!e.racy()) {
      return e.briefing();
    }
    long checked = TrustedFiles.nowNanos();
    if (!e.hash().equals(hash(path, textPath))) {
      return null;
    }
    if (!now.racy(checked)) {
      // Proven by content just now, and its times are now safely old: no hash needed again.
      entries.put(path.toString(), new Entry(now, e.briefing(), checked, ""));
      changed = true;
    }
    return e.briefing();
  }

  /**
   * Keeps a briefing parsed from a file, stamped as the file was before it was read ({@code
   * before}, at {@code madeAt}; {@code fileHash} the hash of the file alone then, when it was
   * racy).
   */
  synchronized void put(Path path, Stamp before, long madeAt, String fileHash, Briefing b) {
    String textPath = b.source().textPath();
    Stamp after = Stamp.of(path, textPath);
    // A file that changed while it was read is not cached: the next run reads it again.
    if (before == null || after == null || !sameFile(before, after)) {
      return;
    }
    String hash = "";
    if (after.racy(madeAt)) {
      // Its times cannot show an edit made while it was parsed: its content must.
      if (fileHash == null || !fileHash.equals(hash(path, ""))) {
        return;
      }
      hash = hash(path, textPath);
      if (hash.isEmpty()) {
        return;
      }
    }
    entries.put(path.toString(), new Entry(after, b, madeAt, hash));
    changed = true;
  }

  /** The SHA-256 of a file, and of its source text when it names one; empty when unreadable. */
  static String hash(Path path, String textPath) {
    try {
      java.security.MessageDigest digest = java.security.MessageDigest.getInstance("SHA-256");
      digest.update(Files.readAllBytes(path));
      if (!textPath.isEmpty()) {
        Path source = path.toAbsolutePath().getParent().resolve(SourcePath.relative(textPath));
        if (Files.isRegularFile(source)) {
          digest.update(Files.readAllBytes(source));
        }
      }
      return java.util.HexFormat.of().formatHex(digest.digest());
    } catch (IOException | java.security.NoSuchAlgorithmException | RuntimeException e) {
      return "";
    }
  }

  private static boolean sameFile(Stamp before, Stamp after) {
    return Arrays.equals(before.values, 0, Stamp.FIELDS, after.values, 0, Stamp.FIELDS);
  }

  /** Every cached briefing, when all were cached from a source with this stamp; else empty. */
  synchronized List<Briefing> all(Stamp stamp) {
    List<Briefing> all = new ArrayList<>(entries.size());
    for (Entry e : entries.values()) {
      if (!e.stamp().equals(stamp)) {
        return List.of();
      }
      all.add(e.briefing());
    }
    return Collections.unmodifiableList(all);
  }

  /** Replaces the cache's content by these briefings, all from a source with this stamp. */
  synchronized void replace(Map<String, Briefing> byName, Stamp stamp) {
    entries.clear();
    // The bundled briefings are stamped by their jar, which a build writes whole.
    byName.forEach((name, b) -> entries.put(name, new Entry(stamp, b, 0, "")));
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
    try {
      CacheFolder.write(
          file,
          raw -> {
            DataOutputStream out = new DataOutputStream(new BufferedOutputStream(raw, 1 << 16));
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(8192);
            DataOutputStream header = new DataOutputStream(bytes);
            header.writeLong(MAGIC);
            header.writeInt(FORMAT);
            header.writeInt(BriefingCodec.VERSION);
            BriefingCodec.text(header, root);
            header.writeInt(entries.size());
            writeChecked(out, bytes);
            for (Map.Entry<String, Entry> e : entries.entrySet()) {
              bytes.reset();
              DataOutputStream entry = new DataOutputStream(bytes);
              BriefingCodec.text(entry, e.getKey());
              e.getValue().stamp().write(entry);
              entry.writeLong(e.getValue().madeAt());
              BriefingCodec.text(entry, e.getValue().hash());
              BriefingCodec.write(entry, e.getValue().briefing());
              out.writeInt(bytes.size() + 4);
              writeChecked(out, bytes);
            }
            out.flush();
          });
      CacheFolder.sweep(file.getParent());
    } catch (IOException | RuntimeException e) {
      // nothing more to do: the next run parses again
    }
  }

  /** The bytes, then their CRC-32C. */
  private static void writeChecked(DataOutputStream out, ByteArrayOutputStream bytes)
      throws IOException {
    CRC32C crc = new CRC32C();
    byte[] b = bytes.toByteArray();
    crc.update(b);
    out.write(b);
    out.writeInt((int) crc.getValue());
  }

  /**
   * Whether a cache file belongs to a library folder ({@code folder}), or a jar of bundled
   * briefings, that no longer exists.
   */
  static boolean orphaned(Path cacheFile, boolean folder) throws IOException {
    if (!Files.isRegularFile(cacheFile, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      return false; // never opened: a FIFO would hang the run (the next save replaces it)
    }
    byte[] head;
    try (InputStream in = Files.newInputStream(cacheFile)) {
      head = in.readNBytes(64 * 1024);
    }
    CacheInput in = new CacheInput(head);
    try {
      if (in.readLong() != MAGIC || in.readInt() != FORMAT) {
        return true;
      }
      in.readInt();
      Path root = Path.of(in.readText());
      return folder ? !Files.isDirectory(root) : !Files.isRegularFile(root);
    } catch (IOException | RuntimeException e) {
      return true;
    }
  }
}
