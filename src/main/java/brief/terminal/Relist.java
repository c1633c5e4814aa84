package brief.terminal;

import brief.tui.Input;
import java.util.concurrent.BlockingQueue;

/**
 * The library read again: null when its files did not change. Called every {@link #SECONDS} seconds
 * on a thread of its own while the reader is open.
 */
@FunctionalInterface
public interface Relist {
  Input.LibraryChanged changed() throws Exception;

  Relist NEVER = () -> null;

  /** How often an open library is read again: as often as {@code brief serve} reads its own. */
  int SECONDS = 2;

  /** Reads the library again every few seconds; a change reaches the loop as an input. */
  static java.util.concurrent.ScheduledExecutorService watch(
      Relist relist, BlockingQueue<Input> inputs) {
    java.util.concurrent.ScheduledExecutorService watch =
        java.util.concurrent.Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "brief-library-watch");
              t.setDaemon(true);
              return t;
            });
    if (relist != Relist.NEVER) {
      watch.scheduleWithFixedDelay(
          () -> {
            try {
              Input.LibraryChanged changed = relist.changed();
              if (changed != null) {
                inputs.offer(changed);
              }
            } catch (Exception | Error e) {
              // A library that cannot be read now is read again at the next look; the one shown
              // stays. (Never thrown on: one exception would end the schedule.)
            }
          },
          SECONDS,
          SECONDS,
          java.util.concurrent.TimeUnit.SECONDS);
    }
    return watch;
  }
}
