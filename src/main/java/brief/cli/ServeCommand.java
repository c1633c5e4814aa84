package brief.cli;

import brief.load.BriefingLoader;
import brief.load.Library;
import brief.load.LibraryScanner;
import brief.render.Sanitizer;
import brief.serve.Limits;
import brief.serve.Lookup;
import brief.serve.Server;
import brief.serve.Settings;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.OptionSpec;

/** {@code brief serve}: the reader and the read-only lookups over SSH, to authorized keys only. */
final class ServeCommand extends Command {
  private final LibraryOptions library = new LibraryOptions(spec);
  private final OptionSpec bind =
      option(
          OptionSpec.builder("--bind")
              .paramLabel("ADDR")
              .type(String.class)
              .defaultValue("127.0.0.1")
              .description(
                  "The address to listen on (default: ${DEFAULT-VALUE}, this machine only)."));
  private final OptionSpec port =
      option(
          OptionSpec.builder("--port")
              .paramLabel("N")
              .type(Integer.class)
              .defaultValue("2222")
              .description("The port (default: ${DEFAULT-VALUE}; 0 picks a free one)."));
  private final OptionSpec authorizedKeys =
      option(
          OptionSpec.builder("--authorized-keys")
              .paramLabel("FILE")
              .type(Path.class)
              .converters(PATH)
              .description(
                  "Required: the public keys let in, in the format of ~/.ssh/authorized_keys (re-read when it changes)."));
  private final OptionSpec hostKey =
      option(
          OptionSpec.builder("--host-key")
              .paramLabel("FILE")
              .type(Path.class)
              .converters(PATH)
              .description(
                  "The server's ed25519 key, made on first start "
                      + "(default: $XDG_CONFIG_HOME/brief/ssh_host_ed25519_key, else ~/.config/brief/...)."));
  private final OptionSpec idleTimeout =
      limit(
          "--idle-timeout",
          "SECONDS",
          Limits.DEFAULT.idleTimeout().toSeconds(),
          "Close a session idle this long");
  private final OptionSpec authTimeout =
      limit(
          "--auth-timeout",
          "SECONDS",
          Limits.DEFAULT.authTimeout().toSeconds(),
          "Close a connection not authenticated within this");
  private final OptionSpec authAttempts =
      limit("--auth-attempts", "N", Limits.DEFAULT.authAttempts(), "Keys a connection may try");
  private final OptionSpec sessions =
      limit("--max-sessions", "N", Limits.DEFAULT.sessions(), "Sessions open at once, in all");
  private final OptionSpec perAddress =
      limit(
          "--max-sessions-per-address",
          "N",
          Limits.DEFAULT.sessionsPerAddress(),
          "Sessions open at once from one address");
  private final OptionSpec perMinute =
      limit(
          "--max-connections-per-minute",
          "N",
          Limits.DEFAULT.connectionsPerMinute(),
          "New connections from one address in any minute");
  private final OptionSpec startups =
      option(
          OptionSpec.builder("--max-startups")
              .paramLabel("START:RATE:FULL")
              .type(String.class)
              .defaultValue(Limits.Startups.DEFAULT.toString())
              .description(
                  "Connections not yet authenticated, as sshd's MaxStartups: START always let in,"
                      + " then dropped at random from RATE%% up to all at FULL"
                      + " (default: ${DEFAULT-VALUE})."));
  private final Context context;

  ServeCommand(Context context) {
    super(
        "serve",
        "Serve the reader and the read-only lookups over SSH, to authorized keys only.",
        "A shell with a terminal opens the reader; a command runs one of summary, list, show, quotes, "
            + "stakeholders, themes, search. No other command, no file transfer, no forwarding. "
            + "One line per session on standard error. See docs/serve.md.");
    this.context = context;
    examples(
        "  brief serve --authorized-keys ~/briefing-readers.pub --library /srv/briefings",
        "  ssh -p 2222 localhost              (the reader)",
        "  ssh -p 2222 localhost summary --format json");
  }

