package brief.tui;

import brief.core.Briefing;
import brief.load.BriefingLoader;
import brief.load.Limits;
import java.nio.file.Path;
import java.util.List;

/**
 * Test helpers: a frozen copy of the bundled briefing, a reader on it, and keys typed one after
 * another.
 */
final class Reader {
  private Reader() {}

  static final Briefing BUNDLED =
      load("src/test/resources/frozen/us-azerbaijan-partnership-2025.yaml");

  static Briefing load(String path) {
    try {
      return new BriefingLoader(Limits.DEFAULT, false).load(Path.of(path), path);
    } catch (brief.load.BriefingException e) {
      throw new AssertionError(e.diagnostics().toString());
    }
  }

  static ReaderState on(int columns, int rows) {
    return ReaderState.start(List.of(BUNDLED), new Size(columns, rows), Glyphs.UNICODE);
  }

  /** The reader on the briefing at {@code path}, alone. */
  static ReaderState on(String path, int columns, int rows) {
    return ReaderState.start(List.of(load(path)), new Size(columns, rows), Glyphs.UNICODE);
  }

  /** Types each key: a string is typed character by character; specials as given. */
  static ReaderState type(ReaderState s, Object... keys) {
    for (Object key : keys) {
      if (key instanceof String text) {
        for (int i = 0; i < text.length(); ) {
          int cp = text.codePointAt(i);
          s = Update.apply(s, new Input.Key(cp));
          i += Character.charCount(cp);
        }
      } else {
        s = Update.apply(s, (Input) key);
      }
    }
    return s;
  }
}
