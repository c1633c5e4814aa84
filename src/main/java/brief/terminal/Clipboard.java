package brief.terminal;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Text for the terminal's clipboard through OSC 52 ({@code ESC ] 52 ; c ; base64 BEL}), which
 * xterm, kitty, WezTerm, foot, iTerm2, Windows Terminal, and tmux with {@code set-clipboard on}
 * take. It travels in the output, so it reaches the reader's own machine over SSH. A terminal
 * without it ignores the sequence; the text never appears on the screen, being base64.
 */
final class Clipboard {
  private Clipboard() {}

  /**
   * The most base64 sent: hterm (Chrome's SSH terminal) refuses a sequence over 100,000 bytes, and
   * other terminals less short ones than that; the reader's texts stay well below it.
   */
  static final int MOST = 74_000;

  static byte[] sequence(String text) {
    byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
    String payload = Base64.getEncoder().encodeToString(utf8);
    if (payload.length() > MOST) {
      throw new IllegalArgumentException("too long for the clipboard: " + utf8.length + " bytes");
    }
    return ("\u001b]52;c;" + payload + "\u0007").getBytes(StandardCharsets.US_ASCII);
  }
}
