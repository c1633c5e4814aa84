package brief.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The real launcher in a real terminal (tmux): what a person sees at each step, the bytes the
 * terminal receives, and the terminal modes afterwards. CI installs tmux; elsewhere the test is
 * skipped when tmux is missing.
 */
class ReaderInTmuxIT {
  static final Path REPO = Path.of("").toAbsolutePath();

  /** A frozen copy of the bundled briefing: what these screens expect does not move with it. */
  static final String FROZEN = "src/test/resources/frozen/us-azerbaijan-partnership-2025.yaml";

  @TempDir Path temp;

  @BeforeAll
  static void needsTmux() {
    Tmux.assumeAvailable();
  }

  @Test
  void aReaderSessionMovesFiltersSearchesResizesAndRestoresTheTerminal() throws Exception {
    try (Tmux t = new Tmux(100, 30, REPO)) {
      Tmux.Run reader = t.start("bin/brief read " + FROZEN, temp);
      String start = t.await("Sections");
      assertTrue(start.contains("U.S.–Azerbaijan partnership and the South Caucasus"), start);
      assertTrue(start.contains("▶ Overview"), start);

      t.type("j", "j", "l", "j");
      String energy = t.await("┌ Energy and connectivity");
      assertTrue(energy.contains("2/4"), energy);
      assertTrue(energy.contains("▌ ● Azerbaijan presents itself"), energy);

      t.type("t");
      t.await("Themes: space toggles");
      t.type("Space", "Enter");
      String filtered = t.await("filter: energy-security");
      assertTrue(filtered.contains("showing only: energy-security"), filtered);

      t.type("c", "/");
      t.type("-l", "lenkeran");
      String noMatch = t.await("no match");
      assertTrue(noMatch.contains("/lenkeran"), noMatch);
      t.type("Escape", "/");
      t.type("-l", "SHUSHA");
      t.type("Enter");
      String found = t.await("search: SHUSHA");
      assertTrue(found.contains("matches: n next, N previous"), found);
      assertTrue(found.contains("Shusha"), found);

      t.type("?");
      String help = t.await("┌ Keys");
      assertTrue(help.contains("search as you type"), help);
      t.type("Escape");
      t.await(s -> !s.contains("┌ Keys"), Duration.ofSeconds(5), "help to close");

      t.resize(40, 12);
      String narrow =
          t.await(
              s -> s.lines().count() <= 12 && s.contains("search: SHUSHA") && !s.contains("││"),
              Duration.ofSeconds(10),
              "the 40x12 layout");
      assertTrue(narrow.lines().allMatch(l -> l.length() <= 40), narrow);
      t.resize(100, 30);
      String wide =
          t.await(
              s -> s.contains("││") && s.contains("j/k move"),
              Duration.ofSeconds(10),
              "the 100x30 layout");
      assertTrue(wide.contains("Sections"), wide);

      t.type("q");
      assertEquals(0, reader.exitCode());
      String[] modes = reader.modes();
      assertEquals(modes[0], modes[1], "stty -g after the reader");
    }
  }

  @Test
  void enterOnAPointOpensItsSourceAndEscapeComesBackToTheSameItem() throws Exception {
    try (Tmux t = new Tmux(100, 30, REPO)) {
      Tmux.Run reader = t.start("bin/brief read " + FROZEN, temp);
      t.await("Sections");
      t.type("j", "j", "l", "j");
      t.await("▌ ● Azerbaijan presents itself");
      t.type("Enter");
      String source = t.await("┌ Source ¶5");
      assertTrue(source.contains("Esc back"), source);
      assertTrue(
          source.contains("Energy security has been a cornerstone of U.S.–Azerbaijani relations."),
          source);
      t.type("Escape");
      String back =
          t.await(s -> !s.contains("┌ Source"), Duration.ofSeconds(5), "the source view to close");
      assertTrue(back.contains("▌ ● Azerbaijan presents itself"), back);
      assertTrue(back.contains("2/4"), back);
      t.type("q");
      assertEquals(0, reader.exitCode());
    }
  }

  @Test
  void theBundledTimelinesSourceShowsItsDateWithTheSpacesAroundIt() throws Exception {
    try (Tmux t = new Tmux(100, 30, REPO)) {
      Tmux.Run reader =
          t.start("bin/brief read briefings/us-azerbaijan-partnership-2025.yaml", temp);
      t.await("Sections");
      t.type("9");
      t.await("┌ Timeline");
      t.type("Enter");
      t.await("▌ 2025-07-19");
      t.type("j");
      t.await("▌ 2025-07-20");
      t.type("Enter");
      String source = t.await("┌ Source ¶1");
      assertTrue(source.contains("2025-07-20 20 July 2025 20:50"), source);
      t.type("q", "q");
      assertEquals(0, reader.exitCode());
    }
  }

