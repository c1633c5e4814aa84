package brief.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** brief diff: the bundled briefing against an edited copy, in every format, with diff's codes. */
class DiffCommandTest {
  private static final String ID = "us-azerbaijan-partnership-2025";
  private static final Path BUNDLED = Path.of("briefings", ID + ".yaml");
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;
  Path library;
  Path original;
  Path edited;

  /** The bundled briefing with one point edited, one added and one removed. */
  static String edit(String yaml) {
    String removed =
        """
              - text: >-
                  Aliyev spoke at the III Shusha Global Media Forum, in an address to forum
                  participants; the article says only that this was recent.
                basis: reported
                source: [3, 4]
        """;
    assertTrue(yaml.contains(removed));
    String caveatEnd =
        "          author's reading, not a U.S. statement.\n        basis: analyst\n";
    assertTrue(yaml.contains(caveatEnd));
    return yaml.replace(
            "a new era of peace, security and economic", "a new era of peace, trade and economic")
        .replace(removed, "")
        .replace(
            caveatEnd,
            caveatEnd
                + "      - text: A second reading of the forum is planned for the autumn.\n"
                + "        basis: analyst\n");
  }

  @BeforeEach
  void copies() throws Exception {
    library = Files.createDirectories(dir.resolve("library"));
    Files.createDirectories(library.resolve("sources"));
    Files.copy(
        Path.of("briefings/sources", ID + ".txt"), library.resolve("sources").resolve(ID + ".txt"));
    original = Files.copy(BUNDLED, library.resolve(ID + ".yaml"));
    Path other = Files.createDirectories(dir.resolve("edited"));
    Files.createDirectories(other.resolve("sources"));
    Files.copy(
        Path.of("briefings/sources", ID + ".txt"), other.resolve("sources").resolve(ID + ".txt"));
    edited = Files.writeString(other.resolve(ID + ".yaml"), edit(Files.readString(BUNDLED)));
  }

  private Cli cli() {
    return new Cli()
        .env("BRIEF_LIBRARY", library.toString())
        .env("BRIEF_CACHE", "0")
        .env("XDG_STATE_HOME", dir.resolve("state").toString());
  }

  private Cli.Result diff(String... args) {
    String[] all = new String[args.length + 1];
    all[0] = "diff";
    System.arraycopy(args, 0, all, 1, args.length);
    return cli().run(all);
  }

  @Test
  void textShowsEachChangeWithItsWordsAndExitsOne() {
    Cli.Result r = diff(original.toString(), edited.toString(), "--width", "100");
    assertEquals(1, r.code(), r.err());
    assertEquals("", r.err());
    assertTrue(r.out().contains(": 1 added, 1 removed, 1 changed\n"), r.out());
    assertTrue(r.out().contains("\nchanged point (The piece)\n"), r.out());
    assertTrue(r.out().contains("peace, [-security-] {+trade+} and economic"), r.out());
    assertTrue(
        r.out().contains("\nadded point (The piece)\n  + A second reading of the forum"), r.out());
    assertTrue(
        r.out().contains("\nremoved point (The piece)\n  - Aliyev spoke at the III Shusha"),
        r.out());
  }

  @Test
  void markdownStrikesTheOldWordsAndBoldsTheNew() {
    Cli.Result r = diff(original.toString(), edited.toString(), "--format", "markdown");
    assertEquals(1, r.code(), r.err());
    assertTrue(r.out().contains("\n## Changed\n\n- **point** (The piece): "), r.out());
    assertTrue(r.out().contains("peace, ~~security~~ **trade** and economic"), r.out());
    assertTrue(
        r.out().contains("\n## Added\n\n- **point** (The piece): A second reading"), r.out());
    assertTrue(r.out().contains("\n## Removed\n\n- **point** (The piece): Aliyev spoke"), r.out());
  }

  @Test
  void jsonHoldsTheThreeListsAndTheWordDiff() throws Exception {
    Cli.Result r = diff(original.toString(), edited.toString(), "--format", "json");
    assertEquals(1, r.code(), r.err());
    JsonNode doc = JSON.readTree(r.out());
    assertEquals(1, doc.get("added").size());
    assertEquals(1, doc.get("removed").size());
    assertEquals(1, doc.get("changed").size());
    JsonNode changed = doc.get("changed").get(0);
    assertEquals("point", changed.get("kind").asText());
    assertTrue(changed.get("before").asText().contains("peace, security and economic"));
    assertTrue(changed.get("after").asText().contains("peace, trade and economic"));
    List<String> ops = changed.get("words").findValuesAsText("op");
    assertEquals(List.of("same", "removed", "added", "same"), ops);
    assertEquals("point", doc.get("removed").get(0).get("kind").asText());
  }

