package brief.terminal;

import brief.core.Briefing;
import brief.core.ThemeFilter;
import brief.tui.Effect;
import brief.tui.Glyphs;
import brief.tui.Input;
import brief.tui.Layout;
import brief.tui.ReaderState;
import brief.tui.Size;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.ansi.ANSITerminal;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * Runs the interactive reader on the process's terminal. Exactly one terminal is created, and it is
 * closed (modes restored, alternate screen left) in a finally; Lanterna's own shutdown hook
 * restores it on SIGTERM and SIGHUP. Ctrl-C and Ctrl-\ arrive as keys and quit cleanly, ending the
 * reader as interrupted (exit status 130).
 */
public final class Reader {
  private Reader() {}

  /**
   * How the reader draws: ASCII or Unicode, colour or monochrome, what it starts filtered by, how
   * wide its text column may grow, and whether the article's address is an OSC 8 hyperlink.
   */
  public record Settings(
      boolean ascii, boolean colour, ThemeFilter filter, int textWidth, boolean hyperlinks) {
    public Settings(boolean ascii, boolean colour, int textWidth) {
      this(ascii, colour, ThemeFilter.NONE, textWidth, false);
    }

    /** The same settings, the article's address a hyperlink or not. */
    public Settings withHyperlinks(boolean on) {
      return new Settings(ascii, colour, filter, textWidth, on);
    }

    /**
     * The text width an option gives (null when it is not given), else a variable (unset or empty:
     * the default): a whole number of columns, wide enough for a few words a line; else an
     * IllegalArgumentException that says what is wrong, in words that follow the setting's name.
     */
    public static int textWidth(String option, String variable) {
      if (option != null) {
        return textWidth(option);
      }
      return variable == null || variable.isEmpty()
          ? Layout.DEFAULT_TEXT_WIDTH
          : textWidth(variable);
    }

    private static int textWidth(String written) {
      String digits = written.strip();
      // ASCII digits only: Integer.parseInt also takes Arabic-Indic and other digits.
      int columns =
          digits.matches("[0-9]{1,4}") ? Integer.parseInt(digits) : Layout.MIN_TEXT_WIDTH - 1;
      if (columns < Layout.MIN_TEXT_WIDTH || columns > Layout.MAX_TEXT_WIDTH) {
        throw new IllegalArgumentException(
            "must be a number of columns from "
                + Layout.MIN_TEXT_WIDTH
                + " to "
                + Layout.MAX_TEXT_WIDTH
                + ", not '"
                + written
                + "'");
      }
      return columns;
    }
  }

  /**
   * The reader on this process's terminal; {@code problems} of the library are one key away in it.
   */
  public static Effect.Ending run(List<Briefing> library, List<String> problems, Settings settings)
      throws IOException, InterruptedException {
    return run(library, problems, java.util.Map.of(), Relist.NEVER, settings, ReadLog.NONE);
  }

  /**
   * The reader on this process's terminal, on a library whose shared ids are named with their files
   * ({@code duplicates}) and which {@code relist} reads again while it is open, marking what is
   * read in {@code log}.
   */
  public static Effect.Ending run(
      List<Briefing> library,
      List<String> problems,
      java.util.Map<String, List<String>> duplicates,
      Relist relist,
      Settings settings,
      ReadLog log)
      throws IOException, InterruptedException {
    // One write per refresh instead of one per character.
    Trace.Counting counted = new Trace.Counting(new FileOutputStream(FileDescriptor.out));
    OutputStream out = new BufferedOutputStream(counted, 1 << 16);
    BriefTerminal terminal =
        new BriefTerminal(
            new KeyboardInput(
                new FileInputStream(FileDescriptor.in),
                KeyboardInput.localeCharset(),
                KeyboardInput.escDelay(System.getenv("ESCDELAY"))),
            out,
            charset(settings),
            System.getenv("TERM"));
    try {
      BlockingQueue<Input> inputs = new LinkedBlockingQueue<>();
      JobControl.onStopSignal(() -> inputs.add(Input.Special.SUSPEND));
      java.util.concurrent.ScheduledExecutorService watch = Relist.watch(relist, inputs);
      try {
        return loop(
            terminal,
            counted,
            new Shelf(library, problems, duplicates),
            settings,
            inputs,
            suspension(terminal, out),
            log);
      } finally {
        watch.shutdownNow();
      }
    } finally {
      terminal.close();
    }
  }

  /** What the reader opens on: the briefings, the library's problems, its shared ids' files. */
  record Shelf(
      List<Briefing> briefings,
      List<String> problems,
      java.util.Map<String, List<String>> duplicates) {}

  static Charset charset(Settings settings) {
    return settings.ascii() ? StandardCharsets.US_ASCII : StandardCharsets.UTF_8;
  }

