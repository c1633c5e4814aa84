package brief.cli;

import static brief.cli.Cli.brief;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ColorAndAsciiTest {
  @Test
  void colorAlwaysColoursEvenWhenPiped() {
    String out = brief("summary", "--color=always").out();
    assertTrue(out.contains("\u001b[1;7mUNCLASSIFIED\u001b[0m"), out);
    assertTrue(out.contains("\u001b[1;36mBottom line\u001b[0m"), out);
  }

  @Test
  void pipedOutputAndNoColorHaveNoEscapeCodes() {
    assertFalse(brief("summary").out().contains("\u001b"));
    assertFalse(brief("summary", "--color=always", "--no-color").out().contains("\u001b"));
    assertFalse(brief("search", "energy", "--color=never").out().contains("\u001b"));
  }

  @Test
  void onATerminalNoColorInTheEnvironmentIsHonoured() {
    Env terminal =
        new Env(
            java.util.Map.of("LANG", "C.UTF-8", "TERM", "xterm", "NO_COLOR", "1"), true, true, 100);
    java.io.StringWriter out = new java.io.StringWriter();
    Main.run(
        new String[] {"summary"},
        new java.io.PrintWriter(out),
        new java.io.PrintWriter(new java.io.StringWriter()),
        java.io.InputStream.nullInputStream(),
        terminal);
    assertFalse(out.toString().contains("\u001b"));
    Env colourful = new Env(java.util.Map.of("LANG", "C.UTF-8", "TERM", "xterm"), true, true, 100);
    java.io.StringWriter coloured = new java.io.StringWriter();
    Main.run(
        new String[] {"summary"},
        new java.io.PrintWriter(coloured),
        new java.io.PrintWriter(new java.io.StringWriter()),
        java.io.InputStream.nullInputStream(),
        colourful);
    assertTrue(coloured.toString().contains("\u001b["));
    assertTrue(
        coloured
            .toString()
            .lines()
            .allMatch(
                l -> brief.render.DisplayWidth.of(l.replaceAll("\u001b\\[[0-9;]*m", "")) <= 100));
  }

  @Test
  void asciiTransliteratesAndWritesCodePointsForWhatHasNoAsciiForm() {
    Cli.Result r =
        brief("show", "mekong-data-2023", "--library", "src/test/resources/library", "--ascii");
    // Han letters have a Latin spelling (pinyin); an emoji has none.
    assertTrue(r.out().contains("(lan cang jiang)"), r.out());
    assertFalse(r.out().contains("<U+6F9C>"), r.out());
    assertTrue(r.out().contains("<U+1F30A>"), r.out());
    assertFalse(r.out().contains("?"), r.out());
    assertTrue(r.out().chars().allMatch(c -> c < 0x80));
    String caspian =
        brief("summary", "caspian-ferry-2024", "--library", "src/test/resources/library", "--ascii")
            .out();
    assertTrue(caspian.contains("Elet-Aktau ferry link"), caspian);
    assertTrue(caspian.contains("Lenkeran and Seki"), caspian);
    assertTrue(caspian.contains("\"This port is the gateway"), caspian);
  }

  @Test
  void underACLocaleNamesInOtherScriptsAreTheirLatinAliasesOrTransliterated() {
    Cli.Result r =
        new Cli()
            .env("LANG", "C")
            .run("stakeholders", "--library", "src/test/resources/scripts", "--width", "80");
    assertEquals(0, r.code(), r.err());
    String out = r.out();
    assertTrue(out.contains("Sergei Lavrov (person) -- Minister"), out);
    assertTrue(out.contains("Affiliation: Rossiya"), out);
    assertTrue(out.contains("Rossiya (state) -- Delegation"), out);
    assertTrue(out.contains("Mariya Zakharova (person)"), out);
    assertTrue(out.contains("irak'li k'obakhidze (person) -- Host"), out);
    assertTrue(out.contains("Peregovory v Tbilisi"), out);
    assertFalse(out.contains("<U+"), out);
    assertTrue(out.chars().allMatch(c -> c < 0x80), out);
  }

  @Test
  void aQuoteUnderACLocaleNamesItsSpeakerByTheirLatinAlias() {
    String out =
        new Cli()
            .env("LANG", "C")
            .run("quotes", "--library", "src/test/resources/scripts", "--width", "80")
            .out();
    assertTrue(out.contains("-- Sergei Lavrov, Test remarks"), out);
    assertTrue(out.contains("-- irak'li k'obakhidze, Test remarks"), out);
    assertFalse(out.contains("<U+"), out);
  }

  @Test
  void underACLocaleJsonIsAsciiWithEscapesAndStillTheSameData() throws Exception {
    String json =
        new Cli()
            .env("LANG", "C")
            .run(
                "quotes",
                "--all",
                "--speaker",
                "susa",
                "--format",
                "json",
                "--library",
                "src/test/resources/library")
            .out();
    assertTrue(json.chars().allMatch(c -> c < 0x80), json);
    var tree = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);
    assertEquals("Critics in Şuşa", tree.get("quotes").get(0).get("speaker_name").asText());
  }

  @Test
  void speakersMatchByNameIdOrAliasWhateverTheCaseAndAccents() {
    for (String typed :
        new String[] {"İlham", "ILHAM ALIYEV", "ilham-aliyev", "Əliyev", "president aliyev"}) {
      Cli.Result r = brief("quotes", "--speaker", typed, "--format", "json");
      assertEquals(0, r.code(), typed + ": " + r.err());
      assertTrue(r.out().contains("\"speaker\" : \"ilham-aliyev\""), typed);
    }
    for (String typed : new String[] {"ŞUŞA", "susa", "Shusha"}) {
      assertTrue(
          brief("quotes", "--all", "--speaker", typed, "--library", "src/test/resources/library")
              .out()
              .contains("One storm and the schedule is gone."),
          typed);
    }
  }

  @Test
  void anUnknownSpeakerIsAUsageErrorNamingTheSpeakers() {
    Cli.Result r = brief("quotes", "--speaker", "nobody");
    assertEquals(2, r.code());
    assertEquals("brief: unknown speaker 'nobody' (speakers: Ilham Aliyev)\n", r.err());
  }

  @Test
  void errorsTakeTheAsciiFormUnderALocaleThatIsNotUtf8(@org.junit.jupiter.api.io.TempDir Path temp)
      throws Exception {
    String library = SpeakerLibrary.make(temp.resolve("lib")).toString();
    Cli.Result ascii =
        new Cli().env("LANG", "C").run("quotes", "--library", library, "--speaker", "nobody");
    assertEquals(2, ascii.code());
    assertEquals("brief: unknown speaker 'nobody' (speakers: Ilham Eliyev)\n", ascii.err());
    Cli.Result utf8 = new Cli().run("quotes", "--library", library, "--speaker", "nobody");
    assertTrue(utf8.err().contains("(speakers: İlham Əliyev)"), utf8.err());
  }

  @Test
  void anArgumentTheLocaleCouldNotDecodeIsAUsageErrorNotASearchForReplacementCharacters() {
    // What Java makes of "Əliyev" typed in UTF-8 under LANG=C.
    for (String lang : new String[] {"C", ""}) {
      Cli.Result r = new Cli().env("LANG", lang).run("search", "\uFFFD\uFFFDliyev");
      assertEquals(2, r.code(), lang);
      assertEquals("", r.out());
      assertTrue(
          r.err().startsWith("brief: '??liyev' is not text in the locale's charset ("), r.err());
      assertTrue(r.err().contains("LANG=C.UTF-8"), r.err());
    }
    assertEquals(1, brief("search", "\uFFFDliyev").code(), "under UTF-8 it is only a search");
    Cli.Result all =
        new Cli().env("LC_ALL", "C").env("LANG", "C.UTF-8").run("search", "\uFFFDliyev");
    assertTrue(
        all.err().contains("(LC_ALL=C)") && all.err().endsWith("LC_ALL=C.UTF-8\n"), all.err());
  }

  @Test
  void searchFoldsAccentsAndLeavesThePlainTextUnaltered() {
    String out = brief("search", "lenkeran", "--library", "src/test/resources/library").out();
    assertTrue(out.contains(" Lənkəran and Şəki report"), out);
    assertFalse(out.contains("*"), out);
    assertTrue(
        out.startsWith("Ələt–Aktau ferry link and the Middle Corridor (caspian-ferry-2024)"), out);
  }

  @Test
  void anAmbiguousOrUnknownThemeNamesTheThemesThatExist() {
    Cli.Result r = brief("list", "--theme", "s");
    assertEquals(2, r.code());
    assertTrue(
        r.err()
            .startsWith(
                "brief: ambiguous theme 's' (matches: security-cooperation, sovereignty, strategic-signalling)"),
        r.err());
  }

  @Test
  void anUnknownSectionNamesTheSections() {
    Cli.Result r = brief("show", "us-azerbaijan-partnership-2025", "weather");
    assertEquals(2, r.code());
    assertEquals(
        "brief: unknown section 'weather' (sections: partnership, energy, security, peace, signals;"
            + " and overview, quotes, stakeholders, timeline, themes, source)\n",
        r.err());
  }

  @Test
  void everyCommandHasHelpWithExamplesAndTheVersionIsKnown() {
    for (String command :
        new String[] {
          "read",
          "summary",
          "list",
          "show",
          "quotes",
          "stakeholders",
          "themes",
          "search",
          "validate",
          "completion"
        }) {
      Cli.Result r = brief(command, "--help");
      assertEquals(0, r.code(), command);
      assertTrue(r.out().contains("Examples:"), command);
    }
    assertTrue(brief("--version").out().startsWith("brief "));
  }

  @Test
  void aPosixLocaleMeansPlainAsciiWhateverLangSays() {
    Cli.Result r = new Cli().env("LANG", "en_US.UTF-8").env("LC_ALL", "POSIX").run("summary");
    assertEquals(0, r.code());
    assertTrue(r.out().chars().allMatch(c -> c < 0x80), r.out());
    assertTrue(r.out().startsWith("UNCLASSIFIED ---"), r.out());
  }
}
