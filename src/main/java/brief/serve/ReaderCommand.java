package brief.serve;

import brief.core.Briefing;
import brief.core.TerminalEnvironment;
import brief.load.ReadState;
import brief.render.Sanitizer;
import brief.terminal.ReadLog;
import brief.terminal.Reader;
import brief.terminal.RemoteReader;
import java.util.List;
import java.util.Map;
import org.apache.sshd.server.Environment;
import org.apache.sshd.server.Signal;
import org.apache.sshd.server.channel.ChannelSession;

/**
 * A shell request: the reader, on a terminal over the channel's streams, sized as the client's pty
 * and resized by its window-change messages. Without a pty there is no screen to draw on: refused
 * with a hint.
 */
final class ReaderCommand extends ChannelCommand {
  private final Sessions sessions;
  private volatile RemoteReader reader;
  private volatile boolean stopping;

  ReaderCommand(Sessions sessions) {
    super(sessions);
    this.sessions = sessions;
  }

  @Override
  int run(ChannelSession channel, Environment env) throws Exception {
    Map<String, String> vars = env.getEnv();
    TerminalEnvironment client = new TerminalEnvironment(vars);
    if (!hasPty(channel)) {
      message(
          "brief serve: the reader needs a terminal: connect with 'ssh -t', or name a lookup (ssh HOST summary)");
      return ExecCommand.USAGE;
    }
    String term = client.get(Environment.ENV_TERM);
    if (!client.capableTerminal()) {
      message(
          "brief serve: the reader needs a terminal that understands escape codes (TERM is "
              + (term.isEmpty() ? "not set" : "'dumb'")
              + "); try: ssh HOST summary");
      return ExecCommand.USAGE;
    }
    List<Briefing> briefings = sessions.library().briefings();
    if (briefings.isEmpty()) {
      message("brief serve: the library holds no briefing");
      return 1;
    }
    // The client's own setting, if it sends one (ssh -o SetEnv=BRIEF_TEXT_WIDTH=80).
    int textWidth;
    try {
      textWidth = Reader.Settings.textWidth(null, vars.get("BRIEF_TEXT_WIDTH"));
    } catch (IllegalArgumentException e) {
      message("brief serve: BRIEF_TEXT_WIDTH " + Sanitizer.line(e.getMessage()));
      return ExecCommand.USAGE;
    }
    RemoteReader r =
        new RemoteReader(
            in,
            out,
            number(vars.get(Environment.ENV_COLUMNS)),
            number(vars.get(Environment.ENV_LINES)),
            term,
            new Reader.Settings(!client.utf8(true), !client.noColor(), textWidth)
                .withHyperlinks(client.hyperlinks()));
    reader = r;
    env.addSignalListener(
        (ch, signal) ->
            r.resize(
                number(vars.get(Environment.ENV_COLUMNS)), number(vars.get(Environment.ENV_LINES))),
        Signal.WINCH);
    if (stopping) {
      r.stop();
    }
    ReadState state = sessions.readState(channel.getSession());
    for (String warning : state.warnings()) {
      sessions.log().note("read state: " + warning);
    }
    r.run(briefings, ReadLog.of(state::readMarks, state::markRead, state::markSeen, state::flush));
    if (stopping) {
      message("brief serve: the server is shutting down; try again in a moment");
    }
    return 0;
  }

  /**
   * Whether the client's locale is UTF-8, from the variables it sent (OpenSSH sends LANG and LC_*);
   * a client that sent none is taken to speak UTF-8, as nearly all do.
   */
  /** A size from the client's variables, clamped as pty requests are. */
  private static int number(String s) {
    try {
      return s == null ? 0 : SessionChannel.clamp(Integer.parseInt(s.trim()));
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static boolean hasPty(ChannelSession channel) {
    return channel instanceof SessionChannel s && s.hasPty();
  }

  @Override
  String describe(ChannelSession channel, Environment env) {
    Map<String, String> vars = env.getEnv();
    if (!hasPty(channel)) {
      return "shell=no-pty";
    }
    return "pty="
        + SessionLog.quote(vars.getOrDefault(Environment.ENV_TERM, "-"))
        + " size="
        + number(vars.get(Environment.ENV_COLUMNS))
        + "x"
        + number(vars.get(Environment.ENV_LINES));
  }

  @Override
  void shutdown() {
    stopping = true;
    RemoteReader r = reader;
    if (r != null) {
      r.stop();
    }
  }
}
