package brief.cli;

import brief.core.Briefing;
import brief.core.Diagnostic;
import brief.core.Similarity;
import brief.core.ThemeFilter;
import brief.core.ThemeResolver;
import brief.load.BriefingException;
import brief.load.BriefingLoader;
import brief.load.Library;
import brief.load.LibraryScanner;
import brief.render.Sanitizer;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Model.PositionalParamSpec;

// Over 300 lines: finding the library, resolving names in it and reporting its problems, which
// change together.
/**
 * Turns BRIEFING arguments into briefings: a library id, a path to a file, or {@code -} for
 * standard input; with none, the library's newest. Problems of other files in the library go to
 * standard error and never stop the command.
 */
final class BriefingResolver {
  private final Context context;
  private final Path folder;
  private final PrintWriter err;
  private final boolean verbose;
  private final BriefingLoader loader = new BriefingLoader();
  private Library library;

  /** {@code folder} is the library asked for with {@code --library}, or null. */
  BriefingResolver(Context context, Path folder, PrintWriter err) {
    this(context, folder, err, false);
  }

  /**
   * As {@link #BriefingResolver(Context, Path, PrintWriter)}; with {@code verbose}, each unreadable
   * file of the library is reported in full, else one line counts them.
   */
  BriefingResolver(Context context, Path folder, PrintWriter err, boolean verbose) {
    this.context = context;
    this.folder = folder;
    this.err = err;
    this.verbose = verbose;
  }

  Library library() {
    if (context.isServed()) {
      // The server reports the library's problems in its own log.
      return context.served();
    }
    if (library == null) {
      library = scan();
      java.util.Set<String> kept = new java.util.HashSet<>();
      for (List<String> files : library.duplicates().values()) {
        kept.addAll(files);
      }
      int unreadable = 0;
      String first = "";
      Path cache = cacheDir(context.env());
      for (BriefingException problem : library.problems()) {
        String file = problem.diagnostics().isEmpty() ? "" : problem.diagnostics().get(0).file();
        boolean duplicate = kept.contains(file);
        if (cache != null && file.startsWith(cache.toString())) {
          skipped(problem); // a note on the cache, not on the library: said as it is
        } else if (duplicate) {
          report(
              problem); // an error to resolve: both files are kept, and a lookup by their id fails
        } else {
          unreadable++;
          if (first.isEmpty() && !problem.diagnostics().isEmpty()) {
            first = Sanitizer.line(problem.diagnostics().get(0).where());
          }
          if (verbose) {
            skipped(problem);
          }
        }
      }
      if (unreadable > 0) {
        unreadable(unreadable, first);
      }
    }
    return library;
  }

  /**
   * One line for the library's unreadable files, on every run, however many they are: the details
   * are {@code validate}'s (and {@code --verbose}'s). A library of which nothing could be read is
   * no library: exit 1, as for an invalid file.
   */
  private void unreadable(int count, String first) {
    String dir = Sanitizer.line(library.origin());
    String files = count == 1 ? "1 file" : count + " files";
    // Where the first one breaks, file:line:col, so that even one line points at it.
    String at =
        first.isEmpty()
            ? ""
            : " (" + first + (count > 1 ? " and " + (count - 1) + " more" : "") + ")";
    if (library.briefings().isEmpty()) {
      throw new CliException(
          ExitCode.INVALID.code,
          "no briefing of the library "
              + dir
              + " could be read ("
              + files
              + (first.isEmpty() ? "" : ", the first at " + first)
              + "): brief validate "
              + dir
              + " lists what to fix");
    }
    err.println(
        "brief: "
            + files
            + " could not be read"
            + at
            + ": brief validate "
            + dir
            + (verbose ? "" : " (or --verbose) lists what to fix"));
    err.flush();
  }

  /**
   * The library read again from its folder, reporting nothing (the reader's screen is up): what the
   * open reader checks every few seconds.
   */
  Library rescan() {
    return scan();
  }

  private Library scan() {
    Path dir = folder;
    if (dir == null && !context.env().get("BRIEF_LIBRARY").isEmpty()) {
      dir = Path.of(context.env().get("BRIEF_LIBRARY"));
    }
    LibraryScanner scanner = new LibraryScanner(loader, cacheDir(context.env()));
    if (dir == null) {
      return scanner.bundled();
    }
    try {
      return scanner.scan(dir);
    } catch (BriefingException e) {
      throw new CliException(
          ExitCode.IO.code,
          "library "
              + Sanitizer.line(dir.toString())
              + ": "
              + Sanitizer.line(e.diagnostics().get(0).message()));
    }
  }

  /**
   * Where parsed libraries are kept between runs: {@code $XDG_CACHE_HOME/brief}, else {@code
   * ~/.cache/brief}; none with {@code BRIEF_CACHE=0} (see {@link
   * brief.core.TerminalEnvironment#baseDirectory}).
   */
  static Path cacheDir(Env env) {
    if (env.get("BRIEF_CACHE").equals("0")) {
      return null;
    }
    return env.terminal().baseDirectory("XDG_CACHE_HOME", ".cache");
  }

  /**
   * Where read marks are kept: {@code $XDG_STATE_HOME/brief}, else {@code ~/.local/state/brief};
   * null (marks for this run only) when there is no home.
   */
  static Path stateDir(Env env) {
    return env.terminal().baseDirectory("XDG_STATE_HOME", ".local", "state");
  }

