package brief.terminal;

import brief.core.Briefing;
import brief.core.ReadMarks;
import java.util.List;

/**
 * The reader's link to what its user read before: the marks it starts with, and where it records
 * each briefing opened (once it has been painted, so that a briefing only passed through on the way
 * is not marked).
 */
public interface ReadLog {
  ReadMarks marks(List<Briefing> library);

  void opened(Briefing b);

  /** A log made of its two halves (a user's read state, for one). */
  static ReadLog of(
      java.util.function.Function<List<Briefing>, ReadMarks> marks,
      java.util.function.Consumer<Briefing> opened) {
    return new ReadLog() {
      @Override
      public ReadMarks marks(List<Briefing> library) {
        return marks.apply(library);
      }

      @Override
      public void opened(Briefing b) {
        opened.accept(b);
      }
    };
  }

  /** No read state: nothing marked, nothing recorded. */
  ReadLog NONE =
      new ReadLog() {
        @Override
        public ReadMarks marks(List<Briefing> library) {
          return ReadMarks.none(library);
        }

        @Override
        public void opened(Briefing b) {}
      };
}
