package brief.draft;

import static org.junit.jupiter.api.Assertions.fail;

import brief.load.BriefingException;
import brief.load.BriefingLoader;
import brief.load.Limits;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The test articles and what they expect, and the draft's check as {@code brief validate --strict}
 * makes it.
 */
final class DraftedArticles {
  static final Path DIR = Path.of("src/test/resources/draft");

  /** An expected quote: its speaker's name ("" for nobody) and its verbatim text. */
  record Expected(String speaker, String text) {}

  private DraftedArticles() {}

  static List<Path> articles(String folder, String extension) throws IOException {
    try (Stream<Path> files = Files.list(DIR.resolve(folder))) {
      return files.filter(p -> p.toString().endsWith(extension)).sorted().toList();
    }
  }

  /** The article's language and attribution pattern, from its expected file's "# key: value". */
  static String header(Path article, String key) throws IOException {
    Path file = Path.of(article.toString().replaceAll("\\.[a-z]+$", ".expected"));
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.startsWith("# " + key + ":")) {
        return line.substring(key.length() + 3).strip();
      }
    }
    return key.equals("language") ? "en" : "mixed";
  }

  static List<Expected> expected(Path article) throws IOException {
    Path file = Path.of(article.toString().replaceAll("\\.[a-z]+$", ".expected"));
    List<Expected> out = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#") || line.startsWith("clutter:")) {
        continue;
      }
      String[] parts = line.split("\\|", 2);
      String speaker = parts[0].strip();
      out.add(new Expected(speaker.equals("?") ? "" : speaker, parts[1].strip()));
    }
    return out;
  }

  static Draft draft(Path article) throws IOException, DraftException {
    return Drafter.draft(Files.readAllBytes(article), article.toString(), "", true);
  }

  /**
   * The draft loaded as {@code validate --strict} loads it, with its source text: fails the test on
   * any error; returns the warnings (which --strict would count as errors).
   */
  static List<String> strictWarnings(Draft draft) {
    BriefingLoader loader = new BriefingLoader(Limits.DEFAULT, true);
    byte[] text = draft.sourceText().getBytes(StandardCharsets.UTF_8);
    try {
      return loader
          .check(draft.id() + ".yaml", draft.yaml().getBytes(StandardCharsets.UTF_8), path -> text)
          .warnings()
          .stream()
          .map(Object::toString)
          .toList();
    } catch (BriefingException e) {
      return fail("the draft does not load:\n" + e.diagnostics() + "\n" + draft.yaml());
    }
  }
}
