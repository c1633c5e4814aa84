package brief.load;

import brief.core.Briefing;
import brief.core.ReadMarks;
import brief.core.ReadMarks.Mark;
import brief.core.Seen;
import brief.core.Statement;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What one user has read, kept between sessions in a folder of theirs ({@code
 * $XDG_STATE_HOME/brief}): a {@link ReadStateFile} of marks, and a snapshot of each briefing as
 * last read (its cache encoding, named by its SHA-256), so that what changed since can be shown.
 *
 * <p>The folder and files are trusted as the cache is ({@link CacheFolder#distrust}, {@link
 * TrustedFiles#read}, written 0600 through a temporary file and a rename): read marks and snapshots
 * may hold restricted text. A damaged or untrusted file costs one warning and a fresh state, never
 * a crash; a folder that is not trusted keeps marks for this run only. Saving merges: under a lock,
 * the file is read again and this run's own changes are applied to it, so two readers at once lose
 * nothing of each other's.
 */
public final class ReadState {
  static final String FILE = "read-state";
  private static final String SNAPSHOTS = "snapshots";
  private static final int MAX_FILE = 16 << 20;

  /** A snapshot no mark names is removed after this: another run may be about to name it. */
  static final long UNUSED_SNAPSHOT_MS = 10 * 60 * 1000;

  private final Path dir;
  private final List<String> warnings = new ArrayList<>();
  private Map<String, Mark> marks = new LinkedHashMap<>();

  /** This run's own marks (an empty Optional: marked unread), applied over the file on save. */
  private final Map<String, Optional<Mark>> edits = new LinkedHashMap<>();

  /** Whether {@link #markSeen} changed a mark since the last save. */
  private boolean unsaved;

  /** The file was damaged: written again at once. A newer brief's file is never written. */
  private boolean repair;

  private boolean readOnly;

  /** Whether the user has a state folder at all (no HOME: nothing to show as unread). */
  private final boolean wanted;

  private ReadState(Path dir, boolean wanted) {
    this.dir = dir;
    this.wanted = wanted;
  }

  /** Read state kept in {@code dir}; for this run only when {@code dir} is null. */
  public static ReadState open(Path dir) {
    ReadState state = new ReadState(dir, dir != null);
    if (dir == null) {
      return state;
    }
    String why = CacheFolder.distrust(dir);
    if (why != null) {
      ReadState forThisRun = new ReadState(null, true);
      forThisRun.warnings.add(
          "the read-state folder " + dir + " " + why + "; read marks are kept for this run only");
      return forThisRun;
    }
    state.marks = state.load(true);
    if (state.repair) {
      state.save(); // the damage written away now, so that it is said once
    }
    return state;
  }

  /** What went wrong on opening, one line each (at most one per file). */
  public List<String> warnings() {
    return List.copyOf(warnings);
  }

  public synchronized Map<String, Mark> marks() {
    return Map.copyOf(marks);
  }

  /** The status of each of {@code briefings}. */
  public ReadMarks readMarks(List<Briefing> briefings) {
    return new ReadMarks(briefings, marks(), wanted, this::lastRead);
  }

  /** Marks {@code b} read now, keeping a snapshot of it; whether the mark was saved. */
  public boolean markRead(Briefing b) {
    return markRead(List.of(b));
  }

  /** Marks each of {@code read} read now, with one save for all; whether it was saved. */
  public synchronized boolean markRead(List<Briefing> read) {
    boolean writable = dir != null && folderReady();
    String now = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
    for (Briefing b : read) {
      String version = writable ? keptSnapshot(b) : "";
      Mark mark = new Mark(b.id(), now, Statement.fingerprint(b), version);
      marks.put(b.id(), mark);
      edits.put(b.id(), Optional.of(mark));
    }
    return save();
  }

  /** Keeps {@code b} as read in a snapshot named by its hash; the name, or empty on failure. */
  private String keptSnapshot(Briefing b) {
    try {
      byte[] bytes = Snapshots.bytes(b);
      String version = Snapshots.name(bytes);
      Path file = dir.resolve(SNAPSHOTS).resolve(version);
      if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
        CacheFolder.write(file, out -> out.write(bytes));
      }
      return version;
    } catch (IOException | RuntimeException e) {
      return "";
    }
  }

  /**
   * Which statements of {@code b}, marked read, were on screen (by {@link Seen#key}): kept in
   * memory until {@link #flush}, or the next mark that saves. The reader says it after each paint.
   */
  public synchronized void markSeen(Briefing b, Set<String> keys) {
    Mark m = marks.get(b.id());
    if (m == null) {
      return;
    }
    Mark next = new Mark(m.id(), m.readAt(), m.fingerprint(), m.version(), Seen.of(keys).format());
    if (!next.equals(m)) {
      marks.put(b.id(), next);
      edits.put(b.id(), Optional.of(next));
      unsaved = true;
    }
  }

  /** Saves what {@link #markSeen} kept; whether nothing is left unsaved. */
  public synchronized boolean flush() {
    return !unsaved || save();
  }

  /** Forgets that {@code id} was read; whether that was saved. */
  public synchronized boolean markUnread(String id) {
    marks.remove(id);
    edits.put(id, Optional.empty());
    return save();
  }

  /** The briefing as it was when last read, when a snapshot of it was kept. */
  public Optional<Briefing> lastRead(String id) {
    Mark mark;
    synchronized (this) {
      mark = marks.get(id);
    }
    if (mark == null || !Snapshots.isName(mark.version()) || dir == null) {
      return Optional.empty();
    }
    try {
      byte[] bytes =
          TrustedFiles.read(dir.resolve(SNAPSHOTS).resolve(mark.version()), MAX_FILE).bytes();
      if (!Snapshots.name(bytes).equals(mark.version())) {
        return Optional.empty();
      }
      CacheInput in = new CacheInput(bytes);
      if (in.readInt() != BriefingCodec.VERSION) {
        return Optional.empty();
      }
      return Optional.of(BriefingCodec.read(in));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /**
   * The marks in the file; a fresh start (and, when {@code warn}, one warning) when it is damaged
   * or not to be trusted.
   */
  private Map<String, Mark> load(boolean warn) {
    Path file = dir.resolve(FILE);
    byte[] bytes = null;
    try {
      bytes = TrustedFiles.read(file, MAX_FILE).bytes();
      ReadStateFile.Parsed parsed = ReadStateFile.parse(bytes);
      if (warn && !parsed.damaged().isEmpty()) {
        repair = true;
        warnings.add(
            "the read-state file "
                + file
                + " has damaged lines ("
                + parsed.damaged().stream().limit(5).map(String::valueOf).toList()
                + "): brief leaves them out and keeps the other marks");
      }
      return new LinkedHashMap<>(parsed.marks());
    } catch (ReadStateFile.Newer e) {
      readOnly = true;
      if (warn) {
        warnings.add(
            "the read-state file "
                + file
                + " "
                + e.getMessage()
                + "; marks kept for this run only");
      }
      return new LinkedHashMap<>();
    } catch (NoSuchFileException e) {
      return new LinkedHashMap<>();
    } catch (TrustedFiles.Untrusted e) {
      if (warn) {
        warnings.add(
            "the read-state file "
                + e.getMessage()
                + "; brief starts a fresh read state and replaces it");
      }
    } catch (IOException | RuntimeException e) {
      if (warn) {
        repair = ReadStateFile.keepAside(dir.resolve(FILE + ".damaged"), bytes);
        warnings.add(
            "the read-state file "
                + file
                + " is damaged ("
                + e.getMessage()
                + "); brief starts a fresh read state"
                + (repair ? ", the old one kept as " + FILE + ".damaged" : " and replaces it"));
      }
    }
    return new LinkedHashMap<>();
  }

  /** Merges this run's marks into the file, under a lock; whether it was written. */
  private boolean save() {
    if (dir == null || readOnly) {
      return false;
    }
    synchronized (ReadState.class) {
      try {
        if (!folderReady()) {
          return false;
        }
        try (FileChannel lockFile =
                FileChannel.open(
                    dir.resolve(FILE + ".lock"),
                    Set.of(
                        StandardOpenOption.CREATE,
                        StandardOpenOption.WRITE,
                        LinkOption.NOFOLLOW_LINKS),
                    PosixFilePermissions.asFileAttribute(
                        PosixFilePermissions.fromString("rw-------")));
            FileLock lock = lockFile.lock()) {
          Map<String, Mark> merged = load(false);
          for (Map.Entry<String, Optional<Mark>> e : edits.entrySet()) {
            if (e.getValue().isPresent()) {
              merged.put(e.getKey(), e.getValue().get());
            } else {
              merged.remove(e.getKey());
            }
          }
          byte[] bytes = ReadStateFile.format(merged);
          CacheFolder.write(dir.resolve(FILE), out -> out.write(bytes));
          marks = merged;
          unsaved = false;
          Snapshots.sweep(dir.resolve(SNAPSHOTS), merged.values(), UNUSED_SNAPSHOT_MS);
          return true;
        }
      } catch (IOException | RuntimeException e) {
        return false; // the marks stay for this run; the next save tries again
      }
    }
  }

  /** Makes the folder (its owner's only) when there is none; whether it may be written. */
  private boolean folderReady() {
    try {
      if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
        Files.createDirectories(dir.getParent());
        Files.createDirectory(
            dir,
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
      }
    } catch (IOException | RuntimeException e) {
      // made by another run meanwhile, or not to be made: checked below either way
    }
    return CacheFolder.distrust(dir) == null;
  }
}
