package brief.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32C;

/**
 * Reads the library cache's layout (big-endian, as {@link java.io.DataOutputStream} writes it)
 * straight from the file's bytes: strings are decoded in place, nothing is copied first. A library
 * of 2,000 briefings is 16 MB of cache, and every copy of it is garbage to collect.
 */
final class CacheInput {
  private final byte[] data;
  private final int from;
  private final int end;
  private int at;

  CacheInput(byte[] data) {
    this(data, 0, data.length);
  }

  private CacheInput(byte[] data, int from, int end) {
    this.data = data;
    this.from = from;
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
    return (data[i] & 0xff) << 24
        | (data[i + 1] & 0xff) << 16
        | (data[i + 2] & 0xff) << 8
        | data[i + 3] & 0xff;
  }

  long readLong() throws IOException {
    return (long) readInt() << 32 | readInt() & 0xffffffffL;
  }

  /** A UTF-8 string written as its length in bytes, then the bytes. */
  String readText() throws IOException {
    int n = readInt();
    return new String(data, take(n), n, StandardCharsets.UTF_8);
  }

  /** CRC-32C of the bytes read so far (of this input, or of this slice). */
  int checksumSoFar() {
    CRC32C crc = new CRC32C();
    crc.update(data, from, at - from);
    return (int) crc.getValue();
  }

  /** CRC-32C of all the bytes of this input (or slice), read or not. */
  int checksum() {
    CRC32C crc = new CRC32C();
    crc.update(data, from, end - from);
    return (int) crc.getValue();
  }

  int remaining() {
    return end - at;
  }

  /** Whether every byte has been read. */
  boolean atEnd() {
    return at == end;
  }

  /** The next {@code n} bytes as an input of their own; this one moves past them. */
  CacheInput slice(int n) throws IOException {
    int from = take(n);
    return new CacheInput(data, from, from + n);
  }
}
