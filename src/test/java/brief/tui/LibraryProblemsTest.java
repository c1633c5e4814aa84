package brief.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brief.core.Briefing;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The reader says a library has problems as it opens, and marks briefings that share an id. */
class LibraryProblemsTest {
  static final Briefing ARCTIC = Reader.load("src/test/resources/library/arctic-council-2024.yaml");
  static final Briefing CASPIAN = Reader.load("src/test/resources/library/caspian-ferry-2024.yaml");

  private static String screen(ReaderState s) {
    Frame f = View.of(s);
    StringBuilder text = new StringBuilder();
    for (int y = 0; y < s.size().rows(); y++) {
      text.append(f.row(y).stripTrailing()).append('\n');
    }
    return text.toString();
  }

  @Test
  void theProblemCountShowsAsTheReaderOpens() {
    ReaderState s = ReaderState.start(List.of(ARCTIC, CASPIAN, CASPIAN), 2, new Size(100, 30), Glyphs.UNICODE);
    assertEquals("2 problems in the library: listed on standard error when the reader closes", s.message());
    assertTrue(screen(s).contains("2 problems in the library"), screen(s));
    ReaderState one = ReaderState.start(List.of(ARCTIC), 1, new Size(100, 30), Glyphs.UNICODE);
    assertEquals("arctic-council-2024", one.briefing().id());
    assertEquals("1 problem in the library: listed on standard error when the reader closes", one.message());
    assertEquals("", ReaderState.start(List.of(ARCTIC, CASPIAN), new Size(100, 30), Glyphs.UNICODE).message());
  }

  @Test
  void bothBriefingsOfASharedIdAreListedAndMarked() {
    ReaderState s = ReaderState.start(List.of(ARCTIC, CASPIAN, CASPIAN), 2, new Size(100, 30), Glyphs.UNICODE);
    List<String> marked = screen(s).lines().filter(l -> l.contains("(duplicate id!)")).toList();
    assertEquals(2, marked.size(), screen(s));
    assertTrue(marked.stream().allMatch(l -> l.contains("Caspian") || l.contains("ferry")), marked.toString());
    assertTrue(screen(s).lines().anyMatch(l -> l.contains("Arctic") && !l.contains("duplicate")), screen(s));
  }
}
