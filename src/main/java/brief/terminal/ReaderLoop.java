package brief.terminal;

import brief.tui.Effect;
import brief.tui.Input;
import brief.tui.PointsRead;
import brief.tui.ReaderState;
import brief.tui.Step;
import brief.tui.Update;
import brief.tui.View;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;

/**
 * The loop: take an input, update, view, paint. Inputs that arrived meanwhile (keys typed ahead on
 * a slow link, a burst of resizes) are all applied before one paint. Blocks while idle: no polling,
 * no CPU.
 */
final class ReaderLoop {
  private ReaderLoop() {}

  /** What Ctrl-Z (or a SIGTSTP) does: hand the terminal back to the shell until it is resumed. */
  @FunctionalInterface
  interface Suspension {
    void suspend() throws IOException, InterruptedException;

    Suspension NONE = () -> {};
  }

  static Effect.Ending run(
      ReaderState start, BlockingQueue<Input> inputs, Painter painter, Trace trace)
      throws IOException, InterruptedException {
    return run(start, inputs, painter, trace, Suspension.NONE, ReadLog.NONE);
  }

  /** How the reader ended. */
  static Effect.Ending run(
      ReaderState start,
      BlockingQueue<Input> inputs,
      Painter painter,
      Trace trace,
      Suspension suspension,
      ReadLog log)
      throws IOException, InterruptedException {
    Opened opened = new Opened(log);
    try {
      return loop(start, inputs, painter, trace, suspension, opened);
    } finally {
      log.flush();
    }
  }

  private static Effect.Ending loop(
      ReaderState start,
      BlockingQueue<Input> inputs,
      Painter painter,
      Trace trace,
      Suspension suspension,
      Opened opened)
      throws IOException, InterruptedException {
    ReaderState state = start;
    long bytes = trace.bytes();
    long began = System.nanoTime();
    painter.paint(View.of(state), true);
    trace.firstPaint(bytes, began);
    state = opened.after(state);
    while (true) {
      Input first = inputs.take();
      began = System.nanoTime();
      bytes = trace.bytes();
      StringBuilder applied = new StringBuilder(describe(first));
      Step step = Update.step(state, first);
      state = step.state();
      List<Effect> effects = new ArrayList<>(step.effects());
      for (Input more = inputs.poll(); more != null && !pauses(effects); more = inputs.poll()) {
        step = Update.step(state, more);
        state = step.state();
        effects.addAll(step.effects());
        applied.append(' ').append(describe(more));
      }
      boolean full = false;
      for (Effect effect : effects) {
        if (effect instanceof Effect.Copy copy) {
          painter.copy(copy.text());
        } else if (effect instanceof Effect.End end) {
          return end.ending();
        } else if (effect instanceof Effect.Suspend) {
          // The terminal goes back to the shell; after fg, the reader paints it whole.
          suspension.suspend();
          began = System.nanoTime();
          full = true;
        } else if (effect instanceof Effect.Repaint) {
          full = true;
        } else {
          throw new IllegalStateException("no way to do " + effect);
        }
      }
      painter.paint(View.of(state), full);
      trace.paint(applied.toString(), bytes, began);
      state = opened.after(state);
    }
  }

  /** Keys typed after q or Ctrl-Z wait: after q they are not the reader's, after Ctrl-Z not yet. */
  private static boolean pauses(List<Effect> effects) {
    for (Effect effect : effects) {
      if (effect instanceof Effect.End || effect instanceof Effect.Suspend) {
        return true;
      }
    }
    return false;
  }

  /**
   * Records a briefing as opened once it is on the screen, and each statement of it once it has
   * been: side effects kept out of Update, after the paint, so that they never delay what the
   * reader sees. Each opening is recorded once; what is seen, whenever it grows or a toggle changes
   * it.
   */
  private static final class Opened {
    private final ReadLog log;
    private ReaderState.BriefingScreen last;
    private final Set<String> onScreen = new HashSet<>();
    private Set<String> recorded;

    Opened(ReadLog log) {
      this.log = log;
    }

    /** The state with what was seen recorded in its marks too. */
    ReaderState after(ReaderState state) {
      if (state.inLibrary()) {
        last = null;
        return state;
      }
      ReaderState.BriefingScreen reading = state.reading();
      // The same opening keeps its list to go back to; a new one makes another.
      if (last == null || last.from() != reading.from() || last.briefing() != reading.briefing()) {
        last = reading;
        log.opened(reading.briefing());
        onScreen.clear();
        recorded = null; // said at least once for each opening, even when nothing was seen
      }
      onScreen.addAll(PointsRead.onScreen(state));
      Set<String> seen = state.read().points().recorded(onScreen);
      if (seen.equals(recorded)) {
        return state;
      }
      recorded = seen;
      log.seen(reading.briefing(), seen);
      return state.withRead(state.read().withSeen(reading.briefing(), seen));
    }
  }

  private static String describe(Input input) {
    if (input instanceof Input.Key k) {
      return k.codePoint() == ' ' ? "space" : new String(Character.toChars(k.codePoint()));
    }
    if (input instanceof Input.Resize r) {
      return "resize:" + r.columns() + "x" + r.rows();
    }
    return input.toString().toLowerCase(java.util.Locale.ROOT);
  }
}
