package brief.terminal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;

/**
 * Encodes text for the wire as whole code points. Control characters are dropped here as a last
 * line of defence: the view never produces them, and nothing from a briefing may reach the terminal
 * as a raw control.
 */
final class CodePoints {
  private CodePoints() {}

  static byte[] encode(String s, Charset charset) {
    boolean plain = true;
    for (int i = 0; i < s.length() && plain; i++) {
      char c = s.charAt(i);
      plain = c >= 0x20 && c < 0x7f;
    }
    if (plain) {
      return s.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(s.length() * 3);
    s.codePoints()
        .filter(cp -> !(cp < 0x20 || (cp >= 0x7f && cp <= 0x9f)))
        .forEach(
            cp -> {
              byte[] b = new String(Character.toChars(cp)).getBytes(charset);
              out.write(b, 0, b.length);
            });
    return out.toByteArray();
  }
}