  @Test
  void ndjsonIsOneObjectPerChangedStatement() throws Exception {
    Cli.Result r = diff(original.toString(), edited.toString(), "--format", "ndjson");
    assertEquals(1, r.code(), r.err());
    List<String> lines = r.out().lines().toList();
    assertEquals(3, lines.size(), r.out());
    List<String> kinds = lines.stream().map(l -> read(l).get("change").asText()).toList();
    assertEquals(List.of("changed", "added", "removed"), kinds);
  }

  private static JsonNode read(String line) {
    try {
      return JSON.readTree(line);
    } catch (Exception e) {
      throw new AssertionError(line, e);
    }
  }

  @Test
  void theSameVersionTwiceExitsZeroInEveryFormat() {
    for (String format : new String[] {"text", "markdown", "json", "ndjson"}) {
      Cli.Result r = diff(original.toString(), BUNDLED.toString(), "--format", format);
      assertEquals(0, r.code(), format + r.err());
      assertEquals("", r.err());
    }
    assertTrue(diff(original.toString(), BUNDLED.toString()).out().endsWith(": no changes\n"));
    assertEquals("", diff(original.toString(), BUNDLED.toString(), "--format", "ndjson").out());
  }

  @Test
  void usageTroubleExitsTwoAndAnUnreadableFileThree() {
    Cli.Result unread = diff(ID);
    assertEquals(2, unread.code());
    assertEquals(
        "brief: you have not read '"
            + ID
            + "' yet: nothing to compare with (brief diff OLD NEW"
            + " compares two files)\n",
        unread.err());
    assertEquals(2, diff().code());
    assertEquals(2, diff("a", "b", "c").code());
    Cli.Result missing = diff(dir.resolve("missing.yaml").toString(), edited.toString());
    assertEquals(3, missing.code(), missing.err());
    Cli.Result notGit = diff(ID + "@HEAD");
    assertEquals(2, notGit.code());
    assertTrue(notGit.err().contains("is not a git work tree"), notGit.err());
  }

  @Test
  void aCommandThatPrintsNoNdjsonRefusesItInOneLine() {
    Cli.Result r = cli().run("show", ID, "--format", "ndjson");
    assertEquals(2, r.code());
    assertEquals(
        "brief: --format ndjson is not offered by show (formats: text, markdown, json)\n", r.err());
    assertEquals("", r.out());
  }

  @Test
  void anIdIsComparedWithTheVersionLastRead() throws Exception {
    assertEquals(0, cli().run("mark", "read", ID).code());
    assertEquals(0, diff(ID).code(), "unchanged since read");
    Files.copy(edited, original, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    Cli.Result r = diff(ID, "--format", "json");
    assertEquals(1, r.code(), r.err());
    JsonNode doc = JSON.readTree(r.out());
    assertTrue(doc.get("before").asText().startsWith(ID + " as read "), r.out());
    assertEquals(1, doc.get("changed").size());
    assertEquals(1, doc.get("added").size());
    assertEquals(1, doc.get("removed").size());
  }

  @Test
  void listUnreadShowsWhatWasNeverReadOrChangedSince() throws Exception {
    assertTrue(cli().run("list", "--unread").out().startsWith(ID), "never read");
    assertEquals(0, cli().run("mark", "read", ID).code());
    Cli.Result read = cli().run("list", "--unread");
    assertEquals(1, read.code(), "nothing found, as grep: " + read.err());
    assertEquals("", read.out());
    assertTrue(read.err().startsWith("brief: nothing unread"), read.err());
    Files.copy(edited, original, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    assertTrue(cli().run("list", "--unread").out().startsWith(ID), "changed since read");
    assertEquals(0, cli().run("mark", "unread", ID).code());
    assertTrue(cli().run("list", "--unread").out().startsWith(ID), "marked unread");
    Cli.Result typo = cli().run("mark", "reed", ID);
    assertEquals(2, typo.code());
    assertEquals("brief: brief mark takes read or unread, not 'reed'\n", typo.err());
  }

  @Test
  void anIdAtAGitRevisionIsComparedWithThatRevisionOfItsFile() throws Exception {
    git("init", "-q");
    git("add", ".");
    git("commit", "-q", "-m", "first");
    Files.copy(edited, original, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    git("commit", "-q", "-am", "revised");
    Cli.Result r = diff(ID + "@HEAD~1", "--format", "ndjson");
    assertEquals(1, r.code(), r.err());
    assertEquals(3, r.out().lines().count(), r.out());
    assertEquals(0, diff(ID + "@HEAD").code());
    Cli.Result unknown = diff(ID + "@no-such-rev");
    assertEquals(2, unknown.code());
    assertEquals(1, unknown.err().lines().count(), unknown.err());
  }

  private void git(String... args) throws Exception {
    String[] command = new String[args.length + 7];
    command[0] = "git";
    command[1] = "-C";
    command[2] = library.toString();
    command[3] = "-c";
    command[4] = "user.name=Test";
    command[5] = "-c";
    command[6] = "user.email=test@example.org";
    System.arraycopy(args, 0, command, 7, args.length);
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes());
    assertEquals(0, p.waitFor(), out);
  }
}
