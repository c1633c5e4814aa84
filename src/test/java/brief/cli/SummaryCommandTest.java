package brief.cli;

import static brief.cli.Cli.brief;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SummaryCommandTest {
  @Test
  void withNoArgumentSummarizesTheBundledBriefing() {
    Cli.Result r = brief("summary");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().startsWith("UNCLASSIFIED ─"), r.out());
    assertTrue(r.out().contains("U.S.–Azerbaijan partnership and the South Caucasus\n"), r.out());
    assertTrue(r.out().contains("Bottom line"), r.out());
    assertTrue(r.out().contains("— Ilham Aliyev"), r.out());
    assertEquals("", r.err());
  }

  @Test
  void pipedOutputHasNoEscapeCodes() {
    assertFalse(brief("summary").out().contains("\u001b"));
  }

  @Test
  void everyLineFitsTheWidth() {
    String out = brief("summary", "--width", "40").out();
    for (String line : out.split("\n")) {
      assertTrue(brief.render.DisplayWidth.of(line) <= 40, line);
    }
  }

  @Test
  void aThemeFilterKeepsOnlyWhatCarriesIt() {
    String out = brief("summary", "--theme", "security-coop").out();
    assertTrue(out.contains("filter: security-cooperation"), out);
    assertFalse(out.contains("we will have more good news"), out);
  }

  @Test
  void anUnknownThemeIsAUsageErrorNamingTheThemes() {
    Cli.Result r = brief("summary", "--theme", "weather");
    assertEquals(2, r.code());
    assertTrue(
        r.err().startsWith("brief: unknown theme 'weather' (themes: connectivity, energy-security"),
        r.err());
  }

  @Test
  void aMistypedThemeSuggestsTheThemeMeant() {
    Cli.Result r = brief("summary", "--theme", "conectivity");
    assertEquals(2, r.code());
    assertTrue(
        r.err().startsWith("brief: unknown theme 'conectivity' (did you mean 'connectivity'?"),
        r.err());
  }

  @Test
  void anUnknownBriefingIdSuggestsTheNearestOne() {
    Cli.Result r = brief("summary", "us-azerbaijan-partnership-2024");
    assertEquals(2, r.code());
    assertEquals(
        "brief: unknown briefing 'us-azerbaijan-partnership-2024' in the library"
            + " src/test/resources/frozen; did you mean 'us-azerbaijan-partnership-2025'?\n",
        r.err());
  }

  @Test
  void anInvalidFileExitsOneWithoutAStackTrace() {
    Cli.Result r = brief("summary", "src/test/resources/invalid/speaker-unknown.yaml");
    assertEquals(1, r.code());
    assertTrue(
        r.err().contains("speaker-unknown.yaml:25:14: error: unknown speaker 'president'"),
        r.err());
    assertFalse(r.err().contains("\tat "), r.err());
  }

  @Test
  void readsABriefingFromStandardInput() throws Exception {
    String yaml =
        java.nio.file.Files.readString(
            java.nio.file.Path.of("src/test/resources/valid/water-talks.yaml"));
    Cli.Result r = new Cli().stdin(yaml).run("summary", "-");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("Water-sharing talks on the Kura"), r.out());
  }

  @Test
  void underACLocaleTheOutputIsTransliteratedAscii() {
    Cli.Result r = new Cli().env("LANG", "C").run("summary");
    assertTrue(r.out().contains("U.S.-Azerbaijan partnership"), r.out());
    assertTrue(r.out().chars().allMatch(c -> c < 0x80), r.out());
  }

  @Test
  void theSameInputGivesTheSameBytes() {
    assertEquals(brief("summary").out(), brief("summary").out());
  }

  @Test
  void anUnknownOptionIsAUsageError() {
    Cli.Result r = brief("summary", "--colour");
    assertEquals(2, r.code());
    assertEquals(
        "brief: unknown option '--colour' for 'brief summary'; did you mean '--color'?"
            + " (see 'brief summary --help')\n",
        r.err());
  }

  @Test
  void debugAfterTheCommandChangesNothingInTheOutput() {
    Cli.Result plain = brief("summary", "--max-points", "1");
    Cli.Result debug = brief("summary", "--debug", "--max-points", "1");
    assertEquals(0, debug.code());
    assertEquals(plain.out(), debug.out());
    assertEquals("", debug.err());
  }

  @Test
  void helpOrVersionWhereAValueIsExpectedIsAUsageError() {
    Cli.Result r = brief("summary", "--library", "--help");
    assertEquals(2, r.code());
    assertEquals("brief: --library needs a value: DIR (see 'brief summary --help')\n", r.err());
    assertEquals(
        "brief: --width needs a value: N (see 'brief summary --help')\n",
        brief("summary", "--width", "-V").err());
  }

  @Test
  void withNoTerminalAndNoCommandPrintsAShortUsageAndExitsTwo() {
    Cli.Result r = brief();
    assertEquals(2, r.code());
    assertTrue(r.err().contains("brief summary"), r.err());
  }

  @Test
  void theWarmUpUsedToTrainTheStartUpArchivePrintsNothingAndSucceeds() throws Exception {
    Path temp = Files.createTempDirectory("brief-test-tmp");
    // What a warm-up killed an hour ago left behind (the launcher's background job died).
    Path killed = Files.createTempDirectory(temp, "brief-warm-up");
    Files.writeString(killed.resolve("warm-up.yaml"), "left behind");
    Files.setLastModifiedTime(killed, FileTime.from(Instant.now().minus(Duration.ofHours(1))));
    Cli.Result r = new Cli().env("TMPDIR", temp.toString()).run("warm-up");
    assertEquals(0, r.code(), r.err());
    assertEquals("", r.out());
    assertEquals("", r.err());
    java.util.Set<Path> after = warmUpFolders(temp);
    assertFalse(after.contains(killed), "a killed warm-up's library is swept");
    assertTrue(after.isEmpty(), "its own library is removed: " + after);
    Files.delete(temp);
    assertFalse(brief("--help").out().contains("warm-up"), "hidden from people");
  }

  private static java.util.Set<Path> warmUpFolders(Path temp) throws IOException {
    try (var files = Files.list(temp)) {
      return files
          .filter(p -> p.getFileName().toString().startsWith("brief-warm-up"))
          .collect(java.util.stream.Collectors.toCollection(java.util.HashSet::new));
    }
  }

  @Test
  void everyCommandAnswersHelpAndVersionLikeBriefItself() {
    String version = brief("--version").out();
    assertTrue(version.startsWith("brief "), version);
    for (String command : Commands.WORDS) {
      if (command.equals("warm-up")) {
        continue;
      }
      assertEquals(version, brief(command, "-V").out(), command + " -V");
      Cli.Result help = brief(command, "--help");
      assertEquals(0, help.code(), command);
      assertTrue(help.out().startsWith("Usage: brief " + command + " "), help.out());
      assertTrue(help.out().contains("--debug") && help.out().contains("-h, --help"), help.out());
    }
  }
}
