package brief.cli;

import java.util.List;

/**
 * Every environment variable that brief or its launcher reads, with what it does: the one list
 * behind --help, the man page's ENVIRONMENT section and the README check.
 */
final class EnvironmentVariables {
  private EnvironmentVariables() {}

  static final List<String[]> ALL =
      List.of(
          new String[] {"BRIEF_LIBRARY", "the library folder, when --library is not given"},
          new String[] {"NO_COLOR", "no colour in printed output or in the reader"},
          new String[] {"BRIEF_TEXT_WIDTH", "the reader's widest text column (--text-width)"},
          new String[] {"BRIEF_PAGER", "the pager for long output on a terminal, else PAGER"},
          new String[] {"PAGER", "the pager when BRIEF_PAGER is not set (default: less -FRX)"},
          new String[] {"COLUMNS", "the width to wrap at in a pipe, when --width is not given"},
          new String[] {"LANG, LC_ALL", "a charset other than UTF-8 means plain ASCII output"},
          new String[] {"BRIEF_CACHE", "0 turns the library cache off"},
          new String[] {"BRIEF_CDS", "0 turns the launcher's start-up archive off"},
          new String[] {"BRIEF_JAR", "run this jar instead of the one built from the sources"},
          new String[] {"BRIEF_JAVA_OPTS", "more options for the Java virtual machine"},
          new String[] {
            "XDG_CACHE_HOME", "where the caches go (default ~/.cache; brief/ inside it)"
          },
          new String[] {
            "XDG_STATE_HOME", "where read marks go (default ~/.local/state; brief/ inside it)"
          },
          new String[] {
            "XDG_CONFIG_HOME",
            "where brief serve keeps its host key (default ~/.config; brief/ inside it)"
          },
          new String[] {"JAVA_HOME", "the Java to run (default: java on the PATH)"},
          new String[] {"TERM", "the reader needs one that understands escape codes (not dumb)"},
          new String[] {
            "ESCDELAY", "ms to wait for the rest of a key after Esc (100; at most 1000)"
          });
}
