package brief.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * In a pipe a record stays on one line (a script counts, cuts and greps them), prose wraps at
 * {@code --width}, else {@code COLUMNS}, else 80, and {@code --width 0} wraps nothing.
 */
class RecordsInPipesTest {
  private static final String LIBRARY = "src/test/resources/library";

  private static List<String> lines(String out) {
    return Arrays.asList(out.split("\n", -1)).subList(0, out.split("\n", -1).length - 1);
  }

  private static int widest(String out) {
    return lines(out).stream().mapToInt(l -> l.codePointCount(0, l.length())).max().orElse(0);
  }

  @Test
  void listPrintsOneLinePerBriefingWhateverTheWidth() {
    for (String width : new String[] {"20", "40", "80", "0"}) {
      Cli.Result r = new Cli().env("BRIEF_LIBRARY", LIBRARY).run("list", "--width", width);
      assertEquals(0, r.code(), r.err());
      List<String> rows = lines(r.out());
      assertEquals(3, rows.size(), width + ":\n" + r.out());
      assertTrue(rows.get(0).startsWith("arctic-council-2024  2024-05-20  Arctic Council"));
      assertTrue(rows.get(0).endsWith("[science, shipping, indigenous]"), rows.get(0));
    }
  }

  @Test
  void listLongKeepsEachFieldOnItsLine() {
    Cli.Result r = new Cli().env("BRIEF_LIBRARY", LIBRARY).run("list", "--long", "--width", "20");
    assertEquals(3 * 4, lines(r.out()).size(), r.out());
  }

  @Test
  void proseWrapsAtTheWidthAskedFor() {
    Cli.Result r = brief("summary", "--width", "40");
    assertEquals(0, r.code(), r.err());
    assertTrue(widest(r.out()) <= 40, r.out());
    assertTrue(widest(r.out()) > 30, r.out());
  }

  @Test
  void proseWrapsAtEightyInAPipeAndAtAnExportedColumns() {
    assertTrue(widest(brief("summary").out()) <= 80);
    assertTrue(widest(brief("summary").out()) > 70);
    String narrow = new Cli().env("COLUMNS", "50").run("summary").out();
    assertTrue(widest(narrow) <= 50 && widest(narrow) > 40, narrow);
    // --width wins over COLUMNS.
    String wide = new Cli().env("COLUMNS", "50").run("summary", "--width", "100").out();
    assertTrue(widest(wide) > 80, wide);
  }

  @Test
  void widthZeroPutsEachParagraphOnOneLine() {
    Cli.Result r = brief("summary", "--width", "0");
    assertEquals(0, r.code(), r.err());
    String bottomLine =
        lines(r.out()).stream().filter(l -> l.startsWith("  ")).findFirst().orElseThrow();
    assertTrue(bottomLine.length() > 120, bottomLine);
    assertTrue(widest(r.out()) > widest(brief("summary").out()), r.out());
  }

  @Test
  void aWidthOutsideTheRangeIsRefusedAndSaysZeroIsAllowed() {
    Cli.Result r = brief("summary", "--width", "5");
    assertEquals(2, r.code());
    assertEquals("brief: --width must be 0 (no wrapping) or between 20 and 1000, not 5\n", r.err());
  }

  @Test
  void idsOnlyIsOneIdALine() {
    Cli.Result r =
        new Cli()
            .env("BRIEF_LIBRARY", LIBRARY)
            .run("search", "Aktau", "--ids-only", "--width", "20");
    assertEquals(List.of("caspian-ferry-2024"), lines(r.out()));
  }

  private static Cli.Result brief(String... args) {
    return Cli.brief(args);
  }
}
