package brief.cli;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Standard output that remembers its first write failure and then drops the rest, so that a full
 * disk is reported (never a silent success) and a closed pipe ends the run quietly.
 */
final class GuardedOutput extends OutputStream {
  private final OutputStream target;
  private IOException failure;

  GuardedOutput(OutputStream target) {
    this.target = target;
  }

  @Override
  public void write(int b) {
    write(new byte[] {(byte) b}, 0, 1);
  }

  @Override
  public void write(byte[] b, int off, int len) {
    if (failure != null) {
      return;
    }
    try {
      target.write(b, off, len);
    } catch (IOException e) {
      failure = e;
    }
  }

  @Override
  public void flush() {
    if (failure == null) {
      try {
        target.flush();
      } catch (IOException e) {
        failure = e;
      }
    }
  }

  String failure() {
    if (failure == null) {
      return null;
    }
    String m = failure.getMessage();
    return m == null ? failure.getClass().getSimpleName() : m;
  }

  boolean brokenPipe() {
    String m = failure();
    return m != null && m.toLowerCase(java.util.Locale.ROOT).contains("broken pipe");
  }
}