  /**
   * The reader on a terminal already made, until it quits: the same loop for the process's own
   * terminal and for an SSH channel. Other threads may add inputs to {@code inputs} (a stop).
   */
  static Effect.Ending loop(
      ANSITerminal terminal,
      Trace.Counting counted,
      List<Briefing> library,
      List<String> problems,
      Settings settings,
      BlockingQueue<Input> inputs,
      ReadLog log)
      throws IOException, InterruptedException {
    return loop(
        terminal,
        counted,
        new Shelf(library, problems, java.util.Map.of()),
        settings,
        inputs,
        screen -> ReaderLoop.Suspension.NONE,
        log);
  }

  /**
   * Makes what Ctrl-Z does on a screen: nothing over SSH; on this process's terminal, a job stop.
   */
  interface Suspensions {
    ReaderLoop.Suspension on(TerminalScreen screen);
  }

  /**
   * Ctrl-Z on this process's terminal: the alternate screen left, the cursor shown and the shell's
   * terminal settings put back before the job stops; all taken again after fg.
   */
  private static Suspensions suspension(BriefTerminal terminal, OutputStream out) {
    return screen ->
        () -> {
          screen.stopScreen();
          terminal.handBack();
          out.flush();
          JobControl.stopJob();
          terminal.takeAgain();
          screen.startScreen();
          screen.setCursorPosition(null);
        };
  }

  /** The reader until it quits; says how it ended. */
  static Effect.Ending loop(
      ANSITerminal terminal,
      Trace.Counting counted,
      Shelf shelf,
      Settings settings,
      BlockingQueue<Input> inputs,
      Suspensions suspensions,
      ReadLog log)
      throws IOException, InterruptedException {
    // Lanterna's own wait for the rest of an escape sequence stays off: KeyboardInput waits, as
    // long as ESCDELAY says and only while a sequence is unfinished.
    BriefScreen screen = new BriefScreen(terminal);
    screen.startScreen();
    try {
      screen.setCursorPosition(null);
      terminal.addResizeListener(
          (t, size) -> inputs.offer(new Input.Resize(size.getColumns(), size.getRows())));
      startKeyThread(terminal, inputs);
      TerminalSize size = screen.getTerminalSize();
      ReaderState start =
          ReaderState.start(
                  shelf.briefings(),
                  shelf.problems(),
                  shelf.duplicates(),
                  new Size(size.getColumns(), size.getRows()),
                  settings.ascii() ? Glyphs.ASCII : Glyphs.UNICODE,
                  log.marks(shelf.briefings()))
              .startingFiltered(settings.filter())
              .withTextWidth(settings.textWidth());
      Painter painter =
          new Painter(
              screen, settings.colour() ? Palette.colour() : Palette.mono(), settings.hyperlinks());
      try (Trace trace = Trace.open(counted)) {
        return ReaderLoop.run(start, inputs, painter, trace, suspensions.on(screen), log);
      }
    } finally {
      screen.stopScreen();
    }
  }

  /**
   * Paints the reader through a few keys on Lanterna's virtual terminal, so that a class-data
   * archive trained by this run holds the reader's classes too.
   */
  public static void warmUp(List<Briefing> library) throws IOException {
    if (library.isEmpty()) {
      return;
    }
    DefaultVirtualTerminal virtual = new DefaultVirtualTerminal(new TerminalSize(120, 40));
    BriefScreen screen = new BriefScreen(virtual);
    screen.startScreen();
    try {
      Painter painter = new Painter(screen, Palette.colour());
      ReaderState state =
          ReaderState.start(List.of(library.get(0)), new Size(120, 40), Glyphs.UNICODE);
      KeyMap keys = new KeyMap();
      for (char c : "jjl j /en".toCharArray()) {
        for (Input input : keys.map(new KeyStroke(c, false, false))) {
          state = brief.tui.Update.apply(state, input);
        }
        painter.paint(brief.tui.View.of(state), false);
      }
    } finally {
      screen.stopScreen();
    }
  }

  private static void startKeyThread(ANSITerminal terminal, BlockingQueue<Input> inputs) {
    KeyMap keys = new KeyMap();
    Thread thread =
        new Thread(
            () -> {
              try {
                while (true) {
                  KeyStroke key = terminal.readInput();
                  for (Input input : keys.map(key)) {
                    inputs.put(input); // waits while a bounded queue is full
                  }
                  if (key.getKeyType() == KeyType.EOF) {
                    return;
                  }
                }
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              } catch (IOException | RuntimeException e) {
                inputs.offer(Input.Special.INTERRUPT);
              }
            },
            "brief-keys");
    thread.setDaemon(true);
    thread.start();
  }
}
