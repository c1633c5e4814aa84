package brief.cli;

import static brief.cli.Cli.brief;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
  void anUnknownBriefingIdSuggestsTheNearestOne() {
    Cli.Result r = brief("summary", "us-azerbaijan-partnership");
    assertEquals(2, r.code());
    assertEquals(
        "brief: unknown briefing 'us-azerbaijan-partnership'; did you mean 'us-azerbaijan-partnership-2025'?\n",
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
  void withNoTerminalAndNoCommandPrintsAShortUsageAndExitsTwo() {
    Cli.Result r = brief();
    assertEquals(2, r.code());
    assertTrue(r.err().contains("brief summary"), r.err());
  }

  @Test
  void theWarmUpUsedToTrainTheStartUpArchivePrintsNothingAndSucceeds() {
    Cli.Result r = brief("warm-up");
    assertEquals(0, r.code(), r.err());
    assertEquals("", r.out());
    assertEquals("", r.err());
    java.io.File[] left =
        new java.io.File(System.getProperty("java.io.tmpdir"))
            .listFiles((dir, name) -> name.startsWith("brief-warm-up"));
    assertEquals(0, left == null ? 0 : left.length, "its own library is removed");
    assertFalse(brief("--help").out().contains("warm-up"), "hidden from people");
  }

  @Test
  void everyCommandAnswersHelpAndVersionLikeBriefItself() {
    String version = brief("--version").out();
    assertTrue(version.startsWith("brief "), version);
    for (String command : BriefCommand.SUBCOMMANDS) {
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
