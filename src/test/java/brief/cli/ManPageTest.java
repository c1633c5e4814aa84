package brief.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ManPageTest {
  private final String page = ManPage.render(Main.commandLine(new Context(Env.pipe(Map.of()), System.in)));

  @Test
  void hasASectionForEveryCommandWithItsOptions() {
    for (String command : new String[] {"read", "summary", "list", "show", "quotes", "stakeholders", "themes", "search",
        "validate", "completion"}) {
      assertTrue(page.contains(".SS \"brief " + command), command);
    }
    assertTrue(page.contains("\\fB\\-\\-max\\-points\\fR \\fIN\\fR"), "options are listed with their parameter");
    assertTrue(page.contains(".SH EXIT STATUS"));
  }

  @Test
  void listsEveryKeyOfTheReaderFromItsTable() {
    assertTrue(page.contains(".SH KEYS"));
    for (brief.tui.Keys.Mode mode : java.util.List.of(brief.tui.Keys.Mode.READING, brief.tui.Keys.Mode.ANYWHERE)) {
      for (brief.tui.Keys.Binding k : brief.tui.Keys.of(mode)) {
        assertTrue(page.contains(".B " + ManPage.escape(k.keys()) + "\n" + ManPage.escape(k.help()) + "\n"), k.toString());
      }
    }
  }

  @Test
  void theReadmeAndReadHelpNameTheKeysTheStatusLineShows() throws java.io.IOException {
    String readme = java.nio.file.Files.readString(java.nio.file.Path.of("README.md")).replace("`", "")
        .toLowerCase(java.util.Locale.ROOT);
    String help = Cli.brief("read", "--help").out();
    for (String[] hint : brief.tui.Keys.hints(brief.tui.Keys.Mode.READING, false)) {
      assertTrue(readme.contains(hint[0].toLowerCase(java.util.Locale.ROOT)), "README lacks the key " + hint[0]);
      assertTrue(help.contains(hint[0] + " " + hint[1]), "read --help lacks " + hint[0] + "\n" + help);
    }
  }

  @Test
  void isValidTroffWithNoLineThatStartsAsARequestByAccident() {
    assertTrue(page.startsWith(".TH BRIEF 1"));
    for (String line : page.split("\n")) {
      if (line.startsWith(".") || line.startsWith("'")) {
        assertTrue(line.matches("\\.(TH|SH|SS|TP|PP|br|nf|fi|B)( .*)?"), line);
      }
    }
    assertFalse(page.contains("${"), "no unresolved picocli variables");
  }
}
