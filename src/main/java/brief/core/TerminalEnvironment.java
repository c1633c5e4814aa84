package brief.core;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What environment variables say of a terminal and of where brief keeps its files: this process's
 * own (for {@code brief read} and the printers), or those an SSH client sent with its session (for
 * {@code brief serve}). The one reading of them, so that a reader over SSH is decided by the rules
 * a local one is.
 */
public record TerminalEnvironment(Map<String, String> vars) {
  public TerminalEnvironment {
    vars = Map.copyOf(vars);
  }

  /** The variable's value, or "" when it is not set. */
  public String get(String name) {
    return vars.getOrDefault(name, "");
  }

  /**
   * Whether the locale's charset is UTF-8, as the first of LC_ALL, LC_CTYPE and LANG that is set
   * says; {@code whenUnset} when none is (a local process is then in the C locale; an SSH client
   * that sends none says nothing of its terminal).
   */
  public boolean utf8(boolean whenUnset) {
    String name = localeVariable();
    if (get(name).isEmpty()) {
      return whenUnset;
    }
    String v = get(name).toLowerCase(Locale.ROOT);
    return v.contains("utf-8") || v.contains("utf8");
  }

  /** The first of LC_ALL, LC_CTYPE and LANG that is set (it decides the charset), else LANG. */
  public String localeVariable() {
    for (String name : List.of("LC_ALL", "LC_CTYPE", "LANG")) {
      if (!get(name).isEmpty()) {
        return name;
      }
    }
    return "LANG";
  }

  /**
   * brief's folder of an XDG base directory: {@code $VARIABLE/brief} when the variable is an
   * absolute path, else {@code $HOME/fallback/brief}; null with no home. A relative value is
   * ignored, as the XDG specification says (it would put brief's files wherever it is run).
   */
  public Path baseDirectory(String variable, String... fallback) {
    if (get(variable).startsWith("/")) {
      return Path.of(get(variable), "brief");
    }
    if (get("HOME").isEmpty()) {
      return null;
    }
    return Path.of(get("HOME"), fallback).resolve("brief");
  }

  /** NO_COLOR set to anything (no-color.org). */
  public boolean noColor() {
    return !get("NO_COLOR").isEmpty();
  }

  /** A terminal the reader can drive: TERM set and not {@code dumb}. */
  public boolean capableTerminal() {
    String term = get("TERM");
    return !term.isEmpty() && !term.equals("dumb");
  }

  /**
   * A terminal known to show OSC 8 hyperlinks (others may print them as garbage: the Linux console
   * does): VTE (GNOME Terminal, Tilix), kitty, iTerm2, WezTerm, Windows Terminal, foot, VS Code and
   * Ghostty, as their own variables say. Over SSH only TERM and what the client sends arrive.
   */
  public boolean hyperlinks() {
    if (!capableTerminal()) {
      return false;
    }
    String term = get("TERM");
    return wholeNumber(get("VTE_VERSION")) >= 5000
        || !get("KITTY_WINDOW_ID").isEmpty()
        || !get("WT_SESSION").isEmpty()
        || term.equals("xterm-kitty")
        || term.startsWith("foot")
        || term.equals("xterm-ghostty")
        || List.of("iTerm.app", "WezTerm", "vscode", "ghostty").contains(get("TERM_PROGRAM"));
  }

  private static int wholeNumber(String s) {
    return s.matches("[0-9]{1,9}") ? Integer.parseInt(s) : 0;
  }
}
