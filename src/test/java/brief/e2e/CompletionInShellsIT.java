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
  private Path marker;
  private Path hostile;

  @BeforeAll
  static void needsTmux() {
    Tmux.assumeAvailable();
  }

  @BeforeEach
  void library() throws Exception {
    library = brief.cli.SpeakerLibrary.make(temp.resolve("library"));
    marker = temp.resolve("ran");
    hostile = brief.cli.SpeakerLibrary.hostile(temp.resolve("hostile"), marker);
  }

  /**
   * Completes a speaker name from {@link #hostile} after {@code typed} (which opens a quote or
   * not), checks that the line reads {@code expected}, then runs it with printf in front: the shell
   * must pass the name as it is, and run nothing of it.
   */
  private void speakerRunsAsText(Tmux t, String prompt, String typed, String expected, String name)
      throws Exception {
    String line = "brief quotes --library " + hostile + " --speaker ";
    tab(t, line + typed, prompt + line + expected);
    t.type("C-a");
    t.typeUtf8("printf '[%s]\\n' ");
    t.type("Enter");
    t.await("[" + name + "]");
    Assertions.assertFalse(Files.exists(marker), "the name ran as shell code: " + expected);
  }

  /** The hostile names in every way of quoting them, in both shells alike. */
  private void hostileNamesRunAsText(Tmux t, String prompt) throws Exception {
    String dan = brief.cli.SpeakerLibrary.dan(marker);
    String zed = brief.cli.SpeakerLibrary.zed(marker);
    speakerRunsAsText(t, prompt, "\"D", "\"Dan \\$(touch " + marker + ") O'Brien\"", dan);
    speakerRunsAsText(t, prompt, "'Z", "'Zed'\\''$(touch " + marker + ")'\\''x'", zed);
    speakerRunsAsText(t, prompt, "D", "Dan\\ \\$\\(touch\\ " + marker + "\\)\\ O\\'Brien", dan);
    speakerRunsAsText(t, prompt, "K", "Kim:\\ the\\ envoy", brief.cli.SpeakerLibrary.KIM);
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
    try (Tmux t = new Tmux(220, 30, REPO, "zsh -f")) {
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
      // Sections in the reader's order.
      assertTrue(sections.indexOf("partnership") < sections.indexOf("energy"), sections);

      // brief takes a command first only: what follows it, options and all, is the command's.
      String lib = "--library " + hostile;
      tab(t, "brief show " + lib + " se", "% brief show " + lib + " second-one");
      tab(
          t,
          "brief show --library=" + hostile + " se",
          "% brief show --library=" + hostile + " second-one");
      tab(t, "brief show --ascii us", "% brief show --ascii " + ID);
      tab(
          t,
          "brief summary --theme energy-security us",
          "% brief summary --theme energy-security " + ID);
      tab(
          t,
          "brief quotes " + lib + " --speaker İ",
          "% brief quotes " + lib + " --speaker İlham\\ Əliyev");
      // brief [OPTIONS] BRIEFING is the reader: after an option, briefings, not commands.
      tab(t, "brief " + lib + " se", "% brief " + lib + " second-one");
      // As lookups match names: case and accents folded.
      tab(
          t,
          "brief quotes " + lib + " --speaker il",
          "% brief quotes " + lib + " --speaker İlham\\ Əliyev");
      hostileNamesRunAsText(t, "% ");
      // Where the charset is not UTF-8, the name that lookups print there (and accept).
      t.run("export LC_ALL=C; clear");
      tab(
          t,
          "brief quotes " + lib + " --speaker I",
          "% brief quotes " + lib + " --speaker Ilham\\ Eliyev");
    }
  }

  @Test
  void bashCompletesSectionsOfABriefingAndSpeakerNamesQuotedAsTyped() throws Exception {
    try (Tmux t = new Tmux(220, 30, REPO)) {
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
      hostileNamesRunAsText(t, "$ ");
    }
  }
}
