package brief.cli;

import static brief.cli.Cli.brief;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code brief __complete}, which the completion scripts run at every Tab: the library's candidates
 * one a line, and whatever goes wrong, nothing else and exit 0.
 */
class CompleteCommandTest {
  private static final String ID = "us-azerbaijan-partnership-2025";

  /** The overview, the sections of the frozen briefing, then the other parts that show prints. */
  static final List<String> SECTIONS =
      List.of(
          "overview",
          "partnership",
          "energy",
          "security",
          "peace",
          "signals",
          "quotes",
          "stakeholders",
          "timeline",
          "themes",
          "source");

  @TempDir Path dir;

  private static List<String> words(String... args) {
    Cli.Result r = brief(args);
    assertEquals(0, r.code(), r.err());
    assertEquals("", r.err());
    return r.out().lines().map(l -> l.split("\t")[0]).toList();
  }

  @Test
  void listsBriefingsThemesSpeakersAndTheSectionsOfABriefing() {
    assertEquals(List.of(ID), words("__complete", "briefings"));
    assertEquals(
        List.of(
            "connectivity",
            "energy-security",
            "peace-process",
            "security-cooperation",
            "sovereignty",
            "strategic-signalling"),
        words("__complete", "themes"));
    assertEquals(List.of("Ilham Aliyev"), words("__complete", "speakers"));
    assertEquals(SECTIONS, words("__complete", "sections", ID));
  }

  @Test
  void eachCandidateSaysWhatItIsAfterATab() {
    assertEquals(
        ID + "\tU.S.–Azerbaijan partnership and the South Caucasus\n",
        brief("__complete", "briefings").out());
    assertEquals(
        "energy\tEnergy and connectivity",
        brief("__complete", "sections", ID).out().lines().toList().get(2));
  }

  @Test
  void speakersMatchAsLookupsMatchNamesFoldedAndTheIdWhenTypedSo() throws Exception {
    String library = "--library=" + SpeakerLibrary.make(dir.resolve("library"));
    for (String typed : new String[] {"İl", "Il", "il", "ilham", "ILHAM ə", "Pres", ""}) {
      assertEquals(
          List.of("İlham Əliyev"),
          words("__complete", library, "--prefix=" + typed, "--", "speakers"),
          typed);
    }
    assertEquals(
        List.of("ilham-aliyev"), words("__complete", library, "--prefix=ilham-", "speakers"));
    assertEquals(List.of(), words("__complete", library, "--prefix=Zed", "speakers"));
  }

  @Test
  void theWordTypedSoFarNarrowsEveryKindKeepingSectionsInTheReadersOrder() {
    assertEquals(
        List.of("security", "signals", "stakeholders", "source"),
        words("__complete", "--prefix=S", "sections", ID));
    assertEquals(
        List.of("security-cooperation", "sovereignty", "strategic-signalling"),
        words("__complete", "--prefix=s", "themes"));
    assertEquals(List.of(ID), words("__complete", "--prefix=US-", "briefings"));
    assertEquals(List.of(), words("__complete", "--prefix=x", "briefings"));
  }

  @Test
  void withACharsetThatIsNotUtf8CandidatesAreInTheAsciiFormThatLookupsPrintAndAccept()
      throws Exception {
    String library = "--library=" + SpeakerLibrary.make(dir.resolve("library"));
    Cli c = new Cli().env("LANG", "C");
    Cli.Result speakers = c.run("__complete", library, "--prefix=il", "speakers");
    assertEquals("Ilham Eliyev\tPresident of Azerbaijan\n", speakers.out());
    assertEquals(0, c.run("quotes", library, "--speaker", "Ilham Eliyev").code());
    assertEquals(
        ID + "\tU.S.-Azerbaijan partnership and the South Caucasus\n",
        c.run("__complete", "briefings").out());
  }

  @Test
  void aBadLibraryAnUnknownBriefingOrKindPrintNothingAndExitZero() throws Exception {
    Path broken = Files.createDirectories(dir.resolve("library"));
    Files.writeString(broken.resolve("broken.yaml"), "format: [unclosed\n");
    for (String[] args :
        new String[][] {
          {"__complete", "--library", dir.resolve("missing").toString(), "briefings"},
          {"__complete", "--library", broken.toString(), "briefings"},
          {"__complete", "sections", "no-such-briefing"},
          {"__complete", "sections"},
          {"__complete", "sections", dir.resolve("missing.yaml").toString()},
          {"__complete", "nonsense"},
          {"__complete"}
        }) {
      Cli.Result r = brief(args);
      assertEquals(0, r.code(), String.join(" ", args));
      assertEquals("", r.out(), String.join(" ", args));
      assertEquals("", r.err(), String.join(" ", args));
    }
  }

  @Test
  void isInNoHelpAndNoManPage() {
    assertFalse(brief("--help").out().contains("__complete"));
    assertFalse(
        ManPage.render(Main.commandLine(new Context(Env.pipe(java.util.Map.of()), System.in)), "1")
            .contains("__complete"));
  }
}
