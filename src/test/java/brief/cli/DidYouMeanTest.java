package brief.cli;

import static brief.cli.Cli.brief;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A value nearly right is answered with the one it was likely meant to be. */
class DidYouMeanTest {
  private static final String ID = "us-azerbaijan-partnership-2025";

  @Test
  void aMistypedSectionSuggestsTheNearest() {
    Cli.Result r = brief("show", ID, "overveiw");
    assertEquals(2, r.code());
    assertTrue(r.err().endsWith("; did you mean 'overview'?\n"), r.err());
    assertTrue(brief("show", ID, "enregy").err().endsWith("; did you mean 'energy'?\n"));
  }

  @Test
  void aMistypedSpeakerSuggestsTheNearest() {
    Cli.Result r = brief("quotes", "--speaker", "Ilham Aliyew");
    assertEquals(2, r.code());
    assertTrue(r.err().endsWith("; did you mean 'Ilham Aliyev'?\n"), r.err());
  }

  @Test
  void aMistypedIdSuggestsTheNearest() {
    Cli.Result r = brief("summary", "us-azerbaijan-partnership-2052");
    assertEquals(2, r.code());
    assertTrue(r.err().endsWith("; did you mean '" + ID + "'?\n"), r.err());
  }

  @Test
  void validateRefusesMarkdownRatherThanPrintingText() {
    Cli.Result r = brief("validate", "--format", "markdown", "briefings");
    assertEquals(2, r.code());
    assertEquals(
        "brief: --format markdown is not offered by validate (formats: text, json)\n", r.err());
    assertEquals("", r.out());
  }

  @Test
  void theManPageHasFilesAndExamples() {
    String page =
        ManPage.render(
            Main.commandLine(
                new Context(Env.pipe(java.util.Map.of()), java.io.InputStream.nullInputStream())),
            "test");
    assertTrue(page.contains(".SH FILES\n"), "FILES");
    assertTrue(page.contains("ssh_host_ed25519_key"), "the host key");
    assertTrue(page.contains(ManPage.escape("$XDG_CACHE_HOME/brief")), "the cache");
    assertTrue(page.contains(".SH EXAMPLES\n"), "EXAMPLES");
    assertTrue(
        page.contains(ManPage.escape("brief timeline --region 'South Caucasus' --since 2025-07")),
        page);
  }
}
