package brief.terminal;

import brief.tui.Input;
import brief.tui.ReaderState;
import brief.tui.Update;
import brief.tui.View;
import java.io.IOException;
import java.util.concurrent.BlockingQueue;

/**
 * The loop: take an input, update, view, paint. Inputs that arrived meanwhile (keys typed
 * ahead on a slow link, a burst of resizes) are all applied before one paint. Blocks while
 * idle: no polling, no CPU.
 */
final class ReaderLoop {
  private ReaderLoop() {}

  static ReaderState run(ReaderState start, BlockingQueue<Input> inputs, Painter painter) throws IOException, InterruptedException {
    ReaderState state = start;
    painter.paint(View.of(state), true);
    while (true) {
      state = Update.apply(state, inputs.take());
      for (Input more = inputs.poll(); more != null && !state.quit(); more = inputs.poll()) {
        state = Update.apply(state, more);
      }
      if (state.quit()) {
        return state;
      }
      boolean full = state.repaint();
      state = state.withRepaint(false);
      painter.paint(View.of(state), full);
    }
  }
}
