package brief.terminal;

import brief.core.Briefing;
import brief.tui.Input;
import com.googlecode.lanterna.TerminalSize;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * The reader on a terminal at the far end of a pair of streams (an SSH channel with a pty): the
 * same loop, key map and painter as {@code brief read}. The size and the terminal's name (TERM) are
 * the ones the client announced; {@link #resize} and {@link #stop} may be called from any thread.
 */
public final class RemoteReader {
  static final int INPUTS_QUEUED = 1024;

  private final ChannelTerminal terminal;
  private final Trace.Counting counted;
  private final Reader.Settings settings;

  /**
   * Bounded: a client typing faster than the reader paints waits (the SSH window fills), instead of
   * queueing megabytes of keys that would keep a core busy after it left.
   */
  private final BlockingQueue<Input> inputs = new LinkedBlockingQueue<>(INPUTS_QUEUED);

  public RemoteReader(
      InputStream in,
      OutputStream out,
      int columns,
      int rows,
      String term,
      Reader.Settings settings) {
    this.counted = new Trace.Counting(out);
    this.settings = settings;
    // One write (one SSH packet) per refresh instead of one per character.
    this.terminal =
        new ChannelTerminal(
            in,
            new BufferedOutputStream(counted, 1 << 16),
            Reader.charset(settings),
            size(columns, rows),
            term);
  }

  /** The client's window changed size. */
  public void resize(int columns, int rows) {
    terminal.resize(size(columns, rows));
  }

  /** Ends the reader as Ctrl-C would: the screen is left and the loop returns. */
  public void stop() {
    inputs.clear(); // the keys not yet read are of no use now, and the queue may be full
    inputs.offer(Input.Special.INTERRUPT);
  }

  /** Bytes written to the client so far. */
  public long bytesWritten() {
    return counted.count();
  }

  /**
   * Runs the reader until the person quits, the client goes away, or {@link #stop} is called. The
   * library's broken files are not shown: their paths are the server's business (its log has them).
   */
  public void run(List<Briefing> library) throws IOException, InterruptedException {
    run(library, ReadLog.NONE);
  }

  /** As above, marking what is read in {@code log} (the connected key's own read state). */
  public void run(List<Briefing> library, ReadLog log) throws IOException, InterruptedException {
    Reader.loop(terminal, counted, library, List.of(), settings, inputs, log);
    terminal.flush();
  }

  private static TerminalSize size(int columns, int rows) {
    // A client may announce 0x0 (no size known): a classic terminal's size then.
    return new TerminalSize(columns > 0 ? columns : 80, rows > 0 ? rows : 24);
  }
}
