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
