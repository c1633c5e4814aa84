package brief.serve;

import java.io.IOException;
import java.util.Map;
import org.apache.sshd.common.channel.ChannelFactory;
import org.apache.sshd.common.channel.PtyMode;
import org.apache.sshd.common.channel.RequestHandler;
import org.apache.sshd.server.channel.ChannelSession;

/**
 * MINA's session channel, remembering whether the client asked for a pty: the reader runs only on
 * one. (A client without a local terminal, {@code ssh -tt}, asks for a pty with no modes, so the
 * modes alone do not tell.) It is the only kind of channel the server opens: no {@code
 * direct-tcpip}, so no port forwarding even in principle.
 */
final class SessionChannel extends ChannelSession {
  static final ChannelFactory FACTORY =
      new ChannelFactory() {
        @Override
        public String getName() {
          return "session";
        }

        @Override
        public SessionChannel createChannel(org.apache.sshd.common.session.Session session) {
          return new SessionChannel();
        }
      };

  private volatile boolean pty;

  boolean hasPty() {
    return pty;
  }

  @Override
  protected RequestHandler.Result handlePtyReqParsed(
      String term, int columns, int rows, int width, int height, Map<PtyMode, Integer> modes)
      throws IOException {
    pty = true;
    return super.handlePtyReqParsed(term, columns, rows, width, height, modes);
  }
}
