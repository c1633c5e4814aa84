package brief.cli;

import brief.core.Briefing;
import brief.core.Diagnostic;
import brief.core.FileReport;
import brief.core.Parallel;
import brief.load.BriefingException;
import brief.load.BriefingLoader;
import brief.load.LibraryScanner;
import brief.load.Limits;
import brief.render.JsonWriter;
import brief.render.Sanitizer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

final class ValidateCommand extends Command {
  // A report is text or JSON: markdown is refused rather than printed as text.
  private final OutputOptions output =
      new OutputOptions(
          spec, java.util.EnumSet.of(OutputOptions.Format.text, OutputOptions.Format.json));
  private final PositionalParamSpec paths =
      positional(
          PositionalParamSpec.builder()
              .paramLabel("FILE")
              .arity("1..*")
              .required(true)
              .type(List.class)
              .auxiliaryTypes(Path.class)
              .converters(PATH)
              .description("Briefing files, or folders to search for *.yaml and *.yml."));
  private final OptionSpec strict =
      option(
          OptionSpec.builder("--strict")
              .description(
                  "Count warnings as errors: what a person must check makes the file invalid."));
  private final Context context;

  ValidateCommand(Context context) {
    super(
        "validate",
        "Check briefing files against the format (version 1).",
        "With a source text (source.text), also check fidelity: every quote inside a quotation of the paragraph it cites,"
            + " every timeline date written in its paragraph, every paragraph number in range."
            + " Warnings (a point or date without a source, a speaker not named near the quote, no source text)"
            + " do not fail a file unless --strict.",
        "Exit status: 0 valid, 1 invalid, 2 usage, 3 unreadable.");
    this.context = context;
    examples(
        "  brief validate briefings/",
        "  brief validate --strict briefings/",
        "  brief validate draft.yaml --format json");
  }

  @Override
  public Integer call() {
    output.format(); // a format validate does not print is refused before any work
    BriefingLoader loader = new BriefingLoader(Limits.DEFAULT, true);
    boolean strictly = isSet(strict);
    // In the paths' order: a file to check, or the outcome of a path that names none.
    List<Supplier<FileReport>> work = new ArrayList<>();
    for (Path path : Command.<Path>values(paths)) {
      List<FileReport> missing = new ArrayList<>();
      for (String name : files(path, missing)) {
        work.add(() -> report(loader, name, strictly));
      }
      for (FileReport known : missing) {
        work.add(() -> known);
      }
    }
    List<FileReport> outcomes = Parallel.map(work, Supplier::get);
    outcomes = withDuplicateIds(outcomes);
    PrintWriter out = spec.commandLine().getOut();
    if (output.format() == OutputOptions.Format.json) {
      json(out, outcomes);
    } else {
      text(out, outcomes);
    }
    out.flush();
    if (outcomes.stream().anyMatch(FileReport::unreadable)) {
      return ExitCode.IO.code;
    }
    return outcomes.stream().allMatch(FileReport::valid) ? ExitCode.OK.code : ExitCode.INVALID.code;
  }

  private FileReport report(BriefingLoader loader, String name, boolean strictly) {
    String file = name.equals("-") ? "<stdin>" : name;
    try {
      BriefingLoader.Checked checked =
          name.equals("-")
              // Standard input's source text, if any, is looked for from the current folder.
              ? loader.check(context.stdin(), file, Path.of(""))
              : loader.check(Path.of(name), file);
      return strictly
          ? new FileReport(
              file,
              checked.briefing(),
              checked.warnings().stream().map(Diagnostic::asError).toList(),
              List.of(),
              false)
          : new FileReport(file, checked.briefing(), List.of(), checked.warnings(), false);
    } catch (BriefingException e) {
      return FileReport.failed(file, e.diagnostics(), e.unreadable());
    }
  }

