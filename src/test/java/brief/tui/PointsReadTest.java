package brief.tui;

import static brief.tui.ReaderFixture.type;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brief.core.Briefing;
import brief.core.ReadMarks;
import brief.core.Seen;
import brief.core.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Statements read one by one: a briefing stopped half-way marks what was not seen. */
class PointsReadTest {
  private static final Briefing B = ReaderFixture.BUNDLED;
  private static final Size SIZE = new Size(100, 30);

  private static ReaderState opened(Optional<Seen> seen) {
    return opened(seen, Glyphs.UNICODE);
  }

  private static ReaderState opened(Optional<Seen> seen, Glyphs glyphs) {
    Map<String, ReadMarks.Mark> marks =
        seen.map(
                s ->
                    Map.of(
                        B.id(),
                        new ReadMarks.Mark(
                            B.id(),
                            "2026-12-01T08:00:00Z",
                            Statement.fingerprint(B),
                            "",
                            s.format())))
            .orElse(Map.of());
    return ReaderState.start(
        List.of(B), List.of(), Map.of(), SIZE, glyphs, new ReadMarks(List.of(B), marks));
  }

  /** Every statement's key but that of the second point of the third entry (a section). */
  private static Set<String> allBut(ReaderState s, String[] unseen) {
    Set<String> keys = new HashSet<>();
    for (Entry e : s.entries()) {
      for (int i = 0; i < e.items().size(); i++) {
        String key = PointsRead.key(e, e.items().get(i));
        if (key != null) {
          keys.add(key);
        }
      }
    }
    Entry section = s.entries().get(2);
    Item item = section.items().get(1);
    unseen[0] = item.searchable();
    keys.remove(PointsRead.key(section, item));
    return keys;
  }

  private static int marked(ReaderState s) {
    Frame f = View.of(s);
    int n = 0;
    for (int y = 0; y < f.height(); y++) {
      n += f.row(y).matches(".*││.\\" + PointsRead.MARK + "\\S.*") ? 1 : 0;
    }
    return n;
  }

  @Test
  void aStatementNotSeenLastTimeIsMarkedAndUReachesItAndMTogglesIt() {
    String[] unseen = new String[1];
    Set<String> seen = allBut(opened(Optional.empty()), unseen);
    ReaderState s = opened(Optional.of(Seen.of(seen)));
    ReaderState reached = type(s, "u");
    assertEquals(unseen[0], reached.currentItem().searchable());
    assertEquals(1, marked(reached), "the one statement not seen, and only it");
    ReaderState read = type(reached, "m");
    assertEquals("marked read", read.message());
    assertEquals(0, marked(read));
    assertEquals(
        "nothing unread, new or changed since you last read it", type(read, "u").message());
    ReaderState again = type(read, "m");
    assertEquals("marked unread", again.message());
    assertEquals(1, marked(again));
  }

  @Test
  void aStatementOnceWhollyOnScreenIsUnmarkedAndUGoesOnToTheNext() {
    String[] unseen = new String[1];
    ReaderState s = opened(Optional.of(Seen.of(allBut(opened(Optional.empty()), unseen))));
    ReaderState reached = type(s, "u");
    // What the reader's loop does after the paint that showed it.
    java.util.Set<String> seen = reached.read().points().recorded(PointsRead.onScreen(reached));
    ReaderState after = reached.withRead(reached.read().withSeen(B, seen));
    assertEquals(0, marked(after));
    assertEquals(
        "nothing unread, new or changed since you last read it", type(after, "u").message());
  }

  @Test
  void underAsciiTheMarkIsNWhereAsteriskIsTheHighPriorityBullet() {
    String[] unseen = new String[1];
    Set<String> seen = allBut(opened(Optional.empty()), unseen);
    Frame f = View.of(type(opened(Optional.of(Seen.of(seen)), Glyphs.ASCII), "u"));
    int n = 0;
    for (int y = 0; y < f.height(); y++) {
      n += f.row(y).matches(".*\\|\\|.N\\S.*") ? 1 : 0;
    }
    assertEquals(1, n, f.plain());
  }

  @Test
  void aStatementCutByTheBottomOfThePaneIsNotSeen() {
    ReaderState s = type(opened(Optional.empty()), "\t");
    Geometry geo = Geometry.of(s);
    int inner = s.layout().innerRows();
    Entry entry = s.currentEntry();
    boolean cut = false;
    for (int i = 0; i < entry.items().size(); i++) {
      boolean whole = geo.end(i) <= inner;
      boolean partly = geo.start(i) < inner && !whole;
      String key = PointsRead.key(entry, entry.items().get(i));
      if (partly) {
        cut = true;
        assertFalse(PointsRead.onScreen(s).contains(key), "cut at the bottom: " + i);
      } else if (whole) {
        assertTrue(PointsRead.onScreen(s).contains(key), "whole: " + i);
      }
    }
    assertTrue(cut, "the test needs a statement cut by the pane's bottom");
  }

  @Test
  void aFirstReadingMarksNothingButMStillMarksUnread() {
    ReaderState s = type(opened(Optional.empty()), "jl");
    assertEquals(0, marked(s), "all of it is new: no marks");
    ReaderState toggled = type(s, "m");
    assertEquals("marked unread", toggled.message());
    assertEquals(1, marked(toggled));
  }

  @Test
  void aBriefingReadWholeMarksNothing() {
    assertEquals(0, marked(type(opened(Optional.of(Seen.ALL)), "jl")));
  }

  @Test
  void whatIsRecordedIsWhatWasSeenWithWhatWasOnScreenAndTheTogglesLast() {
    String[] unseen = new String[1];
    Set<String> seen = allBut(opened(Optional.empty()), unseen);
    ReaderState s = type(opened(Optional.of(Seen.of(seen))), "u");
    String key = Seen.key(unseen[0]);
    assertTrue(PointsRead.onScreen(s).contains(key), "the statement reached is on screen");
    assertTrue(s.read().points().recorded(PointsRead.onScreen(s)).contains(key));
    ReaderState unread = type(s, "m", "m");
    assertFalse(
        unread.read().points().recorded(PointsRead.onScreen(unread)).contains(key),
        "marked unread stays unread though on screen");
  }

  @Test
  void onlyTheStatementsOnScreenCount() {
    ReaderState start = opened(Optional.empty());
    Set<String> shown = PointsRead.onScreen(start);
    assertTrue(shown.contains(Seen.key(B.summary())), "the bottom line, on the Overview");
    Entry quotes =
        start.entries().stream().filter(e -> e.kind() == Entry.Kind.QUOTES).findFirst().get();
    assertFalse(shown.contains(PointsRead.key(quotes, quotes.items().get(0))));
    assertTrue(PointsRead.onScreen(type(start, "?")).isEmpty(), "an overlay hides them");
  }
}
