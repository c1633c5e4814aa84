package brief.cli;

import brief.terminal.Reader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Runs every path once with its output thrown away: the launcher trains the class-data archive (or
 * AOT cache) with it, so that the reader and every format start fast, not only the command that
 * happened to run first. Hidden: it is not for people.
 *
 * <p>A small library of its own, with a cache folder of its own, is parsed, cached, read back and
 * validated every time: what the archive holds must not depend on what the user's cache held that
 * day.
 */
final class WarmUpCommand extends Command {
  private static final String PREFIX = "brief-warm-up";
  private static final String BRIEFING =
      """
      format: briefing/1
      id: warm-up
      title: Warm-up
      date: 2024-03-02
      source:
        author: brief
        kind: news
        published: 2024-03-02T10:00:00Z
        text: warm-up.txt
      summary: >
        Both sides agree to share data
        on river flow.
      themes:
        - id: water
          label: Water
      sections:
        - id: talks
          title: The talks
          points:
            - text: Delegations met for two days.
              themes: [water]
              priority: high
              source: 1
      quotes:
        - text: We will share the data every month
          speaker: minister
          source: 1
      stakeholders:
        - id: minister
          name: Water Minister
          kind: person
      timeline:
        - date: 2024-03-01
          event: Talks open.
      """;
  private static final String SOURCE =
      "Delegations met for two days. \"We will share the data every month,\" the minister said.\n";

  private final Context context;

  WarmUpCommand(Context context) {
    super("warm-up", "Exercise every command once, printing nothing.");
    spec.usageMessage().hidden(true);
    this.context = context;
  }

  @Override
  public Integer call() throws Exception {
    // Encoded as real output is, so that the encoder's classes are in the archive too.
    PrintWriter nowhere =
        new PrintWriter(
            new OutputStreamWriter(OutputStream.nullOutputStream(), StandardCharsets.UTF_8));
    String[][] runs = {
      {"summary"},
      {"summary", "--format", "json"},
      {"summary", "--format", "markdown", "--ascii"},
      {"list"},
      {"search", "energy", "--format", "json"},
      {"search", "energy"},
      {"quotes", "--speaker", "x"},
      {"stakeholders"},
      {"themes", "--format", "json"},
      {"show", "--help"},
      {"summary", "--no-such-option"},
      {"--help"},
      {"completion", "bash"},
      {"completion", "zsh"},
    };
    for (String[] args : runs) {
      Main.run(args, nowhere, nowhere, context.stdin(), context.env());
    }
    // TMPDIR as the shell means it, when it names a folder; else Java's own.
    String tmp = context.env().get("TMPDIR");
    Path library =
        !tmp.isEmpty() && Files.isDirectory(Path.of(tmp)) && Files.isWritable(Path.of(tmp))
            ? Files.createTempDirectory(Path.of(tmp), PREFIX)
            : Files.createTempDirectory(PREFIX);
    sweepLeftovers(library);
    try {
      Files.writeString(library.resolve("warm-up.yaml"), BRIEFING);
      Files.writeString(library.resolve("warm-up.txt"), SOURCE);
      // A cache folder of its own: first runs parse and write it, second runs read it.
      Map<String, String> vars = new HashMap<>(context.env().vars());
      vars.put("XDG_CACHE_HOME", library.resolve("cache").toString());
      vars.remove("BRIEF_CACHE");
      // And read state of its own: the reader opens it on every start.
      vars.put("XDG_STATE_HOME", library.resolve("state").toString());
      Env fresh = Env.pipe(vars);
      String dir = library.toString();
      String[][] freshRuns = {
        {"list", "--library", dir},
        {"list", "--library", dir},
        {"summary"},
        {"summary"},
        {"validate", dir},
        {"validate", "--format", "json", dir},
        {"mark", "--library", dir, "read", "warm-up"},
        {"list", "--library", dir, "--unread"},
        {CompleteCommand.NAME, "--library", dir, "sections", "warm-up"}
      };
      for (String[] args : freshRuns) {
        Main.run(args, nowhere, nowhere, context.stdin(), fresh);
      }
    } finally {
      delete(library);
    }
    Reader.warmUp(new BriefingResolver(context, null, nowhere).library().briefings());
    return ExitCode.OK.code;
  }

  /**
   * Removes the libraries of warm-ups that were killed (the launcher's background job dies with its
   * terminal) next to {@code ours} and owned as it is: a warm-up takes seconds, so one older than
   * ten minutes is no longer running.
   */
  private static void sweepLeftovers(Path ours) {
    Instant stale = Instant.now().minus(Duration.ofMinutes(10));
    try (DirectoryStream<Path> left = Files.newDirectoryStream(ours.getParent(), PREFIX + "*")) {
      var owner = Files.getOwner(ours);
      for (Path dir : left) {
        if (Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)
            && Files.getLastModifiedTime(dir, LinkOption.NOFOLLOW_LINKS).toInstant().isBefore(stale)
            && Files.getOwner(dir, LinkOption.NOFOLLOW_LINKS).equals(owner)) {
          delete(dir);
        }
      }
    } catch (IOException | RuntimeException e) {
      // a leftover that cannot be removed harms nothing: the next warm-up tries again
    }
  }

  private static void delete(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
