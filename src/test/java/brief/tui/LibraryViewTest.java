package brief.tui;

import static brief.tui.ReaderFixture.type;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brief.core.Briefing;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The library list a reader scans: titles first, in columns, sorted, kept up to date. */
class LibraryViewTest {
  static final Briefing ARCTIC =
      ReaderFixture.load("src/test/resources/library/arctic-council-2024.yaml");
  static final Briefing CASPIAN =
      ReaderFixture.load("src/test/resources/library/caspian-ferry-2024.yaml");
  static final Briefing MEKONG =
      ReaderFixture.load("src/test/resources/library/mekong-data-2023.yaml");

  private static ReaderState library(int columns, int rows) {
    List<Briefing> all = new ArrayList<>(List.of(ARCTIC, CASPIAN, MEKONG, ReaderFixture.BUNDLED));
    return ReaderState.start(all, List.of(), new Size(columns, rows), Glyphs.UNICODE)
        .withLibrary(all, List.of(), Map.of(), ReaderState.Order.DATE);
  }

  private static List<String> rows(ReaderState s) {
    String[] lines = View.of(s).plain().split("\n");
    List<String> rows = new ArrayList<>();
    for (int i = 2; i < lines.length - 2; i++) {
      if (lines[i].length() > 2 && Character.isDigit(lines[i].charAt(3))) {
        rows.add(lines[i]);
      }
    }
    return rows;
  }

  @Test
  void atSixtyColumnsEveryRowShowsItsTitleAndLeavesTheIdOut() {
    ReaderState s = library(60, 15);
    List<String> rows = rows(s);
    assertEquals(4, rows.size(), View.of(s).plain());
    for (Briefing b : s.library()) {
      String start = b.title().substring(0, 20);
      assertTrue(rows.stream().anyMatch(r -> r.contains(start)), start + "\n" + rows);
      assertTrue(rows.stream().noneMatch(r -> r.contains(b.id())), b.id());
    }
  }

  @Test
  void onAWideScreenTheIdComesLastInAColumnOfItsOwn() {
    List<String> rows = rows(library(140, 20));
    java.util.Set<Integer> starts = new java.util.HashSet<>();
    for (String row : rows) {
      String inside = row.substring(0, row.lastIndexOf('│')).stripTrailing();
      int id = inside.lastIndexOf(' ') + 1;
      assertTrue(inside.substring(id).matches("[a-z0-9-]+"), row);
      assertTrue(id > 40, row);
      starts.add(brief.render.DisplayWidth.of(inside.substring(0, id))); // columns, not chars
    }
    assertEquals(1, starts.size(), "the ids line up:\n" + String.join("\n", rows));
  }

  @Test
  void oSortsByTitleAndBackKeepingTheCursorOnTheSameBriefing() {
    ReaderState s = type(library(100, 20), "j");
    Briefing under = s.library().get(s.libraryScreen().selected());
    ReaderState byTitle = type(s, "o");
    assertEquals("sorted by title", byTitle.message());
    List<String> titles = byTitle.library().stream().map(Briefing::title).toList();
    List<String> sorted = new ArrayList<>(titles);
    sorted.sort(String.CASE_INSENSITIVE_ORDER);
    assertEquals(sorted, titles);
    assertEquals(under, byTitle.library().get(byTitle.libraryScreen().selected()));
    ReaderState back = type(byTitle, "o");
    assertEquals(s.library(), back.library());
    assertEquals(under, back.library().get(back.libraryScreen().selected()));
  }

  @Test
  void aLibraryReadAgainKeepsTheCursorOnTheSameBriefingAndShowsItsNewTitle() {
    ReaderState s = type(library(100, 20), "jj");
    Briefing under = s.library().get(s.libraryScreen().selected());
    Briefing retitled =
        new Briefing(
            under.id(),
            "A title edited on disk",
            under.summary(),
            under.date(),
            under.classification(),
            under.region(),
            under.tags(),
            under.source(),
            under.themes(),
            under.sections(),
            under.quotes(),
            under.stakeholders(),
            under.timeline());
    List<Briefing> next = new ArrayList<>(s.library());
    next.set(next.indexOf(under), retitled);
    next.remove(0); // another briefing went away
    ReaderState after = Update.apply(s, new Input.LibraryChanged(next, List.of(), Map.of()));
    assertEquals(retitled, after.library().get(after.libraryScreen().selected()));
    assertTrue(View.of(after).plain().contains("A title edited on disk"));
  }

  @Test
  void sharedIdsNameTheirFiles() {
    ReaderState s =
        ReaderState.start(
            List.of(ARCTIC, CASPIAN, CASPIAN),
            List.of(),
            Map.of(CASPIAN.id(), List.of("lib/a.yaml", "lib/b.yaml")),
            new Size(140, 20),
            Glyphs.UNICODE,
            brief.core.ReadMarks.none(List.of(ARCTIC, CASPIAN)));
    String screen = View.of(s).plain();
    assertEquals(
        2,
        screen.lines().filter(l -> l.contains("(duplicate id!: a.yaml, b.yaml)")).count(),
        screen);
  }
}
