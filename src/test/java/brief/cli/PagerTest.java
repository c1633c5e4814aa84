package brief.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which pager, and when: git's rules (the tmux test runs the real one). */
class PagerTest {
  private static Context on(boolean terminal, Map<String, String> vars) {
    return new Context(
        new Env(vars, terminal, terminal, 80), java.io.InputStream.nullInputStream());
  }

  private static final String TALL = "line\n".repeat(30);

  @Test
  void briefPagerThenPagerThenLess() {
    assertEquals(
        "most",
        Pager.command(new Env(Map.of("BRIEF_PAGER", "most", "PAGER", "more"), true, true, 80)));
    assertEquals("more", Pager.command(new Env(Map.of("PAGER", "more"), true, true, 80)));
    assertEquals("less -FRX", Pager.command(new Env(Map.of(), true, true, 80)));
    // Set but empty, or cat: no pager.
    assertEquals(
        "", Pager.command(new Env(Map.of("BRIEF_PAGER", "", "PAGER", "more"), true, true, 80)));
    assertEquals("", Pager.command(new Env(Map.of("PAGER", "cat"), true, true, 80)));
  }

  @Test
  void onlyOnATerminalAndOnlyForWhatDoesNotFit() {
    Map<String, String> rows = Map.of("BRIEF_LINES", "24");
    assertTrue(Pager.wanted(on(true, rows), false, TALL));
    assertFalse(Pager.wanted(on(true, rows), false, "line\n".repeat(5)));
    assertFalse(Pager.wanted(on(false, rows), false, TALL), "never in a pipe");
    assertFalse(Pager.wanted(on(true, rows), true, TALL), "--no-pager");
    assertFalse(Pager.wanted(on(true, Map.of()), false, TALL), "height unknown");
  }

  @Test
  void noPagerIsAnOptionOfEveryLookup() {
    for (String lookup :
        new String[] {
          "summary", "show", "list", "quotes", "stakeholders", "themes", "timeline", "search"
        }) {
      assertTrue(Cli.brief(lookup, "--help").out().contains("--no-pager"), lookup);
    }
  }
}
