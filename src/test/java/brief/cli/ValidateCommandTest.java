package brief.cli;

import static brief.cli.Cli.brief;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ValidateCommandTest {
  @Test
  void theBundledBriefingsAreValidAndPassTheFidelityCheck() {
    Cli.Result r = brief("validate", "briefings/");
    assertEquals(0, r.code(), r.out() + r.err());
    assertTrue(
        r.out()
            .contains(
                "us-azerbaijan-partnership-2025.yaml: ok (fidelity: 5 quotes inside quotations"),
        r.out());
    assertTrue(r.out().contains("1 file valid; fidelity check passed"), r.out());
  }

  @Test
  void anInvalidFileExitsOneWithLocatedErrors() {
    Cli.Result r = brief("validate", "src/test/resources/invalid/theme-unknown.yaml");
    assertEquals(1, r.code());
    assertTrue(
        r.out()
            .startsWith(
                "src/test/resources/invalid/theme-unknown.yaml:20:18: error: unknown theme 'diplomcy'"),
        r.out());
    assertTrue(r.out().contains("1 of 1 file invalid (1 error)"), r.out());
  }

  @Test
  void anUnreadableFileExitsThree() {
    Cli.Result r = brief("validate", "no/such/file.yaml");
    assertEquals(3, r.code());
    assertTrue(r.out().contains("no/such/file.yaml: error: cannot read: no such file"), r.out());
  }

  @Test
  void noFileIsAUsageError() {
    Cli.Result r = brief("validate");
    assertEquals(2, r.code());
    assertEquals("brief: 'brief validate' needs FILE (see 'brief validate --help')\n", r.err());
  }

  @Test
  void jsonReportSaysWhereEachErrorIs() {
    Cli.Result r =
        brief("validate", "--format", "json", "src/test/resources/invalid/many-errors.yaml");
    assertEquals(1, r.code());
    assertTrue(r.out().contains("\"line\" : 20"), r.out());
    assertTrue(r.out().contains("\"valid\" : false"), r.out());
  }

  @Test
  void controlCharactersInErrorsAreShownEscaped() {
    Cli.Result r = brief("validate", "src/test/resources/invalid/control-character.yaml");
    assertEquals(1, r.code());
    assertFalse(r.out().contains("\u001b"), r.out());
  }

  @Test
  void aDashValidatesStandardInputAsEveryOtherCommandReadsIt() throws java.io.IOException {
    String yaml =
        java.nio.file.Files.readString(
                java.nio.file.Path.of("src/test/resources/valid/water-talks.yaml"))
            .replaceAll("(?m)^  text: .*\\n", "");
    Cli.Result r = new Cli().stdin(yaml).run("validate", "-");
    assertEquals(0, r.code(), r.out() + r.err());
    assertTrue(
        r.out()
            .startsWith(
                "<stdin>: warning: no source text (source.text): fidelity not checked\n<stdin>: ok"),
        r.out());
    assertEquals(1, new Cli().stdin(yaml).run("validate", "--strict", "-").code());
    assertEquals(1, new Cli().stdin("format: briefing/1\n").run("validate", "-").code());
  }
}
