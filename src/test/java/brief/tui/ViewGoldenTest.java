package brief.tui;

import static brief.tui.Input.Special.ENTER;
import static brief.tui.ReaderFixture.type;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * What the reader shows, frame by frame, compared with plain-text golden files in {@code
 * src/test/resources/frames}. Run with {@code -Dbrief.golden.update=true} to rewrite them after a
 * deliberate change, then review the diff.
 */
class ViewGoldenTest {
  static final Path FRAMES = Path.of("src/test/resources/frames");

  record Case(String name, int columns, int rows, Object[] keys) {}

  static final List<Case> CASES =
      List.of(
          new Case("80x24-start", 80, 24, new Object[] {}),
          new Case("80x24-energy", 80, 24, new Object[] {"jjl", "j"}),
          new Case("80x24-filter", 80, 24, new Object[] {"t", " ", ENTER, "jj"}),
          new Case("80x24-search", 80, 24, new Object[] {"/", "iraq", ENTER}),
          new Case("80x24-search-typing", 80, 24, new Object[] {"/", "energy sec"}),
          new Case("80x24-quotes", 80, 24, new Object[] {"7l"}),
          new Case("80x24-stakeholders", 80, 24, new Object[] {"8l"}),
          new Case("80x24-picker", 80, 24, new Object[] {"t", "j", " "}),
          new Case("80x24-help", 80, 24, new Object[] {"?"}),
          new Case("80x24-summary", 80, 24, new Object[] {"s"}),
          new Case("120x40-start", 120, 40, new Object[] {}),
          new Case("120x40-filter", 120, 40, new Object[] {"t", "jjj", " ", ENTER, "jjjjj", "l"}),
          new Case("120x40-search", 120, 40, new Object[] {"/", "\"good news\"", ENTER}),
          new Case("40x12-start", 40, 12, new Object[] {}),
          new Case("40x12-content", 40, 12, new Object[] {"jjl", "j"}),
          new Case("40x12-filter", 40, 12, new Object[] {"t", " ", ENTER, "jjl"}),
          new Case("40x12-search", 40, 12, new Object[] {"/", "shusha", ENTER}),
          new Case("15x5-too-small", 15, 5, new Object[] {}));

  @TestFactory
  Stream<DynamicTest> framesMatchTheirGoldenFiles() {
    return CASES.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> check(c)));
  }

  private static void check(Case c) throws IOException {
    String actual = View.of(type(ReaderFixture.on(c.columns(), c.rows()), c.keys())).plain();
    Path golden = FRAMES.resolve(c.name() + ".txt");
    if (Boolean.getBoolean("brief.golden.update")) {
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
    }
    assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual, c.name());
  }
}
