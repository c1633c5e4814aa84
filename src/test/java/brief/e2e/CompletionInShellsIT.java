package brief.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The completion scripts that brief prints, loaded in a real zsh and a real bash in a terminal
 * (tmux), with the real launcher on the PATH: what a person sees after pressing Tab. CI installs
 * zsh and tmux (.ci/run); elsewhere the test is skipped without them.
 */
class CompletionInShellsIT {
  static final Path REPO = Path.of("").toAbsolutePath();
  static final String ID = brief.cli.SpeakerLibrary.ID;

  @TempDir Path temp;
  private Path library;

  @BeforeAll
  static void needsTmux() {
    Tmux.assumeAvailable();
  }

  @BeforeEach
  void library() throws Exception {
    library = brief.cli.SpeakerLibrary.make(temp.resolve("library"));
  }

  /**
   * Clears the line, types {@code line} and presses Tab; waits for the line to read {@code
   * expected}.
   */
  private static void tab(Tmux t, String line, String expected) throws Exception {
    t.type("C-u");
    t.typeUtf8(line);
    t.type("Tab");
    t.await(
        s -> {
          try {
            int y = Integer.parseInt(t.display("#{cursor_y}"));
            return s.lines().skip(y).findFirst().orElse("").strip().equals(expected);
          } catch (Exception e) {
            return false;
          }
        },
        Duration.ofSeconds(20),
        "the line to read '" + expected + "' after Tab on '" + line + "'");
  }

  /**
   * Clears the line, types {@code line} and presses Tab; returns the screen once it lists {@code
   * expected}.
   */
  private static String list(Tmux t, String line, String expected, String... keys)
      throws Exception {
    t.type("C-u", "C-l");
    t.typeUtf8(line);
    t.type(keys);
    return t.await(expected);
  }

  @Test
  void zshCompletesCommandsSectionsOfABriefingAndSpeakerNames() throws Exception {
    boolean zsh =
        Files.isExecutable(Path.of("/usr/bin/zsh")) || Files.isExecutable(Path.of("/bin/zsh"));
    if ("true".equals(System.getenv("CI"))) {
      Assertions.assertTrue(zsh, "zsh must be installed in CI (.ci/run installs it)");
    }
    Assumptions.assumeTrue(zsh, "zsh is not installed");
    Path functions = Files.createDirectories(temp.resolve("zfunc"));
    try (Tmux t = new Tmux(160, 30, REPO, "zsh -f")) {
      t.run(
          "PS1='%% '; export PATH="
              + REPO.resolve("bin")
              + ":$PATH BRIEF_LIBRARY="
              + library
              + "; brief completion zsh > "
              + functions.resolve("_brief")
              + "; fpath=("
              + functions
              + " $fpath); autoload -Uz compinit; compinit -u -D; clear");
      t.await(s -> s.strip().equals("%"), Duration.ofSeconds(30), "the prompt");
      assertTrue(
          Files.readString(functions.resolve("_brief")).startsWith("#compdef brief\n"),
          "a script for zsh's own completion system");

      tab(t, "brief sh", "% brief show");
      String sections = list(t, "brief show " + ID + " ", "-- Energy and connectivity", "Tab");
      for (String id : new String[] {"partnership", "signals", "quotes", "timeline", "source"}) {
        assertTrue(sections.contains(id + " "), sections);
      }
      String formats = list(t, "brief show --format ", "markdown", "Tab");
      assertTrue(formats.contains("json"), formats);
      tab(t, "brief quotes --speaker İl", "% brief quotes --speaker İlham\\ Əliyev");
      tab(t, "brief quotes --speaker 'İl", "% brief quotes --speaker 'İlham Əliyev'");
    }
  }

  @Test
  void bashCompletesSectionsOfABriefingAndSpeakerNamesQuotedAsTyped() throws Exception {
    try (Tmux t = new Tmux(160, 30, REPO)) {
      t.run(
          "PS1='$ '; export PATH="
              + REPO.resolve("bin")
              + ":$PATH BRIEF_LIBRARY="
              + library
              + "; source <(brief completion bash); clear");
      t.await(s -> s.strip().equals("$"), Duration.ofSeconds(30), "the prompt");
      tab(t, "brief sh", "$ brief show");
      String sections = list(t, "brief show " + ID + " ", "signals", "Tab", "Tab");
      assertTrue(sections.contains("timeline"), sections);
      tab(t, "brief quotes --speaker İl", "$ brief quotes --speaker İlham\\ Əliyev");
      tab(t, "brief quotes --speaker İlham\\ Ə", "$ brief quotes --speaker İlham\\ Əliyev");
      tab(t, "brief quotes --speaker 'İl", "$ brief quotes --speaker 'İlham Əliyev'");
      tab(t, "brief quotes --speaker \"İl", "$ brief quotes --speaker \"İlham Əliyev\"");
    }
  }
}
