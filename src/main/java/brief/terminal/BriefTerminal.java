package brief.terminal;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.terminal.ansi.UnixTerminal;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;

/**
 * Lanterna's Unix terminal, mended where it fails a reader over SSH:
 *
 * <ul>
 *   <li>characters are written as whole code points: Lanterna 3.1.5 encodes one Java char at a
 *       time, sending a NUL byte after every non-ASCII character and {@code ??} for emoji;
 *   <li>the size comes from {@code stty size}, not from a cursor-position report, which costs a
 *       network round trip and races with the thread that reads keys;
 *   <li>raw mode is entered with one {@code stty} call instead of three (each is a process);
 *   <li>a band of rows is scrolled with the attributes reset first (see {@link ScrollingTerminal}),
 *       and only where TERM names a terminal known to keep a scroll region.
 * </ul>
 */
final class BriefTerminal extends UnixTerminal implements ScrollingTerminal, RawTerminal {
  private final CodePointWriter writer;
  private final boolean scrolls;
  private final boolean erases;

  /**
   * Keys are always decoded as UTF-8 ({@code in} is made valid UTF-8 by {@link KeyboardInput});
   * {@code charset} is what is written: ASCII under {@code --ascii} or a non-UTF-8 locale.
   */
  BriefTerminal(InputStream in, OutputStream out, Charset charset, String term) throws IOException {
    super(in, out, java.nio.charset.StandardCharsets.UTF_8, CtrlCBehaviour.TRAP);
    this.writer = new CodePointWriter(charset);
    this.scrolls = ScrollingTerminal.scrolls(term);
    this.erases = RawTerminal.erases(term);
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

  @Override
  public void putString(String string) throws IOException {
    writeToTerminal(writer.string(string));
  }

  @Override
  public void putCharacter(char c) throws IOException {
    writeToTerminal(writer.character(c));
  }

  // Lanterna acquires the terminal with canonicalMode(false), keyEchoEnabled(false) and
  // keyStrokeSignalsEnabled(false), one stty process each; the first does all three. Turning
  // modes back on (the restore) goes through Lanterna unchanged. These run from the
  // superclass constructor, so they use no field of this class.
  @Override
  protected void canonicalMode(boolean enabled) throws IOException {
    if (enabled) {
      super.canonicalMode(true);
    } else {
      // Ctrl-Z arrives as a key, so the reader can put the terminal back before it stops; Ctrl-\
      // too, so that no SIGQUIT makes the JVM print a thread dump over the screen.
      runSTTYCommand(
          "-icanon", "min", "1", "-echo", "intr", "undef", "susp", "undef", "quit", "undef");
    }
  }

  @Override
  protected void keyEchoEnabled(boolean enabled) throws IOException {
    if (enabled) {
      super.keyEchoEnabled(true);
    }
  }

  @Override
  protected void keyStrokeSignalsEnabled(boolean enabled) throws IOException {
    if (enabled) {
      super.keyStrokeSignalsEnabled(true);
    }
  }

  /** The terminal's settings as the shell had them, for a suspend; {@link #takeAgain} undoes it. */
  void handBack() throws IOException {
    restoreTerminalSettings();
  }

  /** The reader's own settings again, after a suspend. */
  void takeAgain() throws IOException {
    canonicalMode(false);
  }

  @Override
  protected TerminalSize findTerminalSize() throws IOException {
    try {
      String[] rowsColumns = runSTTYCommand("size").trim().split("\\s+");
      int rows = Integer.parseInt(rowsColumns[0]);
      int columns = Integer.parseInt(rowsColumns[1]);
      if (rows > 0 && columns > 0) {
        return new TerminalSize(columns, rows);
      }
    } catch (IOException | RuntimeException e) {
      // fall back to asking the terminal itself
    }
    return super.findTerminalSize();
  }
}
