package brief.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
    return probe(Map.of(), word, words);
  }

  /**
   * As {@link #complete(String, String...)}, in an environment changed by {@code env}; under {@code
   * set -u} (which some people's shells run with), failing if the completion writes anything to
   * standard error.
   */
  private List<String> probe(Map<String, String> env, String word, String... words)
      throws Exception {
    StringBuilder quoted = new StringBuilder();
    for (String w : words) {
      quoted.append(quote(w)).append(' ');
    }
    String probe =
        "source "
            + quote(dir.resolve("brief.bash").toString())
            + "\nset -u\nCOMP_WORDS=("
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
            .directory(empty().toFile());
    Map<String, String> vars = pb.environment();
    vars.put("PATH", dir.resolve("bin") + ":" + vars.get("PATH"));
    vars.put("BRIEF_LIBRARY", Path.of("src/test/resources/frozen").toAbsolutePath().toString());
    vars.put("BRIEF_CACHE", "0");
    vars.put("LANG", "C.UTF-8");
    vars.put("LC_ALL", "C.UTF-8");
    vars.putAll(env);
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, p.waitFor(), out + err);
    assertEquals("", err);
    return out.lines().filter(s -> !s.isEmpty()).toList();
  }

  /**
   * What Tab offers after {@code --speaker} and {@code typed} (as it is on the line, outside
   * quotes) in the library with İlham Əliyev, in an environment changed by {@code env}.
   */
  private List<String> speaker(Map<String, String> env, String typed) throws Exception {
    return probe(
        env, typed, "brief", "quotes", "--library", library.toString(), "--speaker", typed);
  }

  /** The folder the probes run in (their current directory). */
  private Path empty() throws Exception {
    return Files.createDirectories(dir.resolve("empty"));
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
    assertEquals(Commands.VISIBLE, complete("brief "));
  }

  @Test
  void completesTheOptionsOfTheCommandAndTheirFixedValues() throws Exception {
    assertEquals(List.of("--theme"), complete("brief summary --th"));
    assertEquals(List.of("--strict"), complete("brief validate --st"));
    // Every format: the scripts complete an option by its name, whatever the command.
    assertEquals(
        List.of("text", "markdown", "json", "ndjson", "tsv"), complete("brief show --format "));
    assertEquals(
        List.of("text", "markdown", "json", "ndjson", "tsv"), complete("brief diff --format "));
    assertEquals(List.of("mark"), complete("brief mar"));
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
    assertEquals(List.of("İlham\\ Əliyev"), speaker(Map.of(), "İlham\\ Ə"));
    // In a quote the person opened, readline hands over the word without it, and closes it.
    assertEquals(
        List.of("İlham Əliyev"),
        complete("İl", "brief", "quotes", "--library", library.toString(), "--speaker", "'İl"));
  }

  /**
   * The text the line holds after Tab with one candidate: what was typed before readline's word,
   * the candidate, and the quote readline closes.
   */
  private static String inserted(String before, String candidate) {
    String open =
        before.endsWith("$'") ? "'" : before.isEmpty() ? "" : before.substring(before.length() - 1);
    return before + candidate + (open.equals("'") || open.equals("\"") ? open : "");
  }

  /** The words that bash makes of {@code text} when the line is run, in a folder of its own. */
  private String[] run(String text) throws Exception {
    Process p =
        new ProcessBuilder("/bin/bash", "--norc", "--noprofile", "-c", "printf '%s\\0' " + text)
            .directory(empty().toFile())
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, p.waitFor(), text);
    return out.split("\0");
  }

  @Test
  void aSpeakerNameFromABriefingGoesInAsTheLiteralNameInEveryQuoteAndNeverRuns() throws Exception {
    Path marker = dir.resolve("ran");
    Path hostile = SpeakerLibrary.hostile(dir.resolve("hostile"), marker);
    String[] line = {"brief", "quotes", "--library", hostile.toString(), "--speaker"};
    for (String name : List.of(SpeakerLibrary.dan(marker), SpeakerLibrary.zed(marker))) {
      String start = name.substring(0, 2);
      // What was typed before readline's word: nothing, an opened quote, or a quote opened
      // after the start of the name.
      List<String[]> typed = new ArrayList<>();
      for (String quote : List.of("", "'", "\"", "$'")) {
        typed.add(new String[] {quote, start});
      }
      typed.add(new String[] {name.substring(0, 4).replaceAll("([ '])", "\\\\$1") + "'", "$("});
      for (String[] t : typed) {
        List<String> words = new ArrayList<>(List.of(line));
        words.add(t[0] + t[1]);
        List<String> offered = complete(t[1], words.toArray(String[]::new));
        assertEquals(1, offered.size(), t[0] + t[1] + " -> " + offered);
        String text = inserted(t[0], offered.get(0));
        assertEquals(List.of(name), List.of(run(text)), t[0] + t[1] + " -> " + text);
      }
    }
    assertFalse(Files.exists(marker), "a name ran as shell code");
  }

  @Test
  void wordsOfTheLineCountAsTheShellWillPassThem() throws Exception {
    Path spaced = SpeakerLibrary.make(dir.resolve("my lib"));
    String file = spaced.resolve(ID + ".yaml").toString();
    Map<String, String> home = Map.of("HOME", dir.toString());
    for (String library :
        List.of(
            "'" + spaced + "'",
            spaced.toString().replace(" ", "\\ "),
            "\"" + spaced + "\"",
            "~/my\\ lib",
            "$HOME/'my lib'")) {
      assertEquals(
          List.of("İlham\\ Əliyev"),
          probe(home, "İl", "brief", "quotes", "--library", library, "--speaker", "İl"),
          library);
      assertEquals(
          List.of("İlham\\ Əliyev"),
          probe(home, "İl", "brief", "quotes", "--library", "=", library, "--speaker", "İl"),
          library);
      // One word, when '=' does not break words (COMP_WORDBREAKS without it).
      assertEquals(
          List.of("İlham\\ Əliyev"),
          probe(home, "İl", "brief", "quotes", "--library=" + library, "--speaker", "İl"),
          library);
    }
    for (String briefing :
        List.of("'" + file + "'", file.replace(" ", "\\ "), "~/'my lib'/" + ID + ".yaml")) {
      assertEquals(List.of("energy"), probe(home, "e", "brief", "show", briefing, "e"), briefing);
    }
  }

  @Test
  void speakerNamesMatchFoldedAndInAsciiWhereTheCharsetIsNot() throws Exception {
    String lib = "--library " + library + " ";
    assertEquals(List.of("İlham\\ Əliyev"), complete("brief quotes " + lib + "--speaker il"));
    assertEquals(List.of("ilham-aliyev"), complete("brief quotes " + lib + "--speaker ilham-"));
    assertEquals(List.of("Ilham\\ Eliyev"), speaker(Map.of("LANG", "C", "LC_ALL", "C"), "I"));
  }

  @Test
  void fileArgumentsCompleteUnderSetUAndHideDotFoldersUnlessTheWordStartsWithADot()
      throws Exception {
    Files.createDirectories(empty().resolve(".git"));
    Files.createDirectories(empty().resolve("briefs"));
    assertEquals(List.of("briefs"), complete("brief validate br"));
    assertEquals(List.of("briefs"), complete("brief draft --output br"));
    assertEquals(List.of(ID, "briefs"), complete("brief show "));
    assertTrue(complete("brief show .").contains(".git"));
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