  private OptionSpec limit(String name, String label, long fallback, String description) {
    return option(
        OptionSpec.builder(name)
            .paramLabel(label)
            .type(Long.class)
            .defaultValue(String.valueOf(fallback))
            .description(description + " (default: ${DEFAULT-VALUE})."));
  }

  /** The server's own state folder: each authorized key's read marks, apart, under it. */
  private Path serveStateFolder() {
    Path state = BriefingResolver.stateDir(context.env());
    return state == null ? null : state.resolve("serve");
  }

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    Path keys = authorizedKeys.getValue();
    if (keys == null) {
      throw CliException.usage(
          "serve needs --authorized-keys FILE: the public keys to let in, one per line "
              + "as in ~/.ssh/authorized_keys (it never starts open)");
    }
    if (!Files.isReadable(keys) || Files.isDirectory(keys)) {
      throw new CliException(
          ExitCode.IO.code,
          "cannot read the authorized-keys file " + Sanitizer.line(keys.toString()));
    }
    Limits limits;
    try {
      limits =
          new Limits(
              Duration.ofSeconds(value(idleTimeout)),
              Duration.ofSeconds(value(authTimeout)),
              (int) value(authAttempts),
              (int) value(sessions),
              (int) value(perAddress),
              (int) value(perMinute),
              Limits.Startups.parse(startups.getValue()));
    } catch (IllegalArgumentException e) {
      throw CliException.usage("serve: " + e.getMessage());
    }
    Path folder = library.folder();
    if (folder == null && !context.env().get("BRIEF_LIBRARY").isEmpty()) {
      folder = Path.of(context.env().get("BRIEF_LIBRARY"));
    }
    Settings settings =
        new Settings(
            bind.getValue(),
            port.<Integer>getValue(),
            keys,
            hostKeyFile(),
            folder,
            limits,
            serveStateFolder());
    Server server;
    try {
      server = new Server(settings, load(folder), lookup(), err);
      server.start();
    } catch (java.net.BindException e) {
      throw new CliException(
          ExitCode.IO.code,
          "cannot listen on "
              + Sanitizer.line(settings.bind())
              + ":"
              + settings.port()
              + ": "
              + e.getMessage());
    } catch (brief.load.BriefingException e) {
      throw new CliException(
          ExitCode.IO.code, "serve: " + Sanitizer.line(e.diagnostics().get(0).toString()));
    } catch (java.io.IOException | java.security.GeneralSecurityException e) {
      throw new CliException(
          ExitCode.IO.code, "serve: " + Sanitizer.line(String.valueOf(e.getMessage())));
    }
    // SIGTERM (and Ctrl-C): every session is told and closed before the JVM exits.
    Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "brief-serve-stop"));
    server.awaitStop();
    return ExitCode.OK.code;
  }

  private static long value(OptionSpec option) {
    return option.<Long>getValue();
  }

  private Path hostKeyFile() {
    Path file = hostKey.getValue();
    if (file != null) {
      return file;
    }
    // A relative XDG_CONFIG_HOME is ignored, as for the cache and the read state.
    Path folder = context.env().terminal().baseDirectory("XDG_CONFIG_HOME", ".config");
    if (folder == null) {
      throw CliException.usage("serve: no HOME to keep the host key in; pass --host-key FILE");
    }
    return folder.resolve("ssh_host_ed25519_key");
  }

  /** Reads the library: the folder (again, each time it changes), else the bundled briefings. */
  private Callable<Library> load(Path folder) {
    Path cache = BriefingResolver.cacheDir(context.env());
    return () -> {
      LibraryScanner scanner = new LibraryScanner(new BriefingLoader(), cache);
      return folder == null ? scanner.bundled() : scanner.scan(folder);
    };
  }

  /**
   * A lookup for an SSH client: the same command line as a local run, over the server's library, as
   * if piped (no terminal, UTF-8), with no standard input.
   */
  static Lookup lookup() {
    Env env = Env.pipe(Map.of("LANG", "C.UTF-8"));
    return (served, args, out, err) -> {
      PrintWriter o = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
      PrintWriter e = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
      return Main.run(
          args.toArray(String[]::new),
          o,
          e,
          new Context(env, InputStream.nullInputStream(), served));
    };
  }
}
