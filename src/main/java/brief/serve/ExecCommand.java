package brief.serve;

import brief.render.Sanitizer;
import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.util.List;
import org.apache.sshd.server.Environment;
import org.apache.sshd.server.channel.ChannelSession;
import org.apache.sshd.server.command.CommandFactory;

/**
 * An exec request: one read-only lookup, run in-process over the library the server holds. Anything
 * else is refused with a line on standard error and status 2, as a usage error. Briefings are named
 * by library id only (the lookup enforces that); options that would reach outside the library
 * ({@code --library}) or print internals ({@code --debug}) are refused here.
 */
final class ExecCommand extends ChannelCommand {
  static final int USAGE = 2;

  private final String command;
  private final Lookup lookup;
  private final Sessions sessions;

  ExecCommand(Sessions sessions, String command, Lookup lookup) {
    super(sessions);
    this.sessions = sessions;
    this.command = command;
    this.lookup = lookup;
  }

  @Override
  int run(ChannelSession channel, Environment env) throws Exception {
    List<String> args = CommandFactory.split(command);
    if (args.equals(List.of("help"))) {
      // What a client may ask for, on standard output: an answer, not a refusal.
      out.write((offered() + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
      out.flush();
      return 0;
    }
    String refusal = refusal(args);
    if (refusal != null) {
      message("brief serve: " + refusal);
      return USAGE;
    }
    OutputStream buffered = new BufferedOutputStream(out, 1 << 16);
    int code = lookup.run(sessions.library(), args, buffered, err);
    buffered.flush();
    return code;
  }

  /** What the server offers, as help and as refusals say it. */
  static String offered() {
    return "over SSH, brief offers "
        + String.join(", ", Lookup.COMMANDS)
        + " (and the reader, with ssh -t and no command; COMMAND --help for one)";
  }

  /** Why this command line is not served, or null when it is. */
  static String refusal(List<String> args) {
    String offered = offered();
    if (args.isEmpty()) {
      return "no command given; " + offered;
    }
    if (!Lookup.COMMANDS.contains(args.get(0))) {
      return "'" + Sanitizer.line(args.get(0)) + "' is not offered here; " + offered;
    }
    for (String arg : args) {
      String option = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
      if (Lookup.REFUSED_OPTIONS.containsKey(option)) {
        return option + " is not offered over SSH: " + Lookup.REFUSED_OPTIONS.get(option);
      }
    }
    return null;
  }

  @Override
  String describe(ChannelSession channel, Environment env) {
    return "exec=" + SessionLog.quote(command);
  }

  @Override
  void shutdown() {
    // A lookup takes milliseconds: it is left to finish.
  }
}
