package brief.cli;

import brief.draft.Draft;
import brief.draft.DraftException;
import brief.draft.DraftFiles;
import brief.draft.Drafter;
import brief.render.Sanitizer;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * {@code brief draft}: reads the article, hands it to {@link Drafter}, and saves or prints the
 * draft.
 */
final class DraftCommand extends Command {
  private static final String ID = "[a-z0-9]+(-[a-z0-9]+)*";

  private final PositionalParamSpec article =
      positional(
          PositionalParamSpec.builder()
              .paramLabel("ARTICLE")
              .required(true)
              .type(String.class)
              .description(
                  "The article: a UTF-8 plain-text file (paragraphs separated by blank lines), a saved web page "
                      + "(.html), or - for standard input."));
  private final OptionSpec output =
      option(
          OptionSpec.builder("-o", "--output")
              .paramLabel("FILE")
              .type(String.class)
              .description(
                  "Write the draft to FILE and its source text to sources/ID.txt beside it "
                      + "(default, or -: print the draft, without source text)."));
  private final OptionSpec id =
      option(
          OptionSpec.builder("--id")
              .paramLabel("ID")
              .type(String.class)
              .description(
                  "The briefing's id (kebab-case; default: the name of FILE, else the article's title)."));
  private final OptionSpec force =
      option(
          OptionSpec.builder("--force")
              .arity("0")
              .description("Replace FILE (and its source text) if they exist."));
  private final Context context;

  DraftCommand(Context context) {
    super(
        "draft",
        "Draft a briefing from an article, for an analyst to finish.",
        "Finds every direct quote and its speaker, the people, states and organisations named, suggested themes, "
            + "and one draft point per paragraph; the author and publication time come from a header line or the page's metadata.",
        "The draft passes 'brief validate'; 'brief validate --strict' fails only where a TODO comment asks for a decision.",
        "Exit status: 0 written, 1 not an article, 2 usage (FILE exists without --force), 3 unreadable or unwritable.");
    this.context = context;
    examples(
        "  brief draft article.txt -o briefings/talks.yaml",
        "  brief draft saved-page.html -o talks.yaml --id talks-2025",
        "  curl -s URL | brief draft - > draft.yaml");
  }

  @Override
  public Integer call() {
    String name = article.getValue();
    String wantedId = id.getValue() == null ? "" : id.getValue();
    if (!wantedId.isEmpty() && !wantedId.matches(ID)) {
      throw CliException.usage(
          "--id '" + Sanitizer.line(wantedId) + "' is not kebab-case (like talks-2025)");
    }
    String out = output.getValue();
    boolean toFile = out != null && !out.equals("-");
    if (toFile && wantedId.isEmpty()) {
      wantedId = fileId(Path.of(out));
    }
    PrintWriter err = spec.commandLine().getErr();
    try {
      Draft draft =
          Drafter.draft(read(name), name.equals("-") ? "<stdin>" : name, wantedId, toFile);
      if (!toFile) {
        spec.commandLine().getOut().print(draft.yaml());
        spec.commandLine().getOut().flush();
        err.println(
            "brief: note: the draft has no source.text (printed, not saved); use -o FILE to save the article's "
                + "text beside it, which 'brief validate' checks the quotes against");
        return ExitCode.OK.code;
      }
      Path briefing = Path.of(out);
      Path source =
          DraftFiles.save(draft, briefing, isSet(force), name.equals("-") ? null : Path.of(name));
      err.println(
          "brief: wrote "
              + Sanitizer.line(briefing.toString())
              + (source == null ? "" : " and " + Sanitizer.line(asGiven(briefing, source)))
              + " ("
              + draft.quotes().size()
              + (draft.quotes().size() == 1 ? " quote" : " quotes")
              + "); check it with: brief validate --strict "
              + Sanitizer.line(briefing.toString()));
      return ExitCode.OK.code;
    } catch (DraftException e) {
      throw new CliException(
          switch (e.kind()) {
            case INVALID_INPUT -> ExitCode.INVALID.code;
            case EXISTS -> ExitCode.USAGE.code;
            case UNREADABLE, UNWRITABLE -> ExitCode.IO.code;
          },
          Sanitizer.line(e.getMessage()));
    }
  }

  /** The id a file name gives ("briefings/Talks 2025.yaml" → talks-2025), or "" for none. */
  private static String fileId(Path file) {
    String base =
        file.getFileName() == null ? "" : file.getFileName().toString().replaceAll("\\.[^.]*$", "");
    return base.matches(ID) ? base : "";
  }

  private byte[] read(String name) {
    try {
      if (name.equals("-")) {
        return readAtMost(context.stdin());
      }
      Path path = Path.of(name);
      if (Files.isDirectory(path)) {
        throw new CliException(
            ExitCode.IO.code, Sanitizer.line(name) + ": is a folder, not an article");
      }
      try (InputStream in = Files.newInputStream(path)) {
        return readAtMost(in);
      }
    } catch (NoSuchFileException e) {
      throw new CliException(ExitCode.IO.code, Sanitizer.line(name) + ": no such file");
    } catch (AccessDeniedException e) {
      throw new CliException(ExitCode.IO.code, Sanitizer.line(name) + ": permission denied");
    } catch (IOException e) {
      throw new CliException(
          ExitCode.IO.code,
          Sanitizer.line(name)
              + ": cannot read: "
              + Sanitizer.line(String.valueOf(e.getMessage())));
    }
  }

  /** Reads one byte past the limit, so that the drafter can say the article is too large. */
  private static byte[] readAtMost(InputStream in) throws IOException {
    return in.readNBytes(Drafter.MAX_BYTES + 1);
  }

  /** The source text's path in the form the briefing's was given: relative when it was. */
  private static String asGiven(Path briefing, Path source) {
    if (briefing.isAbsolute()) {
      return source.toAbsolutePath().toString();
    }
    return Path.of("").toAbsolutePath().relativize(source.toAbsolutePath()).toString();
  }
}
