package brief.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The completion script, sourced in a real bash, completes what a user would press Tab for. */
class CompletionTest {
  @TempDir Path dir;

  private List<String> complete(String line) throws Exception {
    assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "bash is needed");
    Path script = dir.resolve("brief-completion.bash");
    Files.writeString(script, Cli.brief("completion", "bash").out(), StandardCharsets.UTF_8);
    String words = line.endsWith(" ") ? line + "''" : line;
    String probe =
        "source "
            + script
            + "\n"
            + "COMP_WORDS=("
            + words
            + "); COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 ))\n"
            + "COMP_LINE='"
            + line
            + "'; COMP_POINT=${#COMP_LINE}\n"
            + "_complete_brief brief \"${COMP_WORDS[COMP_CWORD]}\" \"${COMP_WORDS[COMP_CWORD-1]}\"\n"
            + "printf '%s\\n' \"${COMPREPLY[@]}\"\n";
    Process p =
        new ProcessBuilder("/bin/bash", "--norc", "--noprofile", "-c", probe)
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, p.waitFor(), out);
    return out.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  @Test
  void completesSubcommands() throws Exception {
    List<String> words = complete("brief s");
    assertTrue(
        words.containsAll(List.of("summary", "show", "stakeholders", "search")), words.toString());
  }

  @Test
  void completesOptions() throws Exception {
    List<String> words = complete("brief summary --th");
    assertEquals(List.of("--theme"), words);
  }

  @Test
  void completesThemeNames() throws Exception {
    List<String> words = complete("brief summary --theme en");
    assertEquals(List.of("energy-security"), words);
  }

  @Test
  void completesBriefingIds() throws Exception {
    List<String> words = complete("brief show us");
    assertEquals(List.of("us-azerbaijan-partnership-2025"), words);
  }
}
