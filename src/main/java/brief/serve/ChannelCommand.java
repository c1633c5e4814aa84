package brief.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.sshd.server.Environment;
import org.apache.sshd.server.ExitCallback;
import org.apache.sshd.server.channel.ChannelSession;
import org.apache.sshd.server.command.Command;

/**
 * What one SSH channel runs (the reader or a lookup), on a thread of its own: whatever it throws
 * ends this channel with status 70 and a line in the log, and never touches another session. When
 * it ends, its one log line is written and the exit status sent.
 */
abstract class ChannelCommand implements Command {
  /** Internal error (sysexits' EX_SOFTWARE): the command failed, not the client's request. */
  static final int INTERNAL = 70;

  private final Sessions sessions;
  InputStream in;
  OutputStream out;
  OutputStream err;
  private ExitCallback exit;
  private Thread thread;
  private ChannelSession channel;

  ChannelCommand(Sessions sessions) {
    this.sessions = sessions;
  }

  /** Runs the command; returns its exit status. */
  abstract int run(ChannelSession channel, Environment env) throws Exception;

  /** What the log line says ran, e.g. {@code pty=xterm 100x30} or {@code exec="summary"}. */
  abstract String describe(ChannelSession channel, Environment env);

  /** The server is stopping: end soon, telling the client why. */
  abstract void shutdown();

  @Override
  public void start(ChannelSession channel, Environment env) {
    Instant began = sessions.log().now();
    this.channel = channel;
    thread =
        new Thread(
            () -> {
              sessions.opened(this);
              int code = INTERNAL;
              String outcome;
              try {
                code = run(channel, env);
                outcome = "exit=" + code;
              } catch (Throwable t) {
                if (t instanceof IOException && (channel.isClosing() || channel.isClosed())) {
                  // The client went away (closed its connection, or the idle timeout did): no
                  // failure.
                  outcome = "exit=- gone=client";
                } else {
                  outcome = "exit=" + code + " failed=" + SessionLog.quote(t.toString());
                  message("brief serve: internal error; the session ends");
                }
              } finally {
                sessions.closed(this);
              }
              flushQuietly();
              sessions
                  .log()
                  .session(
                      Sessions.who(channel.getSession()), describe(channel, env), began, outcome);
              exit.onExit(code);
            },
            "brief-channel");
    thread.setDaemon(true);
    thread.start();
  }

  /** A line to the client's standard error (with CR: a pty's output is not translated here). */
  final void message(String text) {
    try {
      err.write((text + "\r\n").getBytes(StandardCharsets.UTF_8));
      err.flush();
    } catch (IOException e) {
      // the client has gone: nothing to tell
    }
  }

  private void flushQuietly() {
    try {
      out.flush();
      err.flush();
    } catch (IOException e) {
      // the client has gone
    }
  }

  @Override
  public void destroy(ChannelSession channel) {
    if (thread != null) {
      thread.interrupt();
    }
  }

  /**
   * Waits, up to {@code millis}, for the command to end and its channel to close (the exit status
   * sent), so that a stopping server does not cut the message short.
   */
  final void await(long millis) throws InterruptedException {
    long end = System.nanoTime() + millis * 1_000_000;
    if (thread != null) {
      thread.join(millis);
    }
    while (channel != null && !channel.isClosed() && System.nanoTime() < end) {
      Thread.sleep(10);
    }
  }

  @Override
  public void setInputStream(InputStream in) {
    this.in = in;
  }

  @Override
  public void setOutputStream(OutputStream out) {
    this.out = out;
  }

  @Override
  public void setErrorStream(OutputStream err) {
    this.err = err;
  }

  @Override
  public void setExitCallback(ExitCallback exit) {
    this.exit = exit;
  }
}
