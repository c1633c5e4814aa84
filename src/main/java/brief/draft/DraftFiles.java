package brief.draft;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Set;

/**
 * Saves a draft and its source text without ever losing data: nothing is written unless both files
 * may be (an existing file is replaced only with {@code force}, a source text that already holds
 * the same text is left as it is), and each file is written to a temporary file in its folder and
 * then renamed into place, so an interrupted run leaves either the old file or the new one, never
 * half of one. Without {@code force} the rename is a hard link, which fails rather than replace a
 * file that appeared meanwhile.
 */
public final class DraftFiles {
  private DraftFiles() {}

  /**
   * Writes {@code briefing} and, when the draft has one, its source text beside it; returns the
   * source text's path or null.
   */
  public static Path save(Draft draft, Path briefing, boolean force, Path article)
      throws DraftException {
    Path source =
        draft.sourceTextPath().isEmpty()
            ? null
            : briefing.toAbsolutePath().getParent().resolve(draft.sourceTextPath()).normalize();
    byte[] text = draft.sourceText().getBytes(StandardCharsets.UTF_8);
    boolean sourceUnchanged = source != null && sameBytes(source, text);
    if (!force && Files.exists(briefing)) {
      throw new DraftException(
          DraftException.Kind.EXISTS,
          briefing + " exists; not overwritten (use --force to replace it)");
    }
    if (source != null && !sourceUnchanged && !force && Files.exists(source)) {
      throw new DraftException(
          DraftException.Kind.EXISTS,
          source
              + " exists with other text; not overwritten "
              + "(use --force to replace it, or --id for another name)");
    }
    if (article != null
        && (isSame(article, briefing)
            || source != null && !sourceUnchanged && isSame(article, source))) {
      throw new DraftException(
          DraftException.Kind.EXISTS, article + " is the article itself; not overwritten");
    }
    if (Files.isDirectory(briefing)) {
      throw new DraftException(DraftException.Kind.UNWRITABLE, briefing + " is a folder");
    }
    if (source != null && !sourceUnchanged) {
      write(source, text, force);
    }
    write(briefing, draft.yaml().getBytes(StandardCharsets.UTF_8), force);
    return source;
  }

  private static void write(Path target, byte[] bytes, boolean replace) throws DraftException {
    Path dir = target.toAbsolutePath().getParent();
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new DraftException(
          DraftException.Kind.UNWRITABLE,
          "cannot write " + target + ": cannot make the folder " + dir);
    }
    Path temp = null;
    try {
      temp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
      Files.write(temp, bytes);
      permissions(temp, target);
      if (replace) {
        move(temp, target);
      } else {
        Files.createLink(target, temp);
      }
    } catch (FileAlreadyExistsException e) {
      throw new DraftException(
          DraftException.Kind.EXISTS,
          target + " exists; not overwritten (use --force to replace it)");
    } catch (UnsupportedOperationException | IOException e) {
      Exception failure = e;
      if (!replace
          && temp != null
          && !(e instanceof AccessDeniedException || e instanceof NoSuchFileException)
          && !Files.exists(target)) {
        // No hard links on this file system: the check just made is the best that can be done.
        try {
          move(temp, target);
          temp = null;
          return;
        } catch (IOException again) {
          failure = again;
        }
      }
      throw new DraftException(
          DraftException.Kind.UNWRITABLE, "cannot write " + target + ": " + reason(failure));
    } finally {
      if (temp != null) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException ignored) {
          // a stray temporary file, named as one, is all that is left
        }
      }
    }
  }

  /**
   * A temporary file is private (0600); the draft gets the replaced file's permissions, else
   * rw-r--r--.
   */
  private static void permissions(Path temp, Path target) {
    try {
      Set<PosixFilePermission> wanted =
          Files.exists(target)
              ? Files.getPosixFilePermissions(target)
              : PosixFilePermissions.fromString("rw-r--r--");
      Files.setPosixFilePermissions(temp, wanted);
    } catch (UnsupportedOperationException | IOException e) {
      // not a POSIX file system: the default is all there is
    }
  }

  private static void move(Path temp, Path target) throws IOException {
    try {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static boolean sameBytes(Path file, byte[] bytes) {
    try {
      return Files.isRegularFile(file)
          && Files.size(file) == bytes.length
          && Arrays.equals(Files.readAllBytes(file), bytes);
    } catch (IOException e) {
      return false;
    }
  }

  private static boolean isSame(Path a, Path b) {
    try {
      return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
    } catch (IOException e) {
      return false;
    }
  }

  private static String reason(Exception e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NoSuchFileException) {
      return "no such folder";
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