  /** The briefing files a path names; a folder is searched, a missing path is an outcome. */
  private static List<String> files(Path path, List<FileReport> outcomes) {
    if (path.toString().equals("-") || !Files.isDirectory(path)) {
      return List.of(path.toString());
    }
    try (Stream<Path> walk = Files.walk(path)) {
      List<String> found =
          walk.filter(p -> LibraryScanner.isBriefingFile(p.getFileName().toString()))
              .filter(p -> !Files.isDirectory(p))
              .map(Path::toString)
              .sorted()
              .toList();
      if (found.isEmpty()) {
        outcomes.add(
            FileReport.failed(
                path.toString(),
                List.of(
                    Diagnostic.of(
                        path.toString(),
                        "is a directory with no briefing files (*.yaml, *.yml) in it")),
                false));
      }
      return found;
    } catch (IOException | UncheckedIOException e) {
      outcomes.add(
          FileReport.failed(
              path.toString(),
              List.of(Diagnostic.of(path.toString(), "cannot read the folder")),
              true));
      return List.of();
    }
  }

  /** Ids must be unique across everything validated together (a library). */
  private static List<FileReport> withDuplicateIds(List<FileReport> outcomes) {
    Map<String, String> firstFile = new HashMap<>();
    List<FileReport> out = new ArrayList<>();
    for (FileReport o : outcomes) {
      if (o.briefing() != null) {
        String first = firstFile.putIfAbsent(o.briefing().id(), o.file());
        if (first != null) {
          o =
              o.withError(
                  Diagnostic.of(
                      o.file(), "id '" + o.briefing().id() + "' is already used by " + first));
        }
      }
      out.add(o);
    }
    return out;
  }

  private void text(PrintWriter out, List<FileReport> outcomes) {
    var style = output.options(context.env()).style();
    int invalid = 0;
    int errors = 0;
    int warnings = 0;
    for (FileReport o : outcomes) {
      for (Diagnostic d : o.warnings()) {
        out.println(Sanitizer.line(d.toString()));
      }
      warnings += o.warnings().size();
      if (o.errors().isEmpty()) {
        out.println(Sanitizer.line(o.file()) + ": " + style.ok("ok") + fidelity(o.briefing()));
      } else {
        invalid++;
        errors += o.errors().size();
        for (Diagnostic d : o.errors()) {
          out.println(Sanitizer.line(d.toString()));
        }
      }
    }
    int n = outcomes.size();
    if (invalid == 0) {
      boolean checked = outcomes.stream().anyMatch(FileReport::fidelityChecked);
      out.println(
          n
              + (n == 1 ? " file" : " files")
              + " valid"
              + (checked ? "; fidelity check passed" : "")
              + (warnings == 0
                  ? ""
                  : "; "
                      + warnings
                      + (warnings == 1 ? " warning" : " warnings")
                      + " to check (--strict fails on them)"));
    } else {
      out.println(
          style.error(
              invalid
                  + " of "
                  + n
                  + (n == 1 ? " file" : " files")
                  + " invalid ("
                  + errors
                  + (errors == 1 ? " error" : " errors")
                  + ")"));
    }
  }

  private static String fidelity(Briefing b) {
    if (b.source().textPath().isEmpty()) {
      return " (no source text: fidelity not checked)";
    }
    long refs =
        b.sections().stream()
                .flatMap(s -> s.points().stream())
                .mapToLong(p -> p.paragraphs().size())
                .sum()
            + b.quotes().stream().mapToLong(q -> q.paragraphs().size()).sum();
    return " (fidelity: "
        + b.quotes().size()
        + (b.quotes().size() == 1 ? " quote" : " quotes")
        + " inside quotations of their paragraphs, "
        + refs
        + " paragraph references exist in "
        + Sanitizer.line(b.source().textPath())
        + ")";
  }

  private void json(PrintWriter out, List<FileReport> outcomes) {
    boolean ascii = output.options(context.env()).ascii();
    JsonWriter.document(out, ascii, w -> w.validation(outcomes));
  }
}
