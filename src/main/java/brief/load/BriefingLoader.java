package brief.load;

import brief.core.Briefing;
import brief.core.Diagnostic;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Loads one briefing file. Bytes are checked for size, decoded as strict UTF-8, composed into a
 * node tree with SnakeYAML's safe settings (no global tags, few aliases, bounded nesting) and
 * mapped by hand. Throws only {@link BriefingException}, holding every error.
 *
 * <p>With {@code strict} (as {@code brief validate} runs it) the loader also checks the fidelity
 * rules against the source text (see {@link Fidelity}), keeps warnings for {@link #check}, and
 * refuses control and bidi characters.
 */
public final class BriefingLoader {
  private static final long MAX_SOURCE_BYTES = 8L * 1024 * 1024;

  /**
   * Resolves every untagged scalar to a string: the mapping reads each field's source text itself,
   * so guessing booleans, numbers and dates by regular expression (SnakeYAML's default, and most of
   * its parsing time) would be work thrown away. Read-only, so shared. In a class of its own, made
   * on the first parse: SnakeYAML's {@code Resolver} compiles ten regular expressions when it is
   * first used (~1.2 ms), and a lookup answered from the library cache parses nothing.
   */
  private static final class TextOnly {
    static final Resolver RESOLVER =
        new Resolver() {
          @Override
          protected void addImplicitResolvers() {
            // none: see above
          }
        };
  }

  private final Limits limits;
  private final boolean strict;

  public BriefingLoader(Limits limits, boolean strict) {
    this.limits = limits;
    this.strict = strict;
  }

  public BriefingLoader() {
    this(Limits.DEFAULT, false);
  }

  /** Loads a file; {@code shown} is how the file is named in messages. */
  public Briefing load(Path file, String shown) throws BriefingException {
    return check(file, shown).briefing();
  }

  /**
   * Loads a briefing from a stream (standard input, a bundled resource), reading at most the size
   * limit.
   */
  public Briefing load(InputStream in, String shown, SourceReader sources)
      throws BriefingException {
    return parse(shown, readStream(in, shown), sources);
  }

  /** Checks a briefing on a stream (standard input) whose source text lies in {@code folder}. */
  public Checked check(InputStream in, String shown, Path folder) throws BriefingException {
    return check(shown, readStream(in, shown), sourcesIn(folder.toAbsolutePath()));
  }

  /** Reads one byte more than the size limit at the most: {@link #check} refuses such a file. */
  private byte[] readStream(InputStream in, String shown) throws BriefingException {
    try {
      return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxBytes() + 1));
    } catch (IOException e) {
      throw BriefingException.unreadable(shown, "cannot read: " + reason(e));
    }
  }

  public Briefing parse(String shown, byte[] bytes, SourceReader sources) throws BriefingException {
    return check(shown, bytes, sources).briefing();
  }

  /** A briefing that loaded, with what a person should check (found only when strict). */
  public record Checked(Briefing briefing, List<Diagnostic> warnings) {}

  /** Loads a file as {@link #load(Path, String)} does, keeping the warnings. */
  public Checked check(Path file, String shown) throws BriefingException {
    byte[] bytes = readFile(file, shown, limits.maxBytes());
    return check(shown, bytes, sourcesIn(file.toAbsolutePath().getParent()));
  }

  /** Source texts read from {@code folder}, never from outside it. */
  private static SourceReader sourcesIn(Path folder) {
    return relative -> readBytes(SourcePath.resolve(folder, relative), MAX_SOURCE_BYTES);
  }

  public Checked check(String shown, byte[] bytes, SourceReader sources) throws BriefingException {
    if (bytes.length > limits.maxBytes()) {
      throw tooLarge(shown);
    }
    String text = TextDecoder.decode(shown, bytes);
    Problems problems = new Problems(shown);
    if (strict) {
      UnsafeCharacters.report(text, problems);
    }
    Node root = compose(shown, text);
    if (root == null) {
      throw new BriefingException(
          List.of(
              Diagnostic.of(
                  shown,
                  "the file is empty (expected a briefing: format, id, title, summary, themes, sections)")),
          false);
    }
    // A cycle needs an anchor (&) and an explicit tag needs a '!': most files have neither.
    Node cycle = text.indexOf('&') < 0 ? null : Nodes.cycle(root);
    if (cycle != null) {
      problems.at(cycle, "cyclic alias: a node that contains itself is not a briefing");
      throw new BriefingException(problems.sorted(), false);
    }
    if (text.indexOf('!') >= 0) {
      Tags.report(root, problems);
    }
    if (strict) {
      UnsafeCharacters.reportEscaped(root, text, problems);
    }
    BriefingMapper.Mapped mapped = BriefingMapper.map(root, problems);
    Briefing briefing = mapped.briefing();
    if (briefing != null && strict) {
      Fidelity.checkSources(briefing, mapped.evidence(), problems);
    }
    if (briefing != null && !briefing.source().textPath().isEmpty()) {
      briefing = withSourceText(briefing, mapped.evidence(), sources, problems);
    }
    if (problems.any()) {
      throw new BriefingException(problems.sorted(), false);
    }
    return new Checked(briefing, problems.warnings());
  }

  private Briefing withSourceText(
      Briefing briefing,
      BriefingMapper.Evidence evidence,
      SourceReader sources,
      Problems problems) {
    String path = briefing.source().textPath();
    List<String> paragraphs;
    try {
      paragraphs = Paragraphs.split(TextDecoder.decodeLenient(sources.read(path)));
    } catch (SourcePath.Escape e) {
      problems.at(evidence.sourceText(), "source text '" + path + "' " + e.getMessage());
      return briefing;
    } catch (IOException e) {
      if (strict) {
        problems.at(
            evidence.sourceText(),
            "source text '"
                + path
                + "' cannot be read"
                + " ("
                + reason(e)
                + ")"
                + "; the fidelity check needs it");
      }
      return briefing;
    }
    if (strict) {
      Fidelity.checkText(briefing, paragraphs, evidence, problems);
    }
    return briefing.withSource(briefing.source().withParagraphs(paragraphs));
  }

  private Node compose(String shown, String text) throws BriefingException {
    LoaderOptions options = new LoaderOptions();
    options.setMaxAliasesForCollections(limits.maxAliases());
    options.setNestingDepthLimit(limits.maxDepth());
    options.setAllowRecursiveKeys(false);
    options.setCodePointLimit((int) Math.min(Integer.MAX_VALUE, limits.maxBytes() + 16));
    // Only the node tree is composed: nothing is ever constructed from it, and the Composer
    // alone keeps start-up light. Its default tag inspector refuses global tags.
    Composer composer =
        new Composer(new ParserImpl(new StreamReader(text), options), TextOnly.RESOLVER, options);
    try {
      return composer.getSingleNode();
    } catch (MarkedYAMLException e) {
      var mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      String problem = e.getProblem() != null ? e.getProblem() : e.getMessage();
      if (e.getContext() != null && e.getContextMark() != null && e.getProblemMark() != null) {
        problem =
            problem
                + " ("
                + e.getContext()
                + " that starts at line "
                + (e.getContextMark().getLine() + 1)
                + ")";
      }
      Problems problems = new Problems(shown);
      problems.at(mark, yamlMessage(problem));
      throw new BriefingException(problems.sorted(), false);
    } catch (YAMLException e) {
      throw new BriefingException(
          List.of(Diagnostic.of(shown, yamlMessage(e.getMessage()))), false);
    } catch (StackOverflowError e) {
      throw new BriefingException(
          List.of(Diagnostic.of(shown, "the YAML nests too deeply")), false);
    }
  }

  /** SnakeYAML's wording, made to read as one line that says what is expected. */
  static String yamlMessage(String problem) {
    String p = problem == null ? "invalid YAML" : problem.replaceAll("\\s+", " ").trim();
    if (p.startsWith("Number of aliases for non-scalar nodes exceeds")) {
      return "too many aliases (more than "
          + Limits.DEFAULT.maxAliases()
          + "): refused as a possible alias bomb";
    }
    if (p.startsWith("Nesting Depth exceeded") || p.contains("nesting depth")) {
      return "the YAML nests too deeply (more than " + Limits.DEFAULT.maxDepth() + " levels)";
    }
    if (p.startsWith("Global tag is not allowed")) {
      return "global tags are not allowed (" + p.substring(p.indexOf(':') + 1).trim() + ")";
    }
    return "YAML syntax: " + p;
  }

  static byte[] readFile(Path file, String shown, long maxBytes) throws BriefingException {
    if (Files.isDirectory(file)) {
      throw BriefingException.unreadable(shown, "is a directory, not a briefing file");
    }
    if (Files.exists(file) && !Files.isRegularFile(file)) {
      // A FIFO or a device would block or never end: only regular files are read.
      throw BriefingException.unreadable(shown, "is not a regular file (a pipe or a device?)");
    }
    try {
      return readBytes(file, maxBytes);
    } catch (TooLarge e) {
      throw tooLarge(shown, maxBytes);
    } catch (IOException e) {
      throw BriefingException.unreadable(shown, "cannot read: " + reason(e));
    }
  }

  /** Reads at most {@code maxBytes}, checking the size before reading anything. */
  private static byte[] readBytes(Path file, long maxBytes) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new IOException(Files.exists(file) ? "not a regular file" : "no such file");
    }
    if (Files.size(file) > maxBytes) {
      throw new TooLarge();
    }
    byte[] bytes = BoundedRead.read(file, maxBytes);
    if (bytes.length > maxBytes) {
      throw new TooLarge();
    }
    return bytes;
  }

  private static final class TooLarge extends IOException {
    TooLarge() {
      super("larger than the size limit", null);
    }
  }

  static String reason(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    String m = e.getMessage();
    return m == null ? e.getClass().getSimpleName() : m;
  }

  private BriefingException tooLarge(String shown) {
    return tooLarge(shown, limits.maxBytes());
  }

  private static BriefingException tooLarge(String shown, long maxBytes) {
    return new BriefingException(
        List.of(
            Diagnostic.of(
                shown,
                "the file is larger than the limit of "
                    + maxBytes / 1024
                    + " KiB: refused (a briefing is a few KiB)")),
        false);
  }
}
