package brief.serve;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.sshd.common.channel.Channel;
import org.apache.sshd.common.channel.ChannelFactory;
import org.apache.sshd.common.channel.PtyMode;
import org.apache.sshd.common.channel.RequestHandler;
import org.apache.sshd.common.session.Session;
import org.apache.sshd.server.channel.ChannelSession;
import org.apache.sshd.server.session.ServerSession;

/**
 * MINA's session channel, remembering whether the client asked for a pty: the reader runs only on
 * one. (A client without a local terminal, {@code ssh -tt}, asks for a pty with no modes, so the
 * modes alone do not tell.) A pty is refused to a key whose line says {@code no-pty} or {@code
 * restrict}; pty and window sizes are clamped to {@link #MAX_SIDE} a side (a 65535x65535 screen is
 * four billion cells). Agent and X11 forwarding requests and subsystems (SFTP) are refused, each
 * with a log line. It is the only kind of channel the server opens: other kinds ({@code
 * direct-tcpip}, port forwarding) are refused with a log line too.
 */
final class SessionChannel extends ChannelSession {
  /** The largest number of columns or rows a client may announce. */
  static final int MAX_SIDE = 1000;

  /** The channel types a client may ask for and be refused, each with a log line. */
  private static final List<String> REFUSED_TYPES =
      List.of("direct-tcpip", "direct-streamlocal@openssh.com", "x11", "auth-agent@openssh.com");

  static List<ChannelFactory> factories(SessionLog log) {
    ChannelFactory session =
        new ChannelFactory() {
          @Override
          public String getName() {
            return "session";
          }

          @Override
          public SessionChannel createChannel(Session session) {
            return new SessionChannel(log);
          }
        };
    List<ChannelFactory> all = new java.util.ArrayList<>(List.of(session));
    for (String type : REFUSED_TYPES) {
      all.add(
          new ChannelFactory() {
            @Override
            public String getName() {
              return type;
            }

            @Override
            public Channel createChannel(Session s) {
              refused(log, s, "channel " + type);
              return null; // MINA answers "unsupported channel type"
            }
          });
    }
    return List.copyOf(all);
  }

  private final SessionLog log;
  private volatile boolean pty;

  private SessionChannel(SessionLog log) {
    this.log = log;
  }

  boolean hasPty() {
    return pty;
  }

  @Override
  protected RequestHandler.Result handlePtyReqParsed(
      String term, int columns, int rows, int width, int height, Map<PtyMode, Integer> modes)
      throws IOException {
    KeyOptions options = getSession().getAttribute(Sessions.OPTIONS);
    if (options != null && !options.pty()) {
      refused(log, getSession(), "pty (the key's line says no-pty or restrict)");
      return RequestHandler.Result.ReplyFailure;
    }
    pty = true;
    return super.handlePtyReqParsed(term, clamp(columns), clamp(rows), width, height, modes);
  }

  @Override
  protected RequestHandler.Result handleWindowChangeParsed(
      int columns, int rows, int width, int height) throws IOException {
    return super.handleWindowChangeParsed(clamp(columns), clamp(rows), width, height);
  }

  /** A size a client announced, within 0 (unknown) and {@link #MAX_SIDE}. */
  static int clamp(int side) {
    return Math.max(0, Math.min(MAX_SIDE, side));
  }

  @Override
  protected RequestHandler.Result handleSubsystemParsed(String request, String subsystem) {
    refused(log, getSession(), "subsystem " + subsystem);
    return RequestHandler.Result.ReplyFailure;
  }

  @Override
  protected RequestHandler.Result handleAgentForwardingParsed(String request) {
    refused(log, getSession(), "agent forwarding");
    return RequestHandler.Result.ReplyFailure;
  }

  @Override
  protected RequestHandler.Result handleX11ForwardingParsed(
      String request,
      ServerSession session,
      boolean singleConnection,
      String protocol,
      String cookie,
      int screen) {
    refused(log, session, "X11 forwarding");
    return RequestHandler.Result.ReplyFailure;
  }

  /** The one log line of a refused request. */
  static void refused(SessionLog log, Session session, String what) {
    log.session(
        Sessions.who(session),
        "refused=" + SessionLog.quote(what + " is not offered"),
        log.now(),
        "exit=-");
  }
}
