package brief.cli;

import brief.core.TerminalEnvironment;
import java.util.Map;

/**
 * What brief knows of the world it runs in, read once at start-up: whether standard output is a
 * terminal and how wide it is, whether the locale's charset is UTF-8, and the variables that change
 * behaviour. Tests build their own.
 *
 * <p>The launcher ({@code bin/brief}) tells whether standard output is a terminal and its width
 * ({@code BRIEF_STDOUT_TTY}, {@code BRIEF_COLUMNS}); Java alone can only ask whether both standard
 * input and output are.
 */
record Env(
    Map<String, String> vars,
    boolean stdoutTerminal,
    boolean interactive,
    int columns,
    boolean controllingTerminal) {

  Env(Map<String, String> vars, boolean stdoutTerminal, boolean interactive, int columns) {
    this(vars, stdoutTerminal, interactive, columns, interactive);
  }

  static Env system() {
    Map<String, String> vars = System.getenv();
    boolean console = System.console() != null;
    String tty = vars.getOrDefault("BRIEF_STDOUT_TTY", "");
    boolean stdoutTerminal = tty.isEmpty() ? console : tty.equals("1");
    int columns =
        parseColumns(vars.getOrDefault("BRIEF_COLUMNS", vars.getOrDefault("COLUMNS", "")));
    // /dev/tty is tried only where the answer is read (sshWithoutTerminal), not on every run.
    boolean ssh = !vars.getOrDefault("SSH_CONNECTION", "").isEmpty();
    return new Env(vars, stdoutTerminal, console, columns, console || ssh && opensTty());
  }

  /** An environment for tests and pipes: no terminal, UTF-8. */
  static Env pipe(Map<String, String> vars) {
    return new Env(vars, false, false, parseColumns(vars.getOrDefault("COLUMNS", "")), false);
  }

  /** Whether this process has a terminal at all, if not on standard input and output. */
  private static boolean opensTty() {
    try (java.io.FileInputStream tty = new java.io.FileInputStream("/dev/tty")) {
      return true;
    } catch (java.io.IOException | SecurityException e) {
      return false;
    }
  }

  /**
   * Run by ssh with no terminal at all, so the fix is ssh's {@code -t}, not a redirection: ssh
   * gives a command it runs no terminal unless asked.
   */
  boolean sshWithoutTerminal() {
    return !get("SSH_CONNECTION").isEmpty() && !controllingTerminal;
  }

  String get(String name) {
    return vars.getOrDefault(name, "");
  }

  /** The variables' reading of the terminal, shared with {@code brief serve}. */
  TerminalEnvironment terminal() {
    return new TerminalEnvironment(vars);
  }

  /** True when the locale's charset is UTF-8 (LC_ALL, else LC_CTYPE, else LANG; none: C). */
  boolean utf8() {
    return terminal().utf8(false);
  }

  /** The variable that sets the locale's charset, as NAME=value, or "no locale set". */
  String locale() {
    String name = localeVariable();
    return get(name).isEmpty() ? "no locale set" : name + "=" + get(name);
  }

  String localeVariable() {
    return terminal().localeVariable();
  }

  /** The terminal's height, from the launcher (else LINES); 0 when not known. */
  int lines() {
    String given = get("BRIEF_LINES");
    return parseColumns(given.isEmpty() ? get("LINES") : given);
  }

  boolean noColor() {
    return terminal().noColor();
  }

  boolean capableTerminal() {
    return terminal().capableTerminal();
  }

  /** Standard output is a terminal known to show OSC 8 hyperlinks; never a pipe. */
  boolean hyperlinks() {
    return stdoutTerminal && terminal().hyperlinks();
  }

  private static int parseColumns(String s) {
    try {
      int n = Integer.parseInt(s.trim());
      return n > 0 ? n : 0;
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
