package brief.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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

  @Test
  void summaryLoadsNeitherLanternaNorTheReaderNorJsoupNorTheServerNorOtherCommands()
      throws Exception {
    List<String> loaded = loaded("summary");
    assertTrue(loaded.contains("brief.cli.SummaryCommand"), "the log lists our classes");
    List<String> unwanted =
        loaded.stream()
            .filter(
                c ->
                    c.startsWith("com.googlecode.lanterna")
                        || c.startsWith("brief.tui")
                        || c.startsWith("brief.terminal")
                        || c.startsWith("com.fasterxml")
                        || c.startsWith("org.jsoup")
                        || c.startsWith("brief.draft")
                        || c.equals("brief.cli.SearchCommand")
                        || c.equals("brief.cli.ReadCommand")
                        || c.equals("brief.cli.DraftCommand")
                        || c.startsWith("brief.serve")
                        || c.equals("brief.cli.ServeCommand")
                        || c.startsWith("org.apache.sshd")
                        || c.startsWith("net.i2p")
                        || c.startsWith("org.slf4j"))
            .toList();
    assertEquals(List.of(), unwanted);
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
    assertEquals(
        List.of(),
        loaded.stream()
            .filter(
                c ->
                    c.startsWith("com.googlecode.lanterna")
                        || c.startsWith("brief.tui")
                        || c.startsWith("brief.terminal")
                        || c.startsWith("com.fasterxml")
                        || c.startsWith("brief.serve")
                        || c.startsWith("brief.draft")
                        || c.endsWith("Completion")
                        || c.equals("brief.cli.ShowCommand"))
            .toList());
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
