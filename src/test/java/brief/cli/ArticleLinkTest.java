package brief.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The article's address and the tags in the header; the address a hyperlink where it can be. */
class ArticleLinkTest {
  private static final String LIBRARY = "src/test/resources/library";
  private static final String OSC8 = "\u001b]8;;https://example.org/caspian/ferry\u001b\\";

  private static String onTerminal(Map<String, String> vars, String... args) {
    StringWriter out = new StringWriter();
    Main.run(
        args,
        new PrintWriter(out),
        new PrintWriter(new StringWriter()),
        java.io.InputStream.nullInputStream(),
        new Env(vars, true, true, 100));
    return out.toString();
  }

  @Test
  void showAndSummaryPrintTheArticlesAddressAndTags() {
    for (String command : new String[] {"show", "summary"}) {
      for (String format : new String[] {"text", "markdown"}) {
        String out =
            Cli.brief(command, "caspian-ferry-2024", "--library", LIBRARY, "--format", format)
                .out();
        assertTrue(out.contains("https://example.org/caspian/ferry"), command + " " + format);
        assertTrue(out.contains("tags: transport, trade, Ələt"), command + " " + format);
      }
    }
  }

  @Test
  void aTerminalThatShowsHyperlinksGetsAnOsc8Link() {
    String out =
        onTerminal(
            Map.of("LANG", "C.UTF-8", "TERM", "xterm-256color", "VTE_VERSION", "7600"),
            "summary",
            "caspian-ferry-2024",
            "--library",
            LIBRARY);
    assertTrue(out.contains(OSC8), out);
    assertTrue(out.contains("\u001b]8;;\u001b\\"), out);
  }

  @Test
  void pipesAndOtherTerminalsGetThePlainAddress() {
    assertFalse(
        Cli.brief("summary", "caspian-ferry-2024", "--library", LIBRARY, "--color=always")
            .out()
            .contains("\u001b]8"));
    String plainTerminal =
        onTerminal(
            Map.of("LANG", "C.UTF-8", "TERM", "xterm-256color"),
            "summary",
            "caspian-ferry-2024",
            "--library",
            LIBRARY);
    assertFalse(plainTerminal.contains("\u001b]8"), plainTerminal);
    assertTrue(plainTerminal.contains("https://example.org/caspian/ferry"), plainTerminal);
  }

  @Test
  void aTagIsSearchable() {
    Cli.Result r = Cli.brief("search", "transport", "--library", LIBRARY);
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("• transport"), r.out());
    assertTrue(r.out().contains("Overview · tag"), r.out());
  }
}