  @Test
  void enterOnAStakeholderOpensAPageListingTheirQuotes() throws Exception {
    try (Tmux t = new Tmux(100, 30, REPO)) {
      Tmux.Run reader = t.start("bin/brief read " + FROZEN, temp);
      t.await("Sections");
      t.type("8");
      t.await("┌ Stakeholders");
      t.type("Enter");
      t.await("▌ Ilham Aliyev");
      t.type("Enter");
      String page = t.await("Quotes (5)");
      assertTrue(page.contains("┌ Ilham Aliyev"), page);
      assertTrue(page.contains("President of Azerbaijan"), page);
      assertTrue(page.contains("We have received very positive messages from Washington"), page);
      t.type("BSpace");
      t.await(s -> s.contains("┌ Stakeholders"), Duration.ofSeconds(5), "the list again");
      t.type("q");
      assertEquals(0, reader.exitCode());
    }
  }

  @Test
  void theLibraryAtSixtyBy15ShowsTitlesAndATitleEditedOnDiskWithinFiveSeconds() throws Exception {
    Path library = Files.createDirectories(temp.resolve("lib"));
    for (String name : new String[] {"arctic-council-2024", "caspian-ferry-2024"}) {
      Files.copy(
          REPO.resolve("src/test/resources/library/" + name + ".yaml"),
          library.resolve(name + ".yaml"));
    }
    Path sources = Files.createDirectories(library.resolve("sources"));
    try (var files = Files.list(REPO.resolve("src/test/resources/library/sources"))) {
      for (Path f : files.toList()) {
        Files.copy(f, sources.resolve(f.getFileName()));
      }
    }
    try (Tmux t = new Tmux(60, 15, REPO)) {
      Tmux.Run reader = t.start("BRIEF_CACHE=0 bin/brief read --library " + library, temp);
      String list = t.await("Library");
      assertTrue(list.contains("Arctic"), list);
      Path arctic = library.resolve("arctic-council-2024.yaml");
      String yaml = Files.readString(arctic);
      String title = yaml.lines().filter(l -> l.startsWith("title:")).findFirst().orElseThrow();
      Files.writeString(arctic, yaml.replace(title, "title: Polar council edited on disk"));
      t.await(s -> s.contains("Polar council edited"), Duration.ofSeconds(5), "the new title");
      t.type("q");
      assertEquals(0, reader.exitCode());
    }
  }

  @Test
  void ctrlZGivesTheShellItsTerminalBackAndFgRepaintsAReaderThatStillAnswers() throws Exception {
    Path before = temp.resolve("stty.before");
    Path during = temp.resolve("stty.during");
    try (Tmux t = new Tmux(80, 24, REPO)) {
      t.run("stty -g > " + before);
      t.run("bin/brief read " + FROZEN);
      t.await("Sections");
      t.type("C-z");
      String shell = t.await(s -> s.contains("Stopped"), Duration.ofSeconds(10), "the job to stop");
      assertFalse(shell.contains("┌ Sections"), "the alternate screen is left:\n" + shell);
      t.run("stty -g > " + during + "; fg");
      String back = t.await("┌ Sections");
      assertTrue(back.contains("▶ Overview"), back);
      assertEquals(
          Files.readString(before),
          Files.readString(during),
          "the shell's terminal modes while suspended");
      t.type("j");
      t.await("▶ A new phase");
      t.type("q");
      t.await(s -> !s.contains("┌ Sections"), Duration.ofSeconds(10), "the reader to quit");
    }
  }

  @Test
  void sinceOnTheCommandLineNarrowsTheLibraryTheReaderOpensOn() throws Exception {
    try (Tmux t = new Tmux(100, 30, REPO)) {
      Tmux.Run reader =
          t.start("bin/brief read --library src/test/resources/library --since 2024", temp);
      String library = t.await("Arctic Council resumes");
      assertTrue(library.contains("Ələt–Aktau ferry link"), library);
      assertFalse(library.contains("Mekong"), library);
      t.type("q");
      assertEquals(0, reader.exitCode());
    }
    try (Tmux t = new Tmux(100, 30, REPO)) {
      Path err = temp.resolve("none.err");
      Tmux.Run none =
          t.start(
              "bin/brief read --library src/test/resources/library --since 2030 2> " + err,
              Files.createDirectories(temp.resolve("second")));
      assertEquals(1, none.exitCode());
      assertEquals(
          "brief: no briefing of the library matches --since 2030\n", Files.readString(err));
    }
  }

