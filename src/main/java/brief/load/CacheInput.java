package brief.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Reads the library cache's layout (big-endian, as {@link java.io.DataOutputStream} writes it)
 * straight from the file's bytes: strings are decoded in place, nothing is copied first. A
 * library of 2,000 briefings is 16 MB of cache, and every copy of it is garbage to collect.
 */
final class CacheInput {
  private final byte[] data;
  private final int end;
  private int at;

  CacheInput(byte[] data) {
    this(data, 0, data.length);
  }

  private CacheInput(byte[] data, int from, int end) {
    this.data = data;
    this.at = from;
    this.end = end;
  }

  private int take(int n) throws IOException {
    if (n < 0 || n > end - at) {
      throw new IOException("corrupt cache: " + n + " bytes wanted, " + (end - at) + " left");
    }
    int from = at;
    at += n;
    return from;
  }

  byte readByte() throws IOException {
    return data[take(1)];
  }

  boolean readBoolean() throws IOException {
    return readByte() != 0;
  }

  int readInt() throws IOException {
    int i = take(4);
    return (data[i] & 0xff) << 24 | (data[i + 1] & 0xff) << 16 | (data[i + 2] & 0xff) << 8 | data[i + 3] & 0xff;
  }

  long readLong() throws IOException {
    return (long) readInt() << 32 | readInt() & 0xffffffffL;
  }

  /** A UTF-8 string written as its length in bytes, then the bytes. */
  String readText() throws IOException {
    int n = readInt();
    return new String(data, take(n), n, StandardCharsets.UTF_8);
  }

  /** The next {@code n} bytes as an input of their own; this one moves past them. */
  CacheInput slice(int n) throws IOException {
    int from = take(n);
    return new CacheInput(data, from, from + n);
  }
}
