package brief.cli;

import static brief.cli.Cli.brief;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code brief draft} as a user runs it: files written safely, drafts that validate, one-line
 * errors.
 */
class DraftCommandTest {
  private static final String SEED = "src/test/resources/draft/seed.txt";

  @TempDir Path dir;

  @Test
  void theSeedArticleDraftsToAFileThatPassesStrictValidationWithItsSourceText() throws Exception {
    Path out = dir.resolve("us-azerbaijan.yaml");
    Cli.Result r = brief("draft", SEED, "-o", out.toString());
    assertEquals(0, r.code(), r.err());
    assertEquals("", r.out());
    assertTrue(
        r.err()
            .contains(
                "wrote "
                    + out
                    + " and "
                    + dir.resolve("sources/us-azerbaijan.txt")
                    + " (5 quotes)"),
        r.err());
    assertEquals(
        Files.readString(Path.of(SEED)).strip(),
        Files.readString(dir.resolve("sources/us-azerbaijan.txt")).strip());
    String yaml = Files.readString(out);
    assertTrue(yaml.contains("id: us-azerbaijan\n"), yaml);
    assertTrue(yaml.contains("  text: sources/us-azerbaijan.txt"), yaml);
    Cli.Result strict = brief("validate", "--strict", out.toString());
    assertEquals(0, strict.code(), strict.out() + strict.err());
    assertTrue(strict.out().contains("ok (fidelity: 5 quotes inside quotations"), strict.out());
  }

  @Test
  void theDraftOpensAsABriefing() {
    Path out = dir.resolve("seed.yaml");
    assertEquals(0, brief("draft", SEED, "-o", out.toString()).code());
    Cli.Result show = brief("quotes", out.toString());
    assertEquals(0, show.code(), show.err());
    assertTrue(show.out().contains("Ilham Aliyev"), show.out());
    assertEquals(0, brief("summary", out.toString()).code());
  }

  @Test
  void anExistingOutputFileIsLeftUntouchedWithoutForce() throws Exception {
    Path out = dir.resolve("mine.yaml");
    Files.writeString(out, "my own work\n");
    Cli.Result r = brief("draft", SEED, "-o", out.toString());
    assertEquals(2, r.code());
    assertEquals(
        "brief: " + out + " exists; not overwritten (use --force to replace it)\n", r.err());
    assertEquals("my own work\n", Files.readString(out));
    assertFalse(Files.exists(dir.resolve("sources")), "nothing else written either");
    assertEquals(List.of("mine.yaml"), files());
  }

  @Test
  void forceReplacesTheFileAndLeavesNoTemporaryFile() throws Exception {
    Path out = dir.resolve("mine.yaml");
    Files.writeString(out, "my own work\n");
    assertEquals(0, brief("draft", SEED, "-o", out.toString(), "--force").code());
    assertTrue(Files.readString(out).startsWith("# A draft briefing"));
    assertEquals(List.of("mine.yaml", "sources", "sources/mine.txt"), files());
  }

  @Test
  void aSourceTextWithOtherTextIsNotOverwrittenEither() throws Exception {
    Files.createDirectories(dir.resolve("sources"));
    Files.writeString(dir.resolve("sources/seed.txt"), "another article\n");
    Cli.Result r = brief("draft", SEED, "-o", dir.resolve("seed.yaml").toString());
    assertEquals(2, r.code());
    assertTrue(r.err().contains("exists with other text; not overwritten"), r.err());
    assertEquals("another article\n", Files.readString(dir.resolve("sources/seed.txt")));
    assertFalse(Files.exists(dir.resolve("seed.yaml")));
  }

