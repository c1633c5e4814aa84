package brief.core;

/**
 * One problem in one file, printed as {@code FILE:LINE:COL: error: MESSAGE} (or {@code warning:});
 * line and column are 1-based, and 0 when the problem has no place in the file (it is then left
 * out). A warning does not make a file invalid unless validation is strict.
 */
public record Diagnostic(String file, int line, int column, String message, Severity severity) {
  public Diagnostic(String file, int line, int column, String message) {
    this(file, line, column, message, Severity.ERROR);
  }

  public static Diagnostic of(String file, String message) {
    return new Diagnostic(file, 0, 0, message);
  }

  /** The same problem as an error, as {@code validate --strict} counts warnings. */
  public Diagnostic asError() {
    return new Diagnostic(file, line, column, message, Severity.ERROR);
  }

  /** The same problem as a warning: a broken file skipped while the rest of a library is used. */
  public Diagnostic asWarning() {
    return new Diagnostic(file, line, column, message, Severity.WARNING);
  }

  @Override
  public String toString() {
    return where() + ": " + severity.word() + ": " + message;
  }

  /** {@code file:line:col}, or the file alone when there is no line. */
  public String where() {
    return line > 0 ? file + ":" + line + ":" + column : file;
  }
}