  /** The briefings named, or the library's newest when none is. */
  List<Briefing> resolve(List<String> args) {
    if (args.isEmpty()) {
      Optional<Briefing> newest = library().newest();
      if (newest.isEmpty()) {
        throw new CliException(
            ExitCode.USAGE.code,
            "the library " + Sanitizer.line(library().origin()) + " holds no briefing");
      }
      return List.of(newest.get());
    }
    List<Briefing> out = new ArrayList<>();
    for (String arg : args) {
      out.add(resolve(arg));
    }
    return out;
  }

  Briefing resolve(String arg) {
    if (context.isServed()) {
      if (arg.equals("-") || arg.contains("/") || LibraryScanner.isBriefingFile(arg)) {
        throw CliException.usage(
            "over SSH a BRIEFING is a library id, not a file: '"
                + Sanitizer.line(arg)
                + "' (try: list)");
      }
      return byId(arg);
    }
    try {
      if (arg.equals("-")) {
        return loader.load(context.stdin(), "<stdin>", brief.load.SourceReader.NONE);
      }
      Path path = Path.of(arg);
      if (LibraryScanner.isBriefingFile(arg) || arg.contains("/") || Files.exists(path)) {
        return loader.load(path, arg);
      }
    } catch (java.nio.file.InvalidPathException e) {
      // not a path: look it up as an id
    } catch (BriefingException e) {
      report(e);
      throw new CliException(e.unreadable() ? ExitCode.IO.code : ExitCode.INVALID.code, "");
    }
    List<String> files = library().duplicates().get(arg);
    if (files != null) {
      throw new CliException(
          ExitCode.INVALID.code,
          "the id '"
              + Sanitizer.line(arg)
              + "' belongs to "
              + files.size()
              + " briefings ("
              + Sanitizer.line(String.join(", ", files))
              + "): change the id of all but one, or name the file");
    }
    return byId(arg);
  }

  /** The briefing of this id, or of the one id that starts with it (as git takes a commit's). */
  private Briefing byId(String id) {
    Optional<Briefing> found = library().byId(id);
    if (found.isPresent()) {
      return found.get();
    }
    List<Briefing> starting = new ArrayList<>();
    for (Briefing b : library().briefings()) {
      if (!id.isEmpty() && b.id().startsWith(id)) {
        starting.add(b);
      }
    }
    if (starting.size() == 1) {
      return starting.get(0);
    }
    if (starting.size() > 1) {
      throw CliException.usage(
          "ambiguous briefing '"
              + Sanitizer.line(id)
              + "' (matches: "
              + Sanitizer.line(String.join(", ", starting.stream().map(Briefing::id).toList()))
              + ")");
    }
    throw unknown(id);
  }

  private CliException unknown(String id) {
    List<String> ids = library().briefings().stream().map(Briefing::id).toList();
    String hint =
        Similarity.nearest(id, ids)
            .map(best -> "; did you mean '" + Sanitizer.line(best) + "'?")
            .orElse(
                " (briefings: "
                    + (ids.isEmpty() ? "none" : Sanitizer.line(String.join(", ", ids)))
                    + ")");
    // Over SSH the server's folder is not the client's business.
    String where =
        context.isServed() ? "" : " in the library " + Sanitizer.line(library().origin());
    return CliException.usage("unknown briefing '" + Sanitizer.line(id) + "'" + where + hint);
  }

  /** The optional BRIEFING of a command about one briefing. */
  static PositionalParamSpec.Builder someBriefings(Context context) {
    return someBriefings(context, "Briefing ids, .yaml files, or - (default: the newest).");
  }

  /**
   * BRIEFING... of a command, completed with the library's ids, described as {@code description}.
   */
  static PositionalParamSpec.Builder someBriefings(Context context, String description) {
    return PositionalParamSpec.builder()
        .paramLabel("BRIEFING")
        .arity("0..*")
        .type(List.class)
        .auxiliaryTypes(String.class)
        .completionCandidates(Candidates.BRIEFINGS)
        .description(description);
  }

  /** The theme filter that {@code --theme} asks for, checked against these briefings' themes. */
  static ThemeFilter filter(List<String> themes, List<Briefing> briefings) {
    if (themes.isEmpty()) {
      return ThemeFilter.NONE;
    }
    ThemeResolver.Resolution r = new ThemeResolver(briefings).resolve(themes);
    if (!r.ok()) {
      throw CliException.usage(Sanitizer.line(r.error()));
    }
    return new ThemeFilter(r.ids());
  }

  /**
   * A file of the library that could not be used: warnings, since the command goes on without it.
   */
  private void skipped(BriefingException e) {
    for (Diagnostic d : e.diagnostics()) {
      err.println(Sanitizer.line(d.asWarning().toString()));
    }
    String file = e.diagnostics().isEmpty() ? "" : e.diagnostics().get(0).file();
    if (LibraryScanner.isBriefingFile(file)) {
      err.println("brief: skipped " + Sanitizer.line(file));
    }
    err.flush();
  }

  void report(BriefingException e) {
    for (Diagnostic d : e.diagnostics()) {
      err.println(Sanitizer.line(d.toString()));
    }
    err.flush();
  }
}
