package brief.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * Where a briefing's {@code source.text} may point: a file inside the briefing's own folder. A
 * briefing comes by mail or from a shared folder; without this rule {@code source.text:
 * ../../../../etc/passwd} would be read, cached and shown as the source's paragraphs. Absolute
 * paths, {@code ..} that climbs out and links that lead out are refused.
 */
final class SourcePath {
  private SourcePath() {}

  /** A {@code source.text} that leads out of the briefing's folder. */
  static final class Escape extends IOException {
    Escape(String message) {
      super(message, null);
    }
  }

  /** The path relative to the briefing's folder, normalised; refused when it leads out. */
  static Path relative(String text) throws Escape {
    Path p;
    try {
      p = Path.of(text);
    } catch (InvalidPathException e) {
      throw new Escape("is not a valid path");
    }
    if (p.isAbsolute()) {
      throw new Escape("is an absolute path; a source text must be inside the briefing's folder");
    }
    Path normal = p.normalize();
    if (normal.toString().isEmpty() || normal.startsWith("..")) {
      throw new Escape("leads out of the briefing's folder; a source text must be inside it");
    }
    return normal;
  }

  /** The source text's file in {@code folder}, following links only as far as the folder. */
  static Path resolve(Path folder, String text) throws IOException {
    Path file = folder.resolve(relative(text));
    if (Files.exists(file) && !file.toRealPath().startsWith(folder.toRealPath())) {
      throw new Escape(
          "is a link that leads out of the briefing's folder; a source text must be inside it");
    }
    return file;
  }
}
