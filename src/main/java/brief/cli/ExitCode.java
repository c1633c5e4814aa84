package brief.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * The exit statuses of the command-line contract, each with what it means to a user: the meanings
 * feed --help, the man page and the README's check ({@code ManPageTest}).
 */
enum ExitCode {
  OK(0, "success"),
  /** The input is invalid (validation, fidelity), or a lookup found nothing. */
  INVALID(
      1,
      "invalid input (validation, fidelity), a search or filter found nothing, or (diff)"
          + " the versions differ"),
  USAGE(2, "usage error: unknown command, option, theme or briefing id"),
  IO(3, "an I/O failure: a file cannot be read, or Java cannot start"),
  /** A bug in brief itself: not in the contract, so not documented as one. */
  INTERNAL(70, null),
  /** 128 + SIGINT, as a shell reports it. */
  INTERRUPTED(130, "interrupted: Ctrl-C in the reader, or SIGINT"),
  /** Standard output was closed by the reader (as {@code | head -1}): quiet, as SIGPIPE. */
  BROKEN_PIPE(141, "the output was closed early (as | head does)");

  final int code;
  private final String meaning;

  ExitCode(int code, String meaning) {
    this.code = code;
    this.meaning = meaning;
  }

  /** Every status a user can see, as {code, meaning}, in the order of the code. */
  static List<String[]> meanings() {
    List<String[]> out = new ArrayList<>();
    for (ExitCode c : values()) {
      if (c.meaning != null) {
        out.add(new String[] {String.valueOf(c.code), c.meaning});
      }
    }
    return out;
  }
}
