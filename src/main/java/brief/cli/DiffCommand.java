package brief.cli;

import brief.core.Briefing;
import brief.core.Changes;
import brief.core.ReadMarks;
import brief.load.BriefingException;
import brief.load.BriefingLoader;
import brief.load.ReadState;
import brief.render.ChangesOutput;
import brief.render.Options;
import brief.render.Sanitizer;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * {@code brief diff}: what changed between two versions of a briefing, statement by statement. Exit
 * status as diff's: 0 nothing changed, 1 something did; 2 usage, 3 I/O.
 */
final class DiffCommand extends Command {
  /** The most that {@code git show} may print of one briefing. */
  private static final int MAX_GIT_OUTPUT = 16 << 20;

  /** diff's own status for "the versions differ". */
  private static final int CHANGED = 1;

  private final OutputOptions output =
      new OutputOptions(
          spec,
          EnumSet.of(
              OutputOptions.Format.text,
              OutputOptions.Format.markdown,
              OutputOptions.Format.json,
              OutputOptions.Format.ndjson));
  private final LibraryOptions library = new LibraryOptions(spec);
  private final PositionalParamSpec versions =
      positional(
          PositionalParamSpec.builder()
              .paramLabel("VERSION")
              .arity("1..2")
              .required(true)
              .type(List.class)
              .auxiliaryTypes(String.class)
              .completionCandidates(Candidates.BRIEFINGS)
              .description(
                  "OLD NEW (two files or ids); or one ID, against the version you last read; or"
                      + " ID@REV, against that git revision of its file in the library."));
  private final Context context;
  private BriefingResolver briefings;

  DiffCommand(Context context) {
    super(
        "diff",
        "Show what was added, removed and changed between two versions of a briefing.",
        "Statements (the title, the bottom line, section summaries, points, quotes, stakeholder"
            + " positions, timeline entries) are matched by id where points have one, else by text"
            + " in the same section: a moved or lightly edited point is changed, not removed and"
            + " added (docs/format.md, Revisions).",
        "Exit status: 0 nothing changed, 1 something changed, 2 usage, 3 I/O trouble.");
    this.context = context;
    examples(
        "  brief diff old.yaml new.yaml   (exit 1: they differ)",
        "  brief diff us-azerbaijan-partnership-2025   (against the copy you last read)",
        "  brief diff --library briefings us-azerbaijan-partnership-2025@HEAD~1  (exit 1)",
        "  brief diff old.yaml new.yaml --format ndjson | jq -r .change   (exit 1)");
  }

  private record Version(String label, Briefing briefing) {}

  @Override
  public Integer call() {
    OutputOptions.Format format = output.format();
    List<String> args = values(versions);
    Version before;
    Version after;
    if (args.size() == 2) {
      before = file(args.get(0));
      after = file(args.get(1));
    } else {
      String arg = args.get(0);
      int at = arg.lastIndexOf('@');
      if (at > 0 && !Files.exists(Path.of(arg))) {
        String id = arg.substring(0, at);
        after = new Version(id, current(id));
        before = new Version(arg, atRevision(id, arg.substring(at + 1)));
      } else {
        after = new Version(arg, current(arg));
        before = lastRead(after.briefing());
      }
    }
    Changes changes = Changes.between(before.briefing(), after.briefing());
    Options options = output.options(context.env());
    PrintWriter out = spec.commandLine().getOut();
    String b = before.label();
    String a = after.label();
    out.print(
        switch (format) {
          case text -> ChangesOutput.text(b, a, changes, options);
          case markdown -> ChangesOutput.markdown(b, a, changes, options);
          case json -> ChangesOutput.json(b, a, changes, options.ascii());
          case ndjson -> ChangesOutput.ndjson(changes, options.ascii());
          case tsv -> throw new IllegalStateException("not offered: " + format);
        });
    out.flush();
    return changes.isEmpty() ? ExitCode.OK.code : CHANGED;
  }

  private BriefingResolver briefings() {
    if (briefings == null) {
      briefings = new BriefingResolver(context, library.folder(), spec.commandLine().getErr());
    }
    return briefings;
  }

  /** A file or id; an invalid file is a usage error here, since 1 means "changed". */
  private Version file(String arg) {
    try {
      return new Version(arg, briefings().resolve(arg));
    } catch (CliException e) {
      throw e.exitCode() == ExitCode.INVALID.code
          ? new CliException(ExitCode.USAGE.code, e.getMessage())
          : e;
    }
  }

  private Briefing current(String id) {
    return file(id).briefing();
  }

