package brief.tui;

import static brief.tui.Input.Special.ENTER;
import static brief.tui.Input.Special.ESCAPE;
import static brief.tui.ReaderFixture.type;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brief.core.Briefing;
import brief.core.Point;
import brief.core.ReadMarks;
import brief.core.Section;
import brief.core.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Unread briefings are marked in the library; a briefing changed since read says so, and D shows
 * how.
 */
class ReadMarksInReaderTest {
  static final Briefing ARCTIC =
      ReaderFixture.load("src/test/resources/library/arctic-council-2024.yaml");
  static final Briefing CASPIAN =
      ReaderFixture.load("src/test/resources/library/caspian-ferry-2024.yaml");
  static final Briefing BUNDLED = ReaderFixture.BUNDLED;

  private static String screen(ReaderState s) {
    Frame f = View.of(s);
    StringBuilder text = new StringBuilder();
    for (int y = 0; y < s.size().rows(); y++) {
      text.append(f.row(y).stripTrailing()).append('\n');
    }
    return text.toString();
  }

  private static ReadMarks.Mark read(Briefing b) {
    return new ReadMarks.Mark(b.id(), "2026-12-01T08:00:00Z", Statement.fingerprint(b), "x");
  }

  /** {@code now} read before as the bundled briefing, whose copy is kept. */
  private static ReadMarks readAsBundled(List<Briefing> library, Briefing now) {
    return new ReadMarks(
        library,
        Map.of(now.id(), read(BUNDLED)),
        true,
        id -> id.equals(now.id()) ? Optional.of(BUNDLED) : Optional.empty());
  }

  /** These briefings read as they are, with no copy kept. */
  private static ReadMarks readWithoutCopies(List<Briefing> library, Briefing... read) {
    Map<String, ReadMarks.Mark> marks = new java.util.HashMap<>();
    for (Briefing b : read) {
      marks.put(b.id(), read(b));
    }
    return new ReadMarks(library, marks, true, id -> Optional.empty());
  }

  /** The bundled briefing with its first point's "opinion column" made "op-ed column". */
  private static Briefing edited() {
    List<Section> sections = new ArrayList<>(BUNDLED.sections());
    Section first = sections.get(0);
    List<Point> points = new ArrayList<>(first.points());
    Point p = points.get(0);
    points.set(
        0,
        new Point(
            p.text().replace("an opinion column", "an op-ed column"),
            p.themes(),
            p.priority(),
            p.paragraphs(),
            p.basis(),
            p.speaker(),
            p.ref(),
            p.id()));
    sections.set(0, new Section(first.id(), first.title(), first.summary(), points));
    Briefing b = BUNDLED;
    return new Briefing(
        b.id(),
        b.title(),
        b.summary(),
        b.date(),
        b.classification(),
        b.region(),
        b.tags(),
        b.source(),
        b.themes(),
        sections,
        b.quotes(),
        b.stakeholders(),
        b.timeline());
  }

  private static ReaderState start(List<Briefing> library, ReadMarks marks, Glyphs glyphs) {
    return ReaderState.start(library, List.of(), Map.of(), new Size(100, 30), glyphs, marks);
  }

  @Test
  void unreadBriefingsAreMarkedWithALetterAndCountedInTheHeader() {
    List<Briefing> library = List.of(ARCTIC, CASPIAN, BUNDLED);
    ReadMarks marks =
        new ReadMarks(library, Map.of(ARCTIC.id(), read(ARCTIC)), true, id -> Optional.empty());
    for (Glyphs glyphs : List.of(Glyphs.UNICODE, Glyphs.ASCII)) {
      String shown = screen(start(library, marks, glyphs));
      assertTrue(
          shown
              .lines()
              .findFirst()
              .orElseThrow()
              .endsWith("3 briefings " + glyphs.dot() + " 2 unread"),
          shown);
      assertTrue(
          shown.lines().anyMatch(l -> l.contains("  " + ARCTIC.id()) && !l.contains("N 20")),
          shown);
      assertEquals(2, shown.lines().filter(l -> l.matches(".*\\bN 20\\d\\d-.*")).count(), shown);
    }
  }

