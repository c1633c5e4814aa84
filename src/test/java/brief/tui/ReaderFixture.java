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
final class ReaderFixture {
  private ReaderFixture() {}

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
    return typed(s, keys).state();
  }

  /** What typing the keys asks of the world beyond the screen, in order. */
  static List<Effect> effects(ReaderState s, Object... keys) {
    return typed(s, keys).effects();
  }

  /** Whether typing the keys ends the reader. */
  static boolean ends(ReaderState s, Object... keys) {
    return effects(s, keys).stream().anyMatch(e -> e instanceof Effect.End);
  }

  private static Step typed(ReaderState s, Object... keys) {
    List<Effect> effects = new java.util.ArrayList<>();
    for (Object key : keys) {
      List<Input> inputs = new java.util.ArrayList<>();
      if (key instanceof String text) {
        text.codePoints().forEach(cp -> inputs.add(new Input.Key(cp)));
      } else {
        inputs.add((Input) key);
      }
      for (Input input : inputs) {
        Step step = Update.step(s, input);
        s = step.state();
        effects.addAll(step.effects());
      }
    }
    return new Step(s, effects);
  }
}
