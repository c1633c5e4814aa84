package brief.cli;

import brief.load.Library;
import java.io.InputStream;

/**
 * What every command is given: the environment and standard input; and, for a lookup that {@code
 * brief serve} runs for an SSH client, the library the server holds ({@code served}), in which case
 * a BRIEFING names a library id and nothing else (never a file, never stdin).
 */
record Context(Env env, InputStream stdin, Library served) {
  Context(Env env, InputStream stdin) {
    this(env, stdin, null);
  }

  /** Whether this runs for an SSH client of {@code brief serve}: no files, no stdin, no pager. */
  boolean isServed() {
    return served != null;
  }
}
