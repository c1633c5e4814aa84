package brief.cli;

/** A failure to report to the user as one line, with the exit code it ends the run with. */
final class CliException extends RuntimeException {
  private final int exitCode;

  CliException(int exitCode, String message) {
    super(message, null, false, false);
    this.exitCode = exitCode;
  }

  int exitCode() {
    return exitCode;
  }

  static CliException usage(String message) {
    return new CliException(ExitCode.USAGE.code, message);
  }
}
