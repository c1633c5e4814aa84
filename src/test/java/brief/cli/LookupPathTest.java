package brief.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A lookup starts fast partly by never loading what it does not use (the reader, jsoup, the SSH
 * server, other commands): checked in a fresh JVM's class log.
 */
class LookupPathTest {
  /** The classes a fresh JVM loads to run brief with these arguments. */
  private static List<String> loaded(String... args) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command =
        new ArrayList<>(
            List.of(
                java,
                "-Xlog:class+load=info",
                "-cp",
                System.getProperty("java.class.path"),
                "brief.cli.Main"));
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    List<String> loaded =
        new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8)
            .lines()
            .filter(l -> l.contains("[class,load]"))
            .map(l -> l.replaceAll(".*\\[class,load\\] (\\S+).*", "$1"))
            .toList();
    assertEquals(0, p.waitFor());
    return loaded;
  }

  /** The reader, JSON, drafting and the SSH server: what a lookup has no use for. */
  private static final String[] HEAVY = {
    "com.googlecode.lanterna",
    "brief.tui",
    "brief.terminal",
    "com.fasterxml",
    "org.jsoup",
    "brief.draft",
    "brief.serve",
    "org.apache.sshd",
    "net.i2p",
    "org.slf4j"
  };

  /** The classes loaded whose names start with any of these. */
  private static List<String> any(List<String> loaded, String... prefixes) {
    return loaded.stream().filter(c -> Stream.of(prefixes).anyMatch(c::startsWith)).toList();
  }

  @Test
  void summaryLoadsNeitherLanternaNorTheReaderNorJsoupNorTheServerNorOtherCommands()
      throws Exception {
    List<String> loaded = loaded("summary");
    assertTrue(loaded.contains("brief.cli.SummaryCommand"), "the log lists our classes");
    assertEquals(List.of(), any(loaded, HEAVY));
    assertEquals(
        List.of(),
        any(
            loaded,
            "brief.cli.SearchCommand",
            "brief.cli.ReadCommand",
            "brief.cli.DraftCommand",
            "brief.cli.ServeCommand"));
  }

  /** It runs at every Tab. */
  @Test
  void theCandidatesOfATabLoadNeitherTheReaderNorJsonNorOtherCommands() throws Exception {
    List<String> loaded =
        loaded(
            CompleteCommand.NAME,
            "sections",
            "src/test/resources/frozen/us-azerbaijan-partnership-2025.yaml");
    assertTrue(loaded.contains("brief.cli.CompleteCommand"), "the log lists our classes");
    assertEquals(List.of(), any(loaded, HEAVY));
    assertEquals(
        List.of(),
        any(
            loaded,
            "brief.cli.BashCompletion",
            "brief.cli.ZshCompletion",
            "brief.cli.ShowCommand"));
  }

  @Test
  void validateLoadsNoDraftingCode() throws Exception {
    List<String> loaded = loaded("validate", "briefings/");
    assertTrue(loaded.contains("brief.cli.ValidateCommand"), "the log lists our classes");
    assertEquals(
        List.of(),
        loaded.stream()
            .filter(c -> c.startsWith("org.jsoup") || c.startsWith("brief.draft"))
            .toList());
  }

  @Test
  void draftingPlainTextLoadsNeitherTheReaderNorJsoupWhichOnlyWebPagesNeed() throws Exception {
    List<String> text = loaded("draft", "src/test/resources/draft/seed.txt");
    assertTrue(text.contains("brief.draft.Drafter"), "the log lists our classes");
    assertEquals(
        List.of(),
        text.stream()
            .filter(
                c ->
                    c.startsWith("com.googlecode.lanterna")
                        || c.startsWith("brief.tui")
                        || c.startsWith("brief.terminal")
                        || c.startsWith("org.jsoup"))
            .toList());
    assertTrue(
        loaded("draft", "src/test/resources/draft/pages/01-news-site.html")
            .contains("org.jsoup.Jsoup"));
  }
}
