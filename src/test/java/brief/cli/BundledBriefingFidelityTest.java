package brief.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The product's own briefing, held to the standard of the code: strict validation passes and fails
 * when its evidence is taken away, and its condensed summary is condensed.
 */
class BundledBriefingFidelityTest {
  private static final Path BRIEFINGS = Path.of("briefings");
  private static final String FILE = "us-azerbaijan-partnership-2025.yaml";

  private static Cli bundled() {
    return new Cli().env("BRIEF_LIBRARY", BRIEFINGS.toString());
  }

  @Test
  void theBundledBriefingsPassStrictValidation() {
    Cli.Result r = bundled().run("validate", "--strict", "briefings/");
    assertEquals(0, r.code(), r.out() + r.err());
    assertTrue(r.out().endsWith("valid; fidelity check passed\n"), r.out());
  }

  @Test
  void withoutItsSourceTextStrictValidationFails(@TempDir Path dir) throws IOException {
    String yaml = copy(dir).replaceAll("(?m)^  text: sources/.*\\n", "");
    Path file = Files.writeString(dir.resolve(FILE), yaml, StandardCharsets.UTF_8);
    Cli.Result r = bundled().run("validate", "--strict", file.toString());
    assertEquals(1, r.code(), r.out());
    assertTrue(
        r.out().contains("error: no source text (source.text): fidelity not checked"), r.out());
  }

  @Test
  void aQuoteGivenToSomeoneTheArticleDoesNotAttributeItToIsAnError(@TempDir Path dir)
      throws IOException {
    String yaml = copy(dir);
    int quotes = yaml.indexOf("\nquotes:");
    int speaker = yaml.indexOf("speaker: ilham-aliyev", quotes);
    assertTrue(quotes > 0 && speaker > 0, "the bundled briefing has a quote by Aliyev");
    yaml =
        yaml.substring(0, speaker)
            + "speaker: donald-trump"
            + yaml.substring(speaker + "speaker: ilham-aliyev".length());
    Path file = Files.writeString(dir.resolve(FILE), yaml, StandardCharsets.UTF_8);
    Cli.Result r = bundled().run("validate", file.toString());
    assertEquals(1, r.code(), r.out());
    assertTrue(
        r.out()
            .contains(
                "the article attributes this to Ilham Aliyev (¶4: \"President Aliyev said\"), not to Donald Trump"),
        r.out());
  }

  @Test
  void theSummaryIsCondensedAndCutsNoWord() throws IOException {
    String out = bundled().run("summary", "--width", "80").out();
    int words = out.trim().split("\\s+").length;
    assertTrue(words <= 220, words + " words:\n" + out);
    String yaml = Files.readString(BRIEFINGS.resolve(FILE), StandardCharsets.UTF_8);
    assertEquals(
        yaml.chars().filter(c -> c == '…').count() > 0,
        out.contains("…"),
        "an ellipsis in the summary only where the briefing has one:\n" + out);
  }

  @Test
  void theSummaryShowsTheOnlyUsActionAndTheIraqAfghanistanRecord() {
    String out = bundled().run("summary", "--width", "80").out();
    assertTrue(out.contains("Trump"), out);
    assertTrue(out.contains("Iraq") && out.contains("Afghanistan"), out);
  }

  @Test
  void noPointInTheSummaryRepeatsAKeyQuote() {
    String json = bundled().run("summary", "--format", "json").out();
    var tree = read(json).get("summaries").get(0);
    List<String> points = new ArrayList<>();
    tree.get("points").forEach(p -> points.add(p.get("text").asText()));
    tree.get("quotes")
        .forEach(
            q -> {
              for (String p : points) {
                String shared = longestSharedRun(words(p), words(q.get("text").asText()));
                assertTrue(
                    shared.isEmpty() || shared.split(" ").length < 6,
                    "a point repeats the key quote: '" + shared + "' in " + p);
              }
            });
  }

  @Test
  void everyThemeFilterShowsAtLeastOnePoint() {
    var themes = read(bundled().run("themes", "--format", "json").out()).get("themes");
    assertTrue(themes.size() > 0);
    themes.forEach(
        t -> {
          String id = t.get("id").asText();
          var summary =
              read(bundled().run("summary", "--theme", id, "--format", "json").out())
                  .get("summaries")
                  .get(0);
          assertFalse(summary.get("points").isEmpty(), "summary --theme " + id + " shows no point");
        });
  }

  @Test
  void theBylineSaysItIsAnOpinionPieceAndEveryPointSaysWhoseClaimItIs() {
    String out = bundled().run("show", "us-azerbaijan-partnership-2025", "--width", "200").out();
    assertTrue(out.contains("opinion piece by Qabil Ashirov"), out);
    var briefing =
        read(bundled().run("show", "us-azerbaijan-partnership-2025", "--format", "json").out())
            .get("briefing");
    briefing
        .get("sections")
        .forEach(
            s ->
                s.get("points")
                    .forEach(
                        p ->
                            assertFalse(
                                p.get("basis").asText().isEmpty(),
                                "no basis: " + p.get("text").asText())));
  }

  private static String copy(Path dir) throws IOException {
    Files.createDirectories(dir.resolve("sources"));
    try (var files = Files.list(BRIEFINGS.resolve("sources"))) {
      for (Path f : files.toList()) {
        Files.copy(f, dir.resolve("sources").resolve(f.getFileName()));
      }
    }
    return Files.readString(BRIEFINGS.resolve(FILE), StandardCharsets.UTF_8);
  }

  private static List<String> words(String text) {
    return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
        .filter(w -> !w.isEmpty())
        .toList();
  }

  private static String longestSharedRun(List<String> a, List<String> b) {
    int bestAt = 0;
    int bestLength = 0;
    for (int i = 0; i < a.size(); i++) {
      for (int j = 0; j < b.size(); j++) {
        int n = 0;
        while (i + n < a.size() && j + n < b.size() && a.get(i + n).equals(b.get(j + n))) {
          n++;
        }
        if (n > bestLength) {
          bestAt = i;
          bestLength = n;
        }
      }
    }
    return String.join(" ", a.subList(bestAt, bestAt + bestLength));
  }

  private static com.fasterxml.jackson.databind.JsonNode read(String json) {
    try {
      return new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);
    } catch (IOException e) {
      throw new AssertionError(json, e);
    }
  }
}
