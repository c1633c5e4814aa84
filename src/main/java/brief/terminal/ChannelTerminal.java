package brief.terminal;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.terminal.ansi.ANSITerminal;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;

/**
 * A terminal at the other end of a pair of streams (an SSH channel), as Lanterna's own
 * TelnetTerminal is over a socket: there is no local tty to ask, so the size is the one the client
 * announced, and changes as its window-change messages arrive. Characters are written as whole code
 * points, and rows scrolled as on the process's own terminal, by the TERM the client announced.
 */
final class ChannelTerminal extends ANSITerminal implements ScrollingTerminal, RawTerminal {
  private final CodePointWriter writer;
  private final boolean scrolls;
  private final boolean erases;
  private volatile TerminalSize size;

  ChannelTerminal(
      InputStream in, OutputStream out, Charset charset, TerminalSize size, String term) {
    super(
        new KeyboardInput(
            new CarriageReturns(in),
            java.nio.charset.StandardCharsets.UTF_8,
            KeyboardInput.DEFAULT_ESC_DELAY),
        out,
        charset);
    this.writer = new CodePointWriter(charset);
    this.scrolls = ScrollingTerminal.scrolls(term);
    this.erases = RawTerminal.erases(term);
    this.size = size;
  }

  @Override
  public boolean scrolls() {
    return scrolls;
  }

  @Override
  public void scrollLines(int firstLine, int lastLine, int distance) throws IOException {
    writeToTerminal(ScrollingTerminal.sequence(scrolls, firstLine, lastLine, distance));
  }

  @Override
  public void send(byte[] bytes) throws IOException {
    writeToTerminal(bytes);
    flush();
  }

  @Override
  public byte[] encode(String text) {
    return writer.string(text);
  }

  @Override
  public boolean erases() {
    return erases;
  }

  /** The client's window changed: tells the screen, which repaints at the new size. */
  void resize(TerminalSize newSize) {
    size = newSize;
    onResized(newSize);
  }

  /**
   * Enter arrives as CR: a client's terminal in raw mode sends it as typed, and no tty on this side
   * turns it into NL (ICRNL) as the kernel does for {@code brief read}. Lanterna reads NL as Enter.
   */
  static final class CarriageReturns extends FilterInputStream {
    CarriageReturns(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = in.read();
      return b == '\r' ? '\n' : b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = in.read(buffer, offset, length);
      for (int i = offset; i < offset + n; i++) {
        if (buffer[i] == '\r') {
          buffer[i] = '\n';
        }
      }
      return n;
    }
  }

  @Override
  protected TerminalSize findTerminalSize() {
    return size;
  }

  @Override
  public void putString(String string) throws IOException {
    writeToTerminal(writer.string(string));
  }

  @Override
  public void putCharacter(char c) throws IOException {
    writeToTerminal(writer.character(c));
  }
}
