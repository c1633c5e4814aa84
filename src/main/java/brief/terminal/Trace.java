package brief.terminal;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An opt-in record of what each paint cost, for the benchmarks: with the system property {@code
 * brief.trace=FILE}, one line per paint: the inputs applied, the bytes written to the terminal, and
 * the microseconds from taking the first input to the end of the refresh.
 */
final class Trace implements AutoCloseable {
  private final PrintWriter out;
  private final Counting counter;

  private Trace(PrintWriter out, Counting counter) {
    this.out = out;
    this.counter = counter;
  }

  /** Wraps the terminal's output to count its bytes when tracing is on; else a no-op trace. */
  static Trace open(Counting counter) throws IOException {
    String file = System.getProperty("brief.trace", "");
    if (file.isEmpty()) {
      return new Trace(null, counter);
    }
    return new Trace(
        new PrintWriter(
            Files.newBufferedWriter(
                Path.of(file),
                StandardCharsets.UTF_8,
                StandardOpenOption.CREATE,
                StandardOpenOption.APPEND)),
        counter);
  }

  long bytes() {
    return counter.count;
  }

  void paint(String inputs, long bytesBefore, long startNanos) {
    if (out != null) {
      out.printf(
          "%s\t%d\t%d%n",
          inputs, counter.count - bytesBefore, (System.nanoTime() - startNanos) / 1000);
      out.flush();
    }
  }

  /** The first paint, with the milliseconds since the JVM started and the heap then in use. */
  void firstPaint(long bytesBefore, long startNanos) {
    if (out != null) {
      // The JVM's own clock: ProcessHandle's start instant is only as precise as the boot
      // time, a whole second.
      long sinceStart = java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime();
      Runtime rt = Runtime.getRuntime();
      System.gc();
      out.printf(
          "first-paint\t%d\t%d\tsince-start-ms=%d\theap-used-bytes=%d%n",
          counter.count - bytesBefore,
          (System.nanoTime() - startNanos) / 1000,
          sinceStart,
          rt.totalMemory() - rt.freeMemory());
      out.flush();
    }
  }

  @Override
  public void close() {
    if (out != null) {
      out.close();
    }
  }

  /** Counts what goes to the terminal. */
  static final class Counting extends FilterOutputStream {
    private volatile long count;

    Counting(OutputStream out) {
      super(out);
    }

    long count() {
      return count;
    }

    @Override
    public void write(int b) throws IOException {
      out.write(b);
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
      count += len;
    }
  }
}
