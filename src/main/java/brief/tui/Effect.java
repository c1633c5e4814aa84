package brief.tui;

/**
 * What a key asks of the world beyond the screen. {@link Update} only names it; the loop that
 * paints does it, so that the update stays a pure function a test can call.
 */
public sealed interface Effect {
  /** How the reader ended: {@code q}, or Ctrl-C (an interrupted command, exit status 130). */
  enum Ending {
    QUIT,
    INTERRUPT
  }

  /** The reader ends. */
  record End(Ending ending) implements Effect {}

  /** Every cell painted afresh, whatever the terminal is thought to show: Ctrl-L, a resize. */
  record Repaint() implements Effect {}

  /** The terminal handed back to the shell (Ctrl-Z) until the reader is resumed. */
  record Suspend() implements Effect {}

  /** Text put on the terminal's clipboard. */
  record Copy(String text) implements Effect {}

  Effect QUIT = new End(Ending.QUIT);
  Effect INTERRUPT = new End(Ending.INTERRUPT);
  Effect REPAINT = new Repaint();
  Effect SUSPEND = new Suspend();
}
