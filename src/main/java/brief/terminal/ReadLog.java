package brief.terminal;

import brief.core.Briefing;
import brief.core.ReadMarks;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The reader's link to what its user read before: the marks it starts with, where it records each
 * briefing opened (once it has been painted, so that a briefing only passed through on the way is
 * not marked) and the statements of it that have been on screen, and a last save when it ends.
 */
public interface ReadLog {
  ReadMarks marks(List<Briefing> library);

  void opened(Briefing b);

  /** The keys ({@link brief.core.Seen#key}) of every statement of {@code b} seen so far. */
  void seen(Briefing b, Set<String> keys);

  /** Saves what is left; the reader calls it as it ends. */
  void flush();

  /** A log made of its parts (a user's read state, for one). */
  static ReadLog of(
      Function<List<Briefing>, ReadMarks> marks,
      Consumer<Briefing> opened,
      BiConsumer<Briefing, Set<String>> seen,
      Runnable flush) {
    return new ReadLog() {
      @Override
      public ReadMarks marks(List<Briefing> library) {
        return marks.apply(library);
      }

      @Override
      public void opened(Briefing b) {
        opened.accept(b);
      }

      @Override
      public void seen(Briefing b, Set<String> keys) {
        seen.accept(b, keys);
      }

      @Override
      public void flush() {
        flush.run();
      }
    };
  }

  /** No read state: nothing marked, nothing recorded. */
  ReadLog NONE = of(ReadMarks::none, b -> {}, (b, keys) -> {}, () -> {});
}
