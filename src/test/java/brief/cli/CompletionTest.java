package brief.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bash completion script, sourced in a real bash, completes what a person would press Tab for;
 * what depends on the library it asks of brief (a real JVM, on the PATH as {@code brief}) at the
 * time of the Tab. Slow (a JVM per Tab): once, not in every locale's run. The zsh script is tried
 * in a real zsh by CompletionInShellsIT.
 */
@Tag("slow")
class CompletionTest {
  private static final String ID = "us-azerbaijan-partnership-2025";

  @TempDir Path dir;
  private Path library;

  /** A library whose speaker's name needs quoting, and brief on the PATH. */
  @BeforeEach
  void library() throws Exception {
    assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "bash is needed");
    library = SpeakerLibrary.make(dir.resolve("library"));
    Path bin = Files.createDirectories(dir.resolve("bin"));
    Path brief = bin.resolve("brief");
    Files.writeString(
        brief,
        "#!/bin/sh\nexec '"
            + Path.of(System.getProperty("java.home"), "bin", "java")
            + "' -cp '"
            + System.getProperty("java.class.path")
            + "' brief.cli.Main \"$@\"\n");
    assertTrue(brief.toFile().setExecutable(true));
    Files.writeString(
        dir.resolve("brief.bash"), Cli.brief("completion", "bash").out(), StandardCharsets.UTF_8);
  }

  /**
   * What Tab offers when readline has split the line into {@code words} (the last is the one being
   * completed, as typed) and hands the function {@code word} (without a quote the person opened).
   */
  private List<String> complete(String word, String... words) throws Exception {
    StringBuilder quoted = new StringBuilder();
    for (String w : words) {
      quoted.append(quote(w)).append(' ');
    }
    String probe =
        "source "
            + quote(dir.resolve("brief.bash").toString())
            + "\nCOMP_WORDS=("
            + quoted
            + "); COMP_CWORD="
            + (words.length - 1)
            + "\n_brief brief "
            + quote(word)
            + " "
            + quote(words[words.length - 2])
            + "\nprintf '%s\\n' \"${COMPREPLY[@]}\"\n";
    ProcessBuilder pb =
        new ProcessBuilder("/bin/bash", "--norc", "--noprofile", "-c", probe)
            .directory(Files.createDirectories(dir.resolve("empty")).toFile());
    Map<String, String> env = pb.environment();
    env.put("PATH", dir.resolve("bin") + ":" + env.get("PATH"));
    env.put("BRIEF_LIBRARY", Path.of("src/test/resources/frozen").toAbsolutePath().toString());
    env.put("BRIEF_CACHE", "0");
    env.put("LANG", "C.UTF-8");
    env.put("LC_ALL", "C.UTF-8");
    Process p = pb.redirectError(ProcessBuilder.Redirect.INHERIT).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, p.waitFor(), out);
    return out.lines().filter(s -> !s.isEmpty()).toList();
  }

  /** Tab at the end of a line of words split at spaces. */
  private List<String> complete(String line) throws Exception {
    List<String> words = new ArrayList<>(List.of(line.split(" ", -1)));
    return complete(words.get(words.size() - 1), words.toArray(String[]::new));
  }

  private static String quote(String s) {
    return "'" + s.replace("'", "'\\''") + "'";
  }

  @Test
  void completesTheCommandsPeopleType() throws Exception {
    assertEquals(List.of("show"), complete("brief sh"));
    assertEquals(CommandWord.VISIBLE, complete("brief "));
  }

  @Test
  void completesTheOptionsOfTheCommandAndTheirFixedValues() throws Exception {
    assertEquals(List.of("--theme"), complete("brief summary --th"));
    assertEquals(List.of("--strict"), complete("brief validate --st"));
    assertEquals(List.of("text", "markdown", "json"), complete("brief show --format "));
    assertEquals(List.of("markdown"), complete("m", "brief", "show", "--format", "=", "m"));
    assertEquals(List.of("bash", "zsh"), complete("brief completion "));
  }

  @Test
  void completesBriefingIdsAndThemesFromTheLibrary() throws Exception {
    assertEquals(List.of(ID), complete("brief show us"));
    assertEquals(List.of(ID), complete("brief us"));
    assertEquals(List.of("energy-security"), complete("brief summary --theme en"));
  }

  @Test
  void completesSectionIdsAfterABriefingWhateverOptionsComeBetween() throws Exception {
    assertEquals(CompleteCommandTest.SECTIONS, complete("brief show " + ID + " "));
    assertEquals(List.of("energy"), complete("brief show --format json " + ID + " --ascii e"));
    assertEquals(List.of(), complete("brief show " + ID + " energy "));
  }

  @Test
  void completesSpeakerNamesQuotedForTheShell() throws Exception {
    String lib = "--library " + library + " ";
    assertEquals(List.of("İlham\\ Əliyev"), complete("brief quotes " + lib + "--speaker İl"));
    assertEquals(List.of("İlham\\ Əliyev"), complete("brief quotes " + lib + "--speaker "));
    assertEquals(
        List.of("İlham\\ Əliyev"),
        complete(
            "İlham\\ Ə",
            "brief",
            "quotes",
            "--library",
            library.toString(),
            "--speaker",
            "İlham\\ Ə"));
    // In a quote the person opened, readline hands over the word without it, and closes it.
    assertEquals(
        List.of("İlham Əliyev"),
        complete("İl", "brief", "quotes", "--library", library.toString(), "--speaker", "'İl"));
  }

  @Test
  void candidatesFollowTheLibraryAtTheTimeOfTheTab() throws Exception {
    String line = "brief show --library " + library + " ";
    assertEquals(List.of(ID), complete(line));
    Files.writeString(
        library.resolve("added.yaml"),
        Files.readString(library.resolve(ID + ".yaml")).replace("id: " + ID, "id: added-later"));
    assertEquals(List.of("added-later", ID), complete(line));
  }

  @Test
  void aMissingLibraryCompletesNothingAndPrintsNothing() throws Exception {
    assertEquals(List.of(), complete("brief show --library " + dir.resolve("missing") + " "));
  }
}
