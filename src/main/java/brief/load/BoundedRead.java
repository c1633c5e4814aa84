package brief.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Reads a file within a time limit. A file checked to be a regular file can be swapped for a FIFO
 * before it is opened, and opening a FIFO blocks until someone writes to it: one such file would
 * stall a whole library for good. The read runs on a helper thread; when it takes longer than the
 * limit the file is reported and the helper is left behind (a daemon thread, which does not keep
 * the JVM alive).
 */
final class BoundedRead {
  static final long LIMIT_MS = 2000;

  private static final ExecutorService READERS =
      Executors.newCachedThreadPool(
          r -> {
            Thread t = new Thread(r, "brief-read");
            t.setDaemon(true);
            return t;
          });

  private BoundedRead() {}

  /**
   * At most {@code maxBytes + 1} bytes of the file (one more than allowed shows it is too large).
   */
  static byte[] read(Path file, long maxBytes) throws IOException {
    Future<byte[]> bytes =
        READERS.submit(
            () -> {
              try (InputStream in = Files.newInputStream(file)) {
                return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
              }
            });
    try {
      return bytes.get(LIMIT_MS, TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      bytes.cancel(true);
      throw new IOException(
          "nothing could be read within " + LIMIT_MS / 1000 + " s (is it a pipe or a device?)");
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      throw new IOException(String.valueOf(e.getCause()), e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted");
    }
  }
}
