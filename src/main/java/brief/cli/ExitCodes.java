package brief.cli;

import java.util.List;

/** The exit codes of the command-line contract. */
final class ExitCodes {
  static final int OK = 0;

  /** The input is invalid: validation errors, fidelity failures. */
  static final int INVALID = 1;

  /** Usage: unknown command, option, theme or briefing id. */
  static final int USAGE = 2;

  /** I/O: a file that cannot be read, output that cannot be written. */
  static final int IO = 3;

  /** Standard output was closed by the reader (as {@code | head -1}): quiet, as SIGPIPE. */
  static final int BROKEN_PIPE = 141;

  /** The reader was interrupted with Ctrl-C: 128 + SIGINT, as a shell reports it. */
  static final int INTERRUPTED = 130;

  /** A bug in brief itself. */
  static final int INTERNAL = 70;

  private ExitCodes() {}

  /** Every exit status a user can see, with what it means: feeds --help and the man page. */
  static final List<String[]> MEANINGS =
      List.of(
          new String[] {"0", "success"},
          new String[] {
            "1",
            "invalid input (validation, fidelity), a search or filter found nothing, or (diff)"
                + " the versions differ"
          },
          new String[] {"2", "usage error: unknown command, option, theme or briefing id"},
          new String[] {"3", "an I/O failure: a file cannot be read, or Java cannot start"},
          new String[] {"130", "interrupted: Ctrl-C in the reader, or SIGINT"},
          new String[] {"141", "the output was closed early (as | head does)"});
}
