package brief.terminal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.locks.LockSupport;

/**
 * Keyboard bytes made valid UTF-8, whatever the locale says: an SSH client sends UTF-8 to a server
 * whose {@code LANG} is unset or {@code C}, and decoding that as ASCII would drop every letter
 * outside ASCII ({@code Şuşa} would arrive as {@code ua}). A sequence that is not valid UTF-8 is
 * decoded with the locale's charset instead (a Latin-1 terminal, say) and passed on as UTF-8; what
 * cannot be decoded at all becomes U+FFFD, shown, never dropped silently.
 *
 * <p>It also decides how long Esc waits. Lanterna asks whether more input is ready before it
 * settles on a lone Esc, and can only wait in quarter seconds; here the answer waits up to {@code
 * escDelay} for the rest of an escape sequence, and only while one is unfinished, so keys that
 * arrive whole never wait.
 */
final class KeyboardInput extends InputStream {
  /** As vim's {@code ttimeoutlen}: long enough for a sequence split across packets. */
  static final Duration DEFAULT_ESC_DELAY = Duration.ofMillis(100);

  // A longer wait is surely a mistake (ESCDELAY=100000 would make Esc answer in 100 s).
  static final long LONGEST_ESC_DELAY_MILLIS = 1000;

  private static final long POLL_NANOS = 2_000_000;

  private final InputStream in;
  private final Charset fallback;
  private final long escDelayNanos;
  private final EscapeSequence sequence = new EscapeSequence();
  private byte[] pending = new byte[0];
  private int next;

  KeyboardInput(InputStream in, Charset fallback, Duration escDelay) {
    this.in = in;
    this.fallback = fallback;
    this.escDelayNanos = escDelay.toNanos();
  }

  /**
   * The wait for the rest of an escape sequence: {@code ESCDELAY} in milliseconds, as ncurses reads
   * it; the default when it is unset or not a number.
   */
  static Duration escDelay(String escDelay) {
    if (escDelay != null) {
      try {
        long millis = Long.parseLong(escDelay.trim());
        if (millis >= 0) {
          return Duration.ofMillis(Math.min(millis, LONGEST_ESC_DELAY_MILLIS));
        }
      } catch (NumberFormatException e) {
        // ncurses ignores a value it cannot read; so does the reader
      }
    }
    return DEFAULT_ESC_DELAY;
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

  /**
   * What can be read without blocking. With nothing buffered in the middle of an escape sequence,
   * waits up to the Esc delay for the rest to come, once per character read.
   */
  @Override
  public int available() throws IOException {
    if (next < pending.length) {
      return pending.length - next;
    }
    int ready = in.available();
    if (ready > 0 || !sequence.unfinished()) {
      return ready;
    }
    long deadline = System.nanoTime() + escDelayNanos;
    // A tty cannot be read with a timeout from Java: poll it, every 2 ms, for at most the delay.
    while (ready == 0 && System.nanoTime() < deadline) {
      LockSupport.parkNanos(POLL_NANOS);
      ready = in.available();
    }
    if (ready == 0) {
      // Nothing came: what was read is a key on its own (Esc), so no second wait for it, and the
      // next byte starts afresh.
      sequence.end();
    }
    return ready;
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
    sequence.add(first);
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
