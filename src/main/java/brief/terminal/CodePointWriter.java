package brief.terminal;

import java.nio.charset.Charset;

/**
 * Lanterna 3.1.5 writes one Java {@code char} at a time: a NUL byte after every non-ASCII character
 * and {@code ??} for a character outside the BMP. Both of brief's terminals (the process's own and
 * an SSH channel) write through this instead: whole code points, the first half of a surrogate pair
 * kept until the second arrives.
 */
final class CodePointWriter {
  private final Charset charset;
  private char pendingHighSurrogate;

  CodePointWriter(Charset charset) {
    this.charset = charset;
  }

  byte[] string(String s) {
    return CodePoints.encode(s, charset);
  }

  /** The bytes for one char; none while it is the first half of a surrogate pair. */
  byte[] character(char c) {
    if (Character.isHighSurrogate(c)) {
      pendingHighSurrogate = c;
      return new byte[0];
    }
    String s =
        Character.isLowSurrogate(c) && pendingHighSurrogate != 0
            ? new String(new char[] {pendingHighSurrogate, c})
            : String.valueOf(c);
    pendingHighSurrogate = 0;
    return string(s);
  }
}