  /**
   * y on a quote hands the terminal an OSC 52 sequence that tmux (set-clipboard on) takes into its
   * paste buffer, as a local terminal would into the clipboard: the classification, the quote, its
   * speaker, the briefing, the paragraph and the article's address.
   */
  @Test
  void yCopiesAQuoteWithItsCitationToTheClipboard() throws Exception {
    try (Tmux t = new Tmux(100, 30, REPO)) {
      t.option("set-clipboard", "on");
      Tmux.Run reader =
          t.start("bin/brief read briefings/us-azerbaijan-partnership-2025.yaml", temp);
      t.await("Sections");
      t.type("7", "l");
      t.await("┌ Quotes");
      t.type("y");
      String screen = t.await("copied with its citation");
      assertTrue(screen.contains("copied with its citation: “We have received"), screen);
      assertEquals(
          "UNCLASSIFIED\n"
              + "“We have received very positive messages from Washington — and messages from"
              + " Azerbaijan have also been very positive” — Ilham Aliyev, III Shusha Global Media"
              + " Forum\n"
              + "U.S.–Azerbaijan partnership and the South Caucasus (Qabil Ashirov, Azernews,"
              + " 2025-07-20), ¶4: https://www.azernews.az/analysis/244938.html",
          t.buffer());
      assertFalse(screen.contains("52;c;"), "the sequence is not drawn:\n" + screen);
      t.type("q");
      assertEquals(0, reader.exitCode());
    }
  }

  /**
   * Ctrl-C, and Ctrl-\ (which would be SIGQUIT: a JVM thread dump over the screen), end the reader
   * as an interrupted command ends (130), from the search prompt too.
   */
  @ParameterizedTest
  @ValueSource(strings = {"C-c", "C-\\"})
  void ctrlCAndCtrlBackslashEndAsInterruptedAndRestoreTheTerminal(String key) throws Exception {
    try (Tmux t = new Tmux(80, 24, REPO)) {
      Tmux.Run reader = t.start("bin/brief read " + FROZEN, temp);
      t.await("Sections");
      t.type("/");
      t.await(s -> s.lines().anyMatch(l -> l.startsWith("/")), Duration.ofSeconds(5), "prompt");
      t.type(key);
      assertEquals(130, reader.exitCode());
      String[] modes = reader.modes();
      assertEquals(modes[0], modes[1]);
      String screen = t.screen();
      assertFalse(
          screen.contains("Exception")
              || screen.contains("thread dump")
              || screen.contains("\"main\""),
          screen);
    }
  }

  @Test
  void theTerminalReceivesWholeCharactersAndNoNulBytes() throws Exception {
    Path wire = temp.resolve("wire.bin");
    try (Tmux t = new Tmux(100, 30, REPO)) {
      t.pipeTo(wire);
      Tmux.Run reader =
          t.start("bin/brief read src/test/resources/library/mekong-data-2023.yaml", temp);
      t.await("┌ Sections");
      t.type("j", "l");
      String screen = t.await("shared by six countries");
      assertTrue(screen.contains("(澜沧江)"), screen);
      assertTrue(screen.contains("year. 🌊"), screen);
      t.type("q");
      assertEquals(0, reader.exitCode());
      byte[] bytes = Files.readAllBytes(wire);
      String text = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
      assertFalse(text.contains("\u0000"), "no NUL byte on the wire");
      assertTrue(text.contains("🌊"), "the emoji arrives whole");
      assertTrue(text.contains("澜沧江"));
      assertFalse(text.contains("??"));
    }
  }

  @Test
  void escapeCodesInABriefingShowAsTextAndNeverReachTheTerminal() throws Exception {
    Path wire = temp.resolve("wire.bin");
    try (Tmux t = new Tmux(100, 30, REPO)) {
      t.pipeTo(wire);
      Tmux.Run reader =
          t.start("bin/brief read src/test/resources/hostile/escape-every-field.yaml", temp);
      String start = t.await("┌ Sections");
      assertTrue(start.contains("Both \\u001b[2J sides"), start);
      t.type("j", "l");
      String section = t.await("┌ The \\u001b[7m talks");
      assertTrue(section.contains("Delegations \\u001b[1A\\u001b[2K met"), section);
      t.type("q");
      assertEquals(0, reader.exitCode());
      String[] modes = reader.modes();
      assertEquals(modes[0], modes[1]);
      String bytes = new String(Files.readAllBytes(wire), java.nio.charset.StandardCharsets.UTF_8);
      assertFalse(
          bytes.contains("\u001b[2J sides"),
          "the briefing's own escape never reaches the terminal");
      assertFalse(bytes.contains("\u001b[5m"), "nor its blink");
    }
  }

  @Test
  void withoutATerminalTheReaderRefusesWithinASecond() throws Exception {
    Process p =
        new ProcessBuilder("bin/brief", "read")
            .directory(REPO.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
            .start();
    p.getOutputStream().close();
    assertTrue(p.waitFor(5, java.util.concurrent.TimeUnit.SECONDS));
    String err = new String(p.getErrorStream().readAllBytes());
    assertEquals(2, p.exitValue());
    assertTrue(err.contains("the reader needs a terminal"), err);
    assertTrue(err.contains("brief summary"), err);
  }

  @Test
  void aDumbTerminalIsRefusedWithAHint() throws Exception {
    try (Tmux t = new Tmux(80, 24, REPO)) {
      Tmux.Run reader = t.start("TERM=dumb bin/brief read 2> " + temp.resolve("err"), temp);
      assertEquals(2, reader.exitCode());
      assertTrue(Files.readString(temp.resolve("err")).contains("TERM is 'dumb'"));
    }
  }
}
