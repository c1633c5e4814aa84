package brief.serve;

import brief.load.Library;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.apache.sshd.common.session.Session;
import org.apache.sshd.common.session.SessionListener;
import org.apache.sshd.common.util.net.SshdSocketAddress;
import org.apache.sshd.core.CoreModuleProperties;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.auth.pubkey.PublickeyAuthenticator;
import org.apache.sshd.server.auth.pubkey.UserAuthPublicKeyFactory;
import org.apache.sshd.server.forward.ForwardingFilter;
import org.apache.sshd.server.forward.TcpForwardingFilter;
import org.apache.sshd.server.session.ServerSession;

/**
 * The SSH server: public keys from one authorized-keys file, nothing else; a pty shell opens the
 * reader, an exec request runs a read-only lookup; no subsystem (no SFTP), no forwarding of ports,
 * agents or X11 (each refusal logged). Connection limits are checked before any key exchange
 * ({@link Gate}); timeouts and authentication attempts are MINA's own.
 */
public final class Server {
  /** Channels one connection may have open at once (OpenSSH multiplexing opens several). */
  static final int CHANNELS_PER_CONNECTION = 4;

  /** Bytes a client may send on a channel before the server reads them. */
  static final int INPUT_WINDOW = 32 * 1024;

  private final Settings settings;
  private final SessionLog log;
  private final LibraryWatch library;
  private final Sessions sessions;
  private final Gate gate;
  private final Lookup lookup;
  private final KeyPair hostKey;
  private AuthorizedKeys keys;
  private final SshServer sshd = SshServer.setUpDefaultServer();
  private final CountDownLatch stopped = new CountDownLatch(1);
  private final ScheduledExecutorService watcher =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "brief-library-watch");
            t.setDaemon(true);
            return t;
          });

  /**
   * A server over the library that {@code load} reads (again, when files under {@code
   * settings.libraryFolder()} change), answering exec requests through {@code lookup}, and logging
   * one line per session to {@code err}.
   */
  public Server(Settings settings, Callable<Library> load, Lookup lookup, PrintWriter err)
      throws Exception {
    this.settings = settings;
    // First, so that a damaged key is the one line a refused start prints.
    this.hostKey = HostKey.loadOrCreate(settings.hostKey());
    this.log = new SessionLog(err, Clock.systemUTC());
    this.library = new LibraryWatch(settings.libraryFolder(), load, log);
    this.sessions = new Sessions(log, library, settings.stateFolder());
    this.gate = new Gate(settings.limits(), System::nanoTime, Math::random);
    this.lookup = lookup;
  }

  /** Binds and starts serving; returns the port (useful with port 0). */
  public int start() throws IOException, GeneralSecurityException {
    Limits limits = settings.limits();
    keys = new AuthorizedKeys(settings.authorizedKeys(), log);
    sshd.setHost(settings.bind());
    sshd.setPort(settings.port());
    sshd.setKeyPairProvider(KeyPairProvider.wrap(hostKey));
    sshd.setUserAuthFactories(List.of(UserAuthPublicKeyFactory.INSTANCE));
    sshd.setPublickeyAuthenticator(authenticator(keys));
    sshd.setPasswordAuthenticator(null);
    sshd.setKeyboardInteractiveAuthenticator(null);
    sshd.setHostBasedAuthenticator(null);
    sshd.setGSSAuthenticator(null);
    sshd.setForwardingFilter(refusingForwarding());
    sshd.setAgentFactory(null);
    sshd.setSubsystemFactories(List.of());
    sshd.setChannelFactories(SessionChannel.factories(log));
    sshd.setShellFactory(
        channel -> {
          String forced = forcedCommand(channel.getSession());
          return forced != null
              ? new ExecCommand(sessions, forced, lookup)
              : new ReaderCommand(sessions);
        });
    sshd.setCommandFactory(
        (channel, command) -> {
          String forced = forcedCommand(channel.getSession());
          return new ExecCommand(sessions, forced != null ? forced : command, lookup);
        });
    CoreModuleProperties.SERVER_IDENTIFICATION.set(sshd, "brief");
    CoreModuleProperties.IDLE_TIMEOUT.set(sshd, limits.idleTimeout());
    CoreModuleProperties.AUTH_TIMEOUT.set(sshd, limits.authTimeout());
    CoreModuleProperties.MAX_AUTH_REQUESTS.set(sshd, limits.authAttempts());
    CoreModuleProperties.MAX_CONCURRENT_CHANNELS.set(sshd, CHANNELS_PER_CONNECTION);
    // What a client may send ahead of what the server has read: a bound on each session's
    // queued keystrokes (MINA's default is 2 MB).
    CoreModuleProperties.WINDOW_SIZE.set(sshd, (long) INPUT_WINDOW);
    sshd.addSessionListener(gateListener());
    sshd.start();
    keys.watch();
    watcher.scheduleWithFixedDelay(library::check, 2, 2, TimeUnit.SECONDS);
    int port = port();
    log.note(
        "listening on "
            + settings.bind()
            + ":"
            + port
            + ", host key "
            + HostKey.fingerprint(hostKey)
            + " ("
            + settings.hostKey()
            + ")");
    return port;
  }

  /**
   * The {@link Gate} at work: a new connection is admitted before any key exchange (or closed at
   * once), moves from the unauthenticated budget to the sessions when it authenticates, and is
   * counted out when it closes, with a line for a connection that never authenticated.
   */
  private SessionListener gateListener() {
    return new SessionListener() {
      // Checked as the session is made for a new connection, before any key exchange; a refused
      // connection is closed at once. (Throwing from MINA's connection-accepted hook instead
      // would leave the socket open and the client hanging.)
      @Override
      public void sessionCreated(Session session) {
        session.setAttribute(Sessions.BEGAN, log.now());
        SocketAddress remote = session.getIoSession().getRemoteAddress();
        try {
          session.setAttribute(
              Sessions.TICKET,
              gate.admit(
                  remote,
                  () -> {
                    session.setAttribute(
                        Sessions.REFUSAL,
                        "closed unauthenticated to make room for a connection from another"
                            + " address");
                    session.close(true);
                  }));
        } catch (IOException refused) {
          log.session(
              new SessionLog.Who(null, null, remote),
              "refused=" + SessionLog.quote(refused.getMessage()),
              log.now(),
              "exit=-");
          session.close(true);
        }
      }

      @Override
      public void sessionEvent(Session session, Event event) {
        Gate.Ticket ticket = session.getAttribute(Sessions.TICKET);
        if (event != Event.Authenticated || ticket == null) {
          return;
        }
        try {
          gate.authenticated(ticket);
        } catch (IOException refused) {
          session.setAttribute(Sessions.REFUSAL, refused.getMessage());
          session.close(true);
        }
      }

      @Override
      public void sessionClosed(Session session) {
        Gate.Ticket ticket = session.getAttribute(Sessions.TICKET);
        if (ticket == null) {
          return;
        }
        gate.release(ticket);
        String refusal = session.getAttribute(Sessions.REFUSAL);
        if (!session.isAuthenticated() || refusal != null) {
          String offered = session.getAttribute(Sessions.KEY);
          Instant began = session.getAttribute(Sessions.BEGAN);
          log.session(
              Sessions.who(session),
              "refused="
                  + SessionLog.quote(
                      refusal != null
                          ? refusal
                          : offered == null
                              ? "no key accepted"
                              : "key " + offered + " not authorized"),
              began == null ? log.now() : began,
              "exit=-");
        }
      }
    };
  }

  /** The lookup a session's key is held to by {@code command=}, or null. */
  private static String forcedCommand(Session session) {
    KeyOptions options = session.getAttribute(Sessions.OPTIONS);
    return options == null ? null : options.command();
  }

  /** No forwarding of any kind; each request is refused with a log line. */
  private ForwardingFilter refusingForwarding() {
    return ForwardingFilter.asForwardingFilter(
        (session, type) -> {
          SessionChannel.refused(log, session, "agent forwarding");
          return false;
        },
        (session, type) -> {
          SessionChannel.refused(log, session, "X11 forwarding");
          return false;
        },
        new TcpForwardingFilter() {
          @Override
          public boolean canListen(SshdSocketAddress address, Session session) {
            SessionChannel.refused(log, session, "remote port forwarding (" + address + ")");
            return false;
          }

          @Override
          public boolean canConnect(Type type, SshdSocketAddress address, Session session) {
            SessionChannel.refused(log, session, "port forwarding to " + address);
            return false;
          }
        });
  }

  public int port() {
    return sshd.getBoundAddresses().stream()
        .filter(InetSocketAddress.class::isInstance)
        .map(a -> ((InetSocketAddress) a).getPort())
        .findFirst()
        .orElse(settings.port());
  }

  /** Blocks until {@link #stop} has run. */
  public void awaitStop() throws InterruptedException {
    stopped.await();
  }

  /**
   * Ends every session (a reader leaves its screen and tells the person why; a lookup under way is
   * given a moment to finish), then stops listening. Safe to call more than once.
   */
  public synchronized void stop() {
    if (stopped.getCount() == 0) {
      return;
    }
    log.note("stopping: ending " + sessions.running().size() + " sessions");
    watcher.shutdownNow();
    if (keys != null) {
      keys.stop();
    }
    List<ChannelCommand> running = sessions.running();
    running.forEach(ChannelCommand::shutdown);
    try {
      for (ChannelCommand c : running) {
        c.await(2000);
      }
      sshd.stop(false);
    } catch (IOException e) {
      log.note("stopping: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      stopped.countDown();
      log.note("stopped");
    }
  }

  /** The authorized keys decide; the key offered is remembered for the session's log line. */
  private static PublickeyAuthenticator authenticator(PublickeyAuthenticator keys) {
    return (String user, PublicKey key, ServerSession session) -> {
      session.setAttribute(Sessions.USER, user);
      session.setAttribute(Sessions.KEY, KeyUtils.getFingerPrint(key));
      return keys.authenticate(user, key, session);
    };
  }
}