  private Version lastRead(Briefing now) {
    ReadState state = ReadState.open(BriefingResolver.stateDir(context.env()));
    for (String warning : state.warnings()) {
      spec.commandLine().getErr().println("brief: warning: " + Sanitizer.line(warning));
    }
    Optional<ReadMarks.Mark> mark = state.readMarks(List.of(now)).mark(now.id());
    if (mark.isEmpty()) {
      throw CliException.usage(
          "you have not read '"
              + Sanitizer.line(now.id())
              + "' yet: nothing to compare with (brief diff OLD NEW compares two files)");
    }
    Briefing read =
        state
            .lastRead(now.id())
            .orElseThrow(
                () ->
                    CliException.usage(
                        "no copy of '"
                            + Sanitizer.line(now.id())
                            + "' as you read it on "
                            + mark.get().readAt()
                            + " was kept: nothing to compare with"));
    return new Version(now.id() + " as read " + mark.get().readAt(), read);
  }

  /** The briefing {@code id} as its file was at git revision {@code rev}. */
  private Briefing atRevision(String id, String rev) {
    Path dir = library.folder();
    if (dir == null && !context.env().get("BRIEF_LIBRARY").isEmpty()) {
      dir = Path.of(context.env().get("BRIEF_LIBRARY"));
    }
    if (dir == null) {
      throw CliException.usage("ID@REV needs a library folder under git (--library DIR)");
    }
    if (rev.isEmpty() || rev.startsWith("-")) {
      throw CliException.usage("'" + Sanitizer.line(rev) + "' is not a git revision");
    }
    if (!id.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
      throw CliException.usage("ID@REV takes a briefing id, not '" + Sanitizer.line(id) + "'");
    }
    boolean workTree;
    try {
      workTree = git(dir, "rev-parse", "--is-inside-work-tree").strip().equals("true");
    } catch (CliException e) {
      workTree = false;
    }
    if (!workTree) {
      throw CliException.usage(
          "the library " + Sanitizer.line(dir.toString()) + " is not a git work tree");
    }
    // The file that held the id at that revision: the same file may have been renamed since.
    String found =
        git(
            dir,
            "grep",
            "-l",
            "-E",
            "^id:[[:space:]]*[\"']?" + id + "[\"']?[[:space:]]*(#.*)?$",
            rev,
            "--",
            "*.yaml",
            "*.yml");
    List<String> files = found.lines().filter(l -> !l.isBlank()).toList();
    if (files.isEmpty()) {
      throw CliException.usage(
          "no briefing '" + Sanitizer.line(id) + "' at " + Sanitizer.line(rev) + " in the library");
    }
    if (files.size() > 1) {
      throw CliException.usage(
          "the id '"
              + Sanitizer.line(id)
              + "' belongs to "
              + files.size()
              + " files at "
              + Sanitizer.line(rev));
    }
    String path = files.get(0).substring(rev.length() + 1);
    byte[] yaml = gitBytes(dir, "show", rev + ":./" + path);
    try {
      return new BriefingLoader().parse(rev + ":" + path, yaml, brief.load.SourceReader.NONE);
    } catch (BriefingException e) {
      briefings().report(e);
      throw new CliException(ExitCode.USAGE.code, "");
    }
  }

  private static String git(Path dir, String... args) {
    return new String(gitBytes(dir, args), StandardCharsets.UTF_8);
  }

  /** What git printed; a revision git does not know is a usage error, no git an I/O one. */
  private static byte[] gitBytes(Path dir, String... args) {
    String[] command = new String[args.length + 3];
    command[0] = "git";
    command[1] = "-C";
    command[2] = dir.toString();
    System.arraycopy(args, 0, command, 3, args.length);
    try {
      Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.PIPE).start();
      p.getOutputStream().close();
      byte[] out;
      try (InputStream in = p.getInputStream()) {
        out = in.readNBytes(MAX_GIT_OUTPUT);
      }
      String err = new String(p.getErrorStream().readNBytes(4096), StandardCharsets.UTF_8);
      int code = p.waitFor();
      // git grep says 1 when nothing matched: an answer, not a failure.
      if (code != 0 && !(args[0].equals("grep") && code == 1 && err.isBlank())) {
        String first = err.lines().findFirst().orElse("exit status " + code);
        throw CliException.usage("git " + args[0] + ": " + Sanitizer.line(first));
      }
      return out;
    } catch (IOException e) {
      throw new CliException(
          ExitCode.IO.code, "cannot run git: " + Sanitizer.line(String.valueOf(e.getMessage())));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CliException(ExitCode.IO.code, "interrupted while git ran");
    }
  }
}