  @Test
  void theArticleItselfIsNeverOverwrittenEvenWithForce() throws Exception {
    Path article = dir.resolve("article.yaml");
    Files.copy(Path.of(SEED), article);
    byte[] before = Files.readAllBytes(article);
    Cli.Result r = brief("draft", article.toString(), "-o", article.toString(), "--force");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("is the article itself; not overwritten"), r.err());
    assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(article)));
  }

  @Test
  void withoutOutputTheDraftIsPrintedWithoutSourceTextAndANoteSaysSo() {
    Cli.Result r = brief("draft", SEED);
    assertEquals(0, r.code());
    assertTrue(
        r.out().startsWith("# A draft briefing made by `brief draft` from " + SEED), r.out());
    assertTrue(r.out().contains("  # text: "), r.out());
    assertTrue(r.err().startsWith("brief: note: the draft has no source.text"), r.err());
    assertEquals(1, r.err().lines().count());
  }

  @Test
  void standardInputIsAnArticleToo() {
    Cli.Result r =
        new Cli()
            .stdin(
                "Talks resume\n\n\"We are ready to talk,\" Foreign Minister Jeyhun Bayramov said on Monday.\n")
            .run("draft", "-", "--id", "talks");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("id: talks\n"), r.out());
    assertTrue(r.out().contains("speaker: jeyhun-bayramov"), r.out());
  }

  @Test
  void badInputGetsOneLineAndTheContractsExitCode() throws Exception {
    assertOneLine(
        brief("draft", "no/such/article.txt"), 3, "brief: no/such/article.txt: no such file");
    assertOneLine(
        brief("draft", dir.toString()), 3, "brief: " + dir + ": is a folder, not an article");
    Path latin1 = dir.resolve("latin1.txt");
    Files.write(
        latin1,
        "Caf\u00e9 \"owners are angry about it\", said Jean Dupont."
            .getBytes(StandardCharsets.ISO_8859_1));
    assertOneLine(
        brief("draft", latin1.toString()),
        1,
        "brief: "
            + latin1
            + ":1:4: byte 0xE9 is not UTF-8 (save the article as UTF-8, or as a web page)");
    Path empty = dir.resolve("empty.txt");
    Files.writeString(empty, "\n\n  \n");
    assertOneLine(
        brief("draft", empty.toString()),
        1,
        "brief: " + empty + ": no article text found (an empty file?)");
    assertOneLine(
        brief("draft", SEED, "--id", "Not_Kebab"),
        2,
        "brief: --id 'Not_Kebab' is not kebab-case (like talks-2025)");
  }

  @Test
  void aFolderThatCannotBeMadeExitsThree() throws Exception {
    Path file = dir.resolve("a-file");
    Files.writeString(file, "x");
    Cli.Result r = brief("draft", SEED, "-o", file.resolve("x.yaml").toString());
    assertEquals(3, r.code(), r.err());
    assertEquals(
        "brief: cannot write "
            + file.resolve("sources/x.txt")
            + ": cannot make the folder "
            + file.resolve("sources")
            + "\n",
        r.err());
    assertEquals("x", Files.readString(file));
  }

  @Test
  void missingFoldersOfTheOutputAreMade() {
    Path out = dir.resolve("new/briefings/talks.yaml");
    assertEquals(0, brief("draft", SEED, "-o", out.toString()).code());
    assertTrue(Files.exists(out));
    assertTrue(Files.exists(dir.resolve("new/briefings/sources/talks.txt")));
  }

  @Test
  void controlAndBidiCharactersInAnArticleNeverReachTheDraft() throws Exception {
    Path article = dir.resolve("hostile.txt");
    Files.writeString(
        article,
        "Talks \u001b[2Jresume\n\n\"We are \u202eready\u202c to talk \u0007now,\" "
            + "Foreign Minister Jeyhun Bayramov\u009b said.\n");
    Path out = dir.resolve("hostile.yaml");
    assertEquals(0, brief("draft", article.toString(), "-o", out.toString()).code());
    String all = Files.readString(out) + Files.readString(dir.resolve("sources/hostile.txt"));
    assertTrue(all.chars().noneMatch(c -> brief.core.UnsafeText.isUnsafe(c)), all);
    assertTrue(
        all.contains("  - text: We are ready to talk now\n    speaker: jeyhun-bayramov"), all);
    assertEquals(0, brief("validate", "--strict", out.toString()).code());
  }

  private static void assertOneLine(Cli.Result r, int code, String err) {
    assertEquals(code, r.code(), r.err());
    assertEquals(err + "\n", r.err());
  }

  private List<String> files() throws Exception {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(p -> !p.equals(dir))
          .map(p -> dir.relativize(p).toString())
          .sorted()
          .toList();
    }
  }
}
