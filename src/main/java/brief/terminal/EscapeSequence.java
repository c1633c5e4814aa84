package brief.terminal;

/**
 * Where the keyboard's bytes stand within an escape sequence: after Esc, after a CSI ({@code Esc
 * [}) before its final byte, or after an SS3 ({@code Esc O}) before its one key byte.
 */
final class EscapeSequence {
  private static final int ESC = 0x1b;
  // A CSI key sequence is a few bytes; a longer one is not a key, so stop waiting for its end.
  private static final int LONGEST_CSI = 16;

  private enum State {
    NONE,
    ESC,
    CSI,
    SS3
  }

  private State state = State.NONE;
  private int length;

  /** The first byte of the next character read. */
  void add(int b) {
    if (b == ESC) {
      state = State.ESC;
      length = 1;
      return;
    }
    length++;
    state =
        switch (state) {
          case ESC -> b == '[' ? State.CSI : b == 'O' ? State.SS3 : State.NONE;
          case CSI -> b >= 0x40 && b <= 0x7e || length > LONGEST_CSI ? State.NONE : State.CSI;
          case SS3, NONE -> State.NONE;
        };
  }

  /** The sequence ends here: its rest did not come in time. */
  void end() {
    state = State.NONE;
  }

  /** Whether more bytes are needed to end the sequence. */
  boolean unfinished() {
    return state != State.NONE;
  }
}