  @Test
  void theChangedPointIsMarkedAndUReachesItFromAnywhere() {
    Briefing now = edited();
    List<Briefing> library = List.of(now, ARCTIC);
    ReadMarks marks = readAsBundled(library, now);
    ReaderState opened = type(start(library, marks, Glyphs.ASCII), ENTER);
    ReaderState there = type(opened, "u");
    Item item = there.currentItem();
    assertTrue(item.searchable().contains("an op-ed column"), item.searchable());
    String row =
        screen(there).lines().filter(l -> l.contains("The piece is an op-ed")).findFirst().get();
    assertTrue(row.contains("#~"), row);
    assertEquals(there.nav(), type(there, "u").nav(), "the only change: u comes back to it");
    assertEquals(there.nav(), type(there, "U").nav());
  }

  @Test
  void uInTheLibraryGoesToTheNextUnreadAndOSortsUnreadFirst() {
    List<Briefing> library = List.of(ARCTIC, CASPIAN, BUNDLED);
    ReadMarks marks = readWithoutCopies(library, ARCTIC, BUNDLED);
    ReaderState s = start(library, marks, Glyphs.UNICODE);
    ReaderState next = type(s, "u");
    assertEquals(CASPIAN.id(), next.library().get(next.libraryScreen().selected()).id());
    assertEquals(next.libraryCursor(), type(next, "u").libraryCursor(), "the only unread one");
    ReaderState sorted = type(s, "o", "o");
    assertEquals("unread first, then newest", sorted.message());
    assertEquals(
        CASPIAN.id(), sorted.library().get(sorted.libraryScreen().filter().shown().get(0)).id());
    List<Briefing> both = List.of(ARCTIC, BUNDLED);
    ReadMarks allRead = readWithoutCopies(both, ARCTIC, BUNDLED);
    assertEquals("no unread briefing", type(start(both, allRead, Glyphs.UNICODE), "u").message());
  }

  @Test
  void withoutReadStateNothingIsMarked() {
    List<Briefing> library = List.of(ARCTIC, CASPIAN);
    String shown = screen(ReaderState.start(library, new Size(100, 30), Glyphs.UNICODE));
    assertFalse(shown.contains("unread"), shown);
  }

  @Test
  void openingMarksReadAndTheLibraryShowsItOnReturn() {
    List<Briefing> library = List.of(ARCTIC, CASPIAN);
    ReaderState s =
        start(
            library,
            new ReadMarks(library, Map.of(), true, id -> Optional.empty()),
            Glyphs.UNICODE);
    assertTrue(screen(s).contains("2 unread"));
    ReaderState back = type(s, ENTER, Input.Special.BACKSPACE, Input.Special.BACKSPACE);
    assertTrue(back.inLibrary());
    assertTrue(screen(back).contains("1 unread"), screen(back));
  }

  @Test
  void aBriefingChangedSinceReadSaysSoAndDShowsTheWords() {
    Briefing now = edited();
    List<Briefing> library = List.of(now, ARCTIC);
    ReadMarks marks = readAsBundled(library, now);
    ReaderState s = start(library, marks, Glyphs.UNICODE);
    assertTrue(screen(s).contains("U 2025-"), screen(s));
    ReaderState opened = type(s, ENTER);
    assertEquals(
        "changed since you read it on 2026-12-01: 1 change (+ new, ~ changed: u next, D shows what)",
        opened.message());
    ReaderState overlay = type(opened, "D");
    assertEquals(ReaderState.Overlay.CHANGES, overlay.overlay());
    String shown = screen(overlay);
    assertTrue(shown.contains("Changed since you read it on 2026-12-01"), shown);
    assertTrue(shown.contains("point · " + BUNDLED.sections().get(0).title()), shown);
    assertTrue(shown.contains("The piece is an [-opinion-] {+op-ed+} column by Qabil"), shown);
    assertEquals(ReaderState.Overlay.NONE, type(overlay, ESCAPE).overlay());
    ReaderState unchanged =
        type(start(List.of(ARCTIC, CASPIAN), marks, Glyphs.UNICODE), ENTER, "D");
    assertEquals(ReaderState.Overlay.NONE, unchanged.overlay());
    assertEquals("nothing changed since you last read it", unchanged.message());
  }
}
