package brief.cli;

import static brief.cli.Cli.brief;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The reader's --text-width (and BRIEF_TEXT_WIDTH): a bad one is a usage error in one line. */
class TextWidthOptionTest {
  @Test
  void aWidthThatIsNoNumberOrTooNarrowIsRefusedWithStatusTwo() {
    for (String bad : new String[] {"0", "-5", "19", "abc", "1001", "60x", "", "\u0666\u0660"}) {
      for (Cli.Result r :
          new Cli.Result[] {
            brief("read", "--text-width", bad), brief("--text-width=" + bad), // brief [OPTIONS]
          }) {
        assertEquals(2, r.code(), bad + ": " + r.err());
        assertEquals(
            "brief: --text-width must be a number of columns from 20 to 1000, not '" + bad + "'\n",
            r.err());
        assertEquals("", r.out());
      }
    }
  }

  @Test
  void anOptionWithoutItsValueSaysSo() {
    Cli.Result r = brief("read", "--text-width");
    assertEquals(2, r.code());
    assertEquals("brief: --text-width needs a value: N (see 'brief read --help')\n", r.err());
  }

  @Test
  void theVariableIsCheckedToo() {
    Cli.Result r = new Cli().env("BRIEF_TEXT_WIDTH", "wide").run("read");
    assertEquals(2, r.code());
    assertEquals(
        "brief: BRIEF_TEXT_WIDTH must be a number of columns from 20 to 1000, not 'wide'\n",
        r.err());
    // The option wins over the variable.
    Cli.Result given = new Cli().env("BRIEF_TEXT_WIDTH", "wide").run("read", "--text-width", "60");
    assertTrue(given.err().contains("the reader needs a terminal"), given.err());
  }

  @Test
  void aGoodWidthGoesOnToTheReader() {
    for (String good : new String[] {"20", "60", "1000"}) {
      Cli.Result r = brief("read", "--text-width", good);
      assertTrue(r.err().contains("the reader needs a terminal"), good + ": " + r.err());
    }
    assertTrue(brief("read", "--help").out().contains("--text-width=N"));
  }
}
