package brief.load;

/**
 * One problem in one file, printed as {@code FILE:LINE:COL: error: MESSAGE}; line and column
 * are 1-based, and 0 when the problem has no place in the file (it is then left out).
 */
public record Diagnostic(String file, int line, int column, String message) {
  public static Diagnostic of(String file, String message) {
    return new Diagnostic(file, 0, 0, message);
  }

  @Override
  public String toString() {
    String where = line > 0 ? file + ":" + line + ":" + column : file;
    return where + ": error: " + message;
  }
}
