package brief.load;

import brief.core.Diagnostic;
import java.util.List;

/**
 * Everything wrong with one file. {@code unreadable} tells an I/O failure (the file could not be
 * read at all) from a file that was read and is invalid.
 */
public final class BriefingException extends Exception {
  private final List<Diagnostic> diagnostics;
  private final boolean unreadable;

  public BriefingException(List<Diagnostic> diagnostics, boolean unreadable) {
    super(
        diagnostics.isEmpty() ? "invalid briefing" : diagnostics.get(0).toString(),
        null,
        false,
        false);
    this.diagnostics = List.copyOf(diagnostics);
    this.unreadable = unreadable;
  }

  public static BriefingException unreadable(String file, String message) {
    return new BriefingException(List.of(Diagnostic.of(file, message)), true);
  }

  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  public boolean unreadable() {
    return unreadable;
  }
}
