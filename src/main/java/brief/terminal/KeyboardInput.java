package brief.terminal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Keyboard bytes made valid UTF-8, whatever the locale says: an SSH client sends UTF-8 to a server
 * whose {@code LANG} is unset or {@code C}, and decoding that as ASCII would drop every letter
 * outside ASCII ({@code Şuşa} would arrive as {@code ua}). A sequence that is not valid UTF-8 is
 * decoded with the locale's charset instead (a Latin-1 terminal, say) and passed on as UTF-8; what
 * cannot be decoded at all becomes U+FFFD, shown, never dropped silently.
 */
final class KeyboardInput extends InputStream {
  private final InputStream in;
  private final Charset fallback;
  private byte[] pending = new byte[0];
  private int next;

  KeyboardInput(InputStream in, Charset fallback) {
    this.in = in;
    this.fallback = fallback;
  }

  /** The locale's charset, as the JVM found it from the environment. */
  static Charset localeCharset() {
    try {
      return Charset.forName(
          System.getProperty("sun.jnu.encoding", Charset.defaultCharset().name()));
    } catch (RuntimeException e) {
      return Charset.defaultCharset();
    }
  }

  @Override
  public int read() throws IOException {
    if (next == pending.length && !fill()) {
      return -1;
    }
    return pending[next++] & 0xff;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    if (next == pending.length && !fill()) {
      return -1;
    }
    int n = Math.min(len, pending.length - next);
    System.arraycopy(pending, next, b, off, n);
    next += n;
    return n;
  }

  @Override
  public int available() throws IOException {
    return pending.length - next;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }

  /** Reads one character's bytes (blocking for the first only as long as the rest is there). */
  private boolean fill() throws IOException {
    int first = in.read();
    if (first < 0) {
      return false;
    }
    int length =
        first < 0x80
            ? 1
            : first >= 0xc2 && first <= 0xdf
                ? 2
                : first >= 0xe0 && first <= 0xef ? 3 : first >= 0xf0 && first <= 0xf4 ? 4 : 0;
    byte[] bytes = new byte[Math.max(1, length)];
    bytes[0] = (byte) first;
    int have = 1;
    // The rest of a UTF-8 sequence arrives with its first byte; a byte that does not continue it is
    // kept.
    while (have < length) {
      int b = in.read();
      if (b < 0) {
        break;
      }
      bytes[have++] = (byte) b;
      if ((b & 0xc0) != 0x80) {
        break;
      }
    }
    byte[] read = java.util.Arrays.copyOf(bytes, have);
    pending = valid(read) ? read : fallback(read);
    next = 0;
    return true;
  }

  private static boolean valid(byte[] bytes) {
    try {
      StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (java.nio.charset.CharacterCodingException e) {
      return false;
    }
  }

  private byte[] fallback(byte[] bytes) {
    return new String(bytes, fallback).getBytes(StandardCharsets.UTF_8);
  }
}
