package brief.tui;

import static brief.tui.Input.Special.BACKSPACE;
import static brief.tui.Input.Special.BACK_TAB;
import static brief.tui.Input.Special.DOWN;
import static brief.tui.Input.Special.END;
import static brief.tui.Input.Special.ENTER;
import static brief.tui.Input.Special.ESCAPE;
import static brief.tui.Input.Special.HOME;
import static brief.tui.Input.Special.INTERRUPT;
import static brief.tui.Input.Special.LEFT;
import static brief.tui.Input.Special.PAGE_DOWN;
import static brief.tui.Input.Special.PAGE_UP;
import static brief.tui.Input.Special.REPAINT;
import static brief.tui.Input.Special.RIGHT;
import static brief.tui.Input.Special.TAB;
import static brief.tui.Input.Special.UP;
import static brief.tui.ReaderFixture.type;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brief.core.Briefing;
import brief.tui.ReaderState.Focus;
import brief.tui.ReaderState.Overlay;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UpdateTest {
  private static final int ENERGY = 2;
  private static final int QUOTES = 6;

  private static ReaderState wide() {
    return ReaderFixture.on(100, 30);
  }

  private static String entryTitle(ReaderState s) {
    return s.currentEntry().title();
  }

  @Test
  void startsOnTheOverviewWithTheSectionsListFocused() {
    ReaderState s = wide();
    assertEquals("Overview", entryTitle(s));
    assertEquals(Focus.SECTIONS, s.nav().focus());
  }

  @Test
  void jAndDownMoveThroughTheSectionsAndStopAtTheLast() {
    assertEquals("Energy and connectivity", entryTitle(type(wide(), "jj")));
    assertEquals("Energy and connectivity", entryTitle(type(wide(), DOWN, DOWN)));
    assertEquals("Source", entryTitle(type(wide(), "jjjjjjjjjjjjjjjj")));
    assertEquals("Overview", entryTitle(type(wide(), "jk", UP, UP)));
  }

  @Test
  void enterAndLOpenTheContentAndHAndBackspaceReturn() {
    assertEquals(Focus.CONTENT, type(wide(), "j", ENTER).nav().focus());
    assertEquals(Focus.CONTENT, type(wide(), "l").nav().focus());
    assertEquals(Focus.CONTENT, type(wide(), RIGHT).nav().focus());
    assertEquals(Focus.SECTIONS, type(wide(), "lh").nav().focus());
    assertEquals(Focus.SECTIONS, type(wide(), "l", LEFT).nav().focus());
    assertEquals(Focus.SECTIONS, type(wide(), "l", BACKSPACE).nav().focus());
  }

  @Test
  void downArrowStopsAtLastPoint() {
    ReaderState s = type(wide(), "jj", ENTER, DOWN, DOWN, DOWN, DOWN, DOWN, DOWN, DOWN);
    assertEquals(3, s.nav().item());
    assertEquals(4, s.currentEntry().items().size());
  }

  @Test
  void upArrowStopsAtTheFirstPoint() {
    assertEquals(0, type(wide(), "jjl", "j", UP, UP, "k").nav().item());
  }

  @Test
  void tabAndShiftTabCycleThroughSectionsKeepingFocus() {
    assertEquals("A new phase in the partnership", entryTitle(type(wide(), TAB)));
    assertEquals("Source", entryTitle(type(wide(), BACK_TAB)));
    ReaderState inContent = type(wide(), "l", TAB, TAB);
    assertEquals(Focus.CONTENT, inContent.nav().focus());
    assertEquals(0, inContent.nav().item());
  }

  @Test
  void digitsJumpToTheNthRowOfTheList() {
    assertEquals("Energy and connectivity", entryTitle(type(wide(), "3")));
    assertEquals("Quotes", entryTitle(type(wide(), "7")));
    assertEquals("Overview", entryTitle(type(wide(), "1")));
  }

  @Test
  void gAndGAndHomeAndEndGoToTheEnds() {
    ReaderState quotes = type(wide(), "7l");
    assertEquals(4, type(quotes, "G").nav().item());
    assertEquals(0, type(quotes, "G", "g").nav().item());
    assertEquals(4, type(quotes, END).nav().item());
    assertEquals(0, type(quotes, END, HOME).nav().item());
    assertEquals("Source", entryTitle(type(wide(), "G")));
    assertEquals("Overview", entryTitle(type(wide(), "G", "g")));
  }

  @Test
  void pageDownScrollsAPageAndPutsTheCursorOnTheFirstVisibleItem() {
    ReaderState small = ReaderFixture.on(80, 12);
    ReaderState s = type(small, "8l", PAGE_DOWN);
    assertTrue(s.nav().scroll() > 0);
    Geometry g = Geometry.of(s);
    assertTrue(g.end(s.nav().item()) > s.nav().scroll());
    assertTrue(s.nav().item() == 0 || g.end(s.nav().item() - 1) <= s.nav().scroll());
    ReaderState back = type(s, PAGE_UP);
    assertTrue(back.nav().scroll() < s.nav().scroll());
    assertEquals(s.nav().scroll(), type(small, "8l", " ").nav().scroll());
    assertEquals(back.nav().scroll(), type(s, "b").nav().scroll());
  }

  @Test
  void afterAPageOrHalfPageTheSelectedItemStartsOnScreenWhenAnyItemDoes() {
    for (ReaderState start :
        List.of(
            ReaderFixture.on(60, 24),
            ReaderFixture.on(80, 12),
            ReaderFixture.on(40, 12),
            ReaderFixture.on(100, 30))) {
      for (String section : List.of("3l", "8l", "Gl")) {
        for (Input key :
            List.of(
                new Input.Ctrl('d'),
                Input.Special.PAGE_DOWN,
                new Input.Ctrl('u'),
                Input.Special.PAGE_UP)) {
          ReaderState s = type(start, section);
          for (int i = 0; i < 6; i++) {
            s = Update.apply(s, key);
            Geometry g = Geometry.of(s);
            int item = s.nav().item();
            int scroll = s.nav().scroll();
            boolean startsOnScreen =
                g.start(item) >= scroll && g.start(item) < scroll + g.viewport();
            boolean anotherStartsOnScreen = false;
            for (int other = 0; other < g.count(); other++) {
              anotherStartsOnScreen |=
                  g.start(other) >= scroll && g.start(other) < scroll + g.viewport();
            }
            assertTrue(
                startsOnScreen || !anotherStartsOnScreen,
                start.size() + " " + section + " " + key + " #" + i + ": item " + item);
          }
        }
      }
    }
  }

  @Test
  void aTallItemScrollsLineByLineBeforeTheCursorMovesOn() {
    ReaderState s = type(ReaderFixture.on(40, 10), "G", "l", "jj");
    assertEquals("Source", entryTitle(s));
    assertEquals(2, s.nav().item());
    Geometry g = Geometry.of(s);
    assertTrue(g.end(2) - g.start(2) > g.viewport(), "paragraph 3 is taller than the pane");
    ReaderState once = type(s, "j");
    assertEquals(2, once.nav().item());
    assertEquals(s.nav().scroll() + 1, once.nav().scroll());
  }

  @Test
  void theCursorStaysVisibleAfterEveryMove() {
    ReaderState s = type(ReaderFixture.on(60, 12), "8l");
    for (int i = 0; i < 10; i++) {
      s = type(s, "j");
      Geometry g = Geometry.of(s);
      assertTrue(g.end(s.nav().item()) > s.nav().scroll(), "item " + s.nav().item() + " visible");
      assertTrue(g.start(s.nav().item()) < s.nav().scroll() + g.viewport());
    }
  }

  @Test
  void themePickerTogglesWithSpaceAndAppliesWithEnter() {
    ReaderState picking = type(wide(), "t");
    assertEquals(Overlay.PICKER, picking.overlay());
    ReaderState ticked = type(picking, " ", "j", " ");
    assertEquals(Set.of("energy-security", "security-cooperation"), ticked.picker().selection());
    ReaderState applied = type(ticked, ENTER);
    assertEquals(Overlay.NONE, applied.overlay());
    assertEquals(Set.of("energy-security", "security-cooperation"), applied.filter().themeIds());
    assertTrue(applied.message().startsWith("showing only: energy-security, security-cooperation"));
  }

  @Test
  void escapeLeavesThePickerWithoutChangingTheFilter() {
    ReaderState s = type(wide(), "t", " ", ESCAPE);
    assertEquals(Overlay.NONE, s.overlay());
    assertFalse(s.filter().isActive());
  }

  @Test
  void aFilterShrinksCountsButKeepsEverySection() {
    ReaderState s = type(wide(), "t", " ", ENTER);
    assertEquals(wide().entries().size(), s.entries().size());
    assertEquals(0, s.entries().get(1).count());
    assertTrue(s.entries().get(1).dimmed());
    assertEquals(3, s.entries().get(ENERGY).count());
    assertTrue(s.entries().get(QUOTES).count() < wide().entries().get(QUOTES).count());
  }

  @Test
  void enterOnAThemeFiltersByItAndAgainClearsIt() {
    ReaderState themes = type(wide(), "Gkl");
    assertEquals("Themes", entryTitle(themes));
    ReaderState filtered = type(themes, ENTER);
    assertEquals(Set.of("energy-security"), filtered.filter().themeIds());
    assertFalse(type(filtered, ENTER).filter().isActive());
  }

  @Test
  void cClearsTheFilterAndTheSearch() {
    ReaderState s = type(wide(), "t", " ", ENTER, "/", "energy", ENTER, "c");
    assertFalse(s.filter().isActive());
    assertTrue(s.search().kept().isEmpty());
    assertEquals("filters cleared", s.message());
  }

  @Test
  void searchJumpsToTheFirstMatchAsYouType() {
    ReaderState s = type(wide(), "/", "iraq");
    assertEquals(Overlay.SEARCH, s.overlay());
    assertEquals(Focus.CONTENT, s.nav().focus());
    assertTrue(
        brief.core.Fold.fold(s.currentEntry().items().get(s.nav().item()).searchable())
            .contains("iraq"));
  }

  @Test
  void searchIsCaseAndAccentInsensitive() {
    ReaderState s = ReaderFixture.on("src/test/resources/library/caspian-ferry-2024.yaml", 100, 30);
    ReaderState found = type(s, "/", "LENKERAN");
    assertTrue(
        found.currentEntry().items().get(found.nav().item()).searchable().contains("Lənkəran"));
    assertEquals("", found.message());
  }

  @Test
  void enterKeepsTheSearchAndNAndShiftNWalkTheMatches() {
    ReaderState kept = type(wide(), "/", "aliyev", ENTER);
    assertEquals(Overlay.NONE, kept.overlay());
    assertEquals("aliyev", kept.search().kept().raw());
    assertTrue(kept.message().matches("\\d+ matches: n next, N previous"), kept.message());
    ReaderState next = type(kept, "n");
    assertTrue(next.message().startsWith("match "), next.message());
    ReaderState back = type(next, "N");
    assertEquals(kept.nav().entry(), back.nav().entry());
    assertEquals(kept.nav().item(), back.nav().item());
  }

  @Test
  void nWrapsAroundFromTheLastMatch() {
    ReaderState s = type(wide(), "/", "trump", ENTER);
    ReaderState wrapped = s;
    for (int i = 0; i < 10; i++) {
      wrapped = type(wrapped, "n");
    }
    assertTrue(wrapped.message().startsWith("match "), wrapped.message());
  }

  @Test
  void yHandsTheLoopATimelineEntryWithItsCitation() {
    ReaderState s = ReaderFixture.on("briefings/us-azerbaijan-partnership-2025.yaml", 100, 30);
    ReaderState copied = type(s, "9", "l", "y");
    assertEquals(
        "UNCLASSIFIED\n"
            + "2025-07-19: President Aliyev meets participants of the III Shusha Global Media Forum"
            + " in Khankendi (the article itself says only \"recently\").\n"
            + "U.S.–Azerbaijan partnership and the South Caucasus (Qabil Ashirov, Azernews,"
            + " 2025-07-20): https://www.azernews.az/analysis/244938.html; outside source:"
            + " https://theeuropetoday.com/?p=30160 (The Europe Today, 20 July 2025: \"On July 19, a"
            + " meeting was held in Khankendi\")",
        copiedText(s, "9", "l", "y"));
    assertTrue(
        copied.message().startsWith("copied with its citation: 2025-07-19: "), copied.message());
  }

  /** The text that typing the keys hands the terminal's clipboard, the one copy they make. */
  private static String copiedText(ReaderState s, Object... keys) {
    List<Effect> effects = ReaderFixture.effects(s, keys);
    assertEquals(1, effects.size(), effects.toString());
    return ((Effect.Copy) effects.get(0)).text();
  }

  @Test
  void yOnTheSectionsListSaysWhatItCopies() {
    ReaderState s = type(wide(), "y");
    assertEquals(List.of(), ReaderFixture.effects(wide(), "y"));
    assertEquals(
        "nothing to copy here: y copies a point, a quote or a timeline entry", s.message());
  }

  @Test
  void nVisitsEveryMatchOnceEvenTwoShownInOnePlace() {
    // The section's summary (not shown) is found at its first matching point, beside that point.
    ReaderState s =
        type(
            ReaderFixture.on("src/test/resources/spellings/english-2025.yaml", 100, 30),
            "/",
            "Şuşa",
            ENTER);
    assertEquals("3 matches: n next, N previous", s.message());
    List<String> seen = new java.util.ArrayList<>();
    for (int i = 0; i < 4; i++) {
      s = type(s, "n");
      seen.add(s.message());
    }
    assertEquals(List.of("match 2/3", "match 3/3", "match 1/3", "match 2/3"), seen);
    assertEquals("match 1/3", type(s, "N").message());
    assertEquals("match 3/3", type(s, "N", "N").message());
  }

  @Test
  void escapeCancelsTheSearchAndReturnsToWhereTheReaderWas() {
    ReaderState before = type(wide(), "jj");
    ReaderState s = type(before, "/", "iraq", ESCAPE);
    assertEquals(Overlay.NONE, s.overlay());
    assertEquals(before.nav(), s.nav());
    assertTrue(s.search().kept().isEmpty());
  }

  @Test
  void backspaceEditsTheSearchDraft() {
    ReaderState s = type(wide(), "/", "iraqx", BACKSPACE);
    assertEquals("iraq", s.search().draft());
    assertEquals(
        "", type(s, BACKSPACE, BACKSPACE, BACKSPACE, BACKSPACE, BACKSPACE).search().draft());
  }

  @Test
  void aSearchWithNoMatchSaysSoAndStaysPut() {
    ReaderState before = type(wide(), "jj");
    ReaderState s = type(before, "/", "zzzz");
    assertEquals("no match", s.message());
    assertEquals(before.nav(), s.nav());
    assertEquals("no match for zzzz", type(s, ENTER).message());
  }

  @Test
  void nWithoutASearchExplainsHowToSearch() {
    assertEquals("no search: press / to search", type(wide(), "n").message());
  }

  @Test
  void escapeClearsAKeptSearch() {
    assertTrue(type(wide(), "/", "iraq", ENTER, ESCAPE).search().kept().isEmpty());
  }

  @Test
  void sOpensTheSummaryWhichScrollsAndClosesWithEscOrS() {
    ReaderState s = type(ReaderFixture.on(80, 24), "s");
    assertEquals(Overlay.SUMMARY, s.overlay());
    assertEquals(3, type(s, "jjj").overlayScroll());
    assertEquals(0, type(s, "jjjk", "k", "k", "k").overlayScroll());
    assertEquals(Overlay.NONE, type(s, ESCAPE).overlay());
    assertEquals(Overlay.NONE, type(s, "s").overlay());
    assertEquals(Overlay.NONE, type(s, "q").overlay());
    assertFalse(ReaderFixture.ends(s, "q"));
    assertEquals(Overlays.maxScroll(s), type(s, "G").overlayScroll());
    assertTrue(type(s, " ").overlayScroll() > 1);
  }

  @Test
  void questionMarkOpensHelpListingEveryKey() {
    ReaderState s = type(ReaderFixture.on(100, 40), "?");
    assertEquals(Overlay.HELP, s.overlay());
    String help =
        String.join(
                "\n",
                Overlays.lines(s).stream()
                    .map(
                        l ->
                            l.stream()
                                .map(Lines.Span::text)
                                .collect(java.util.stream.Collectors.joining()))
                    .toList())
            .replaceAll("\\s+", " ");
    for (Keys.Mode mode : List.of(Keys.Mode.READING, Keys.Mode.ANYWHERE)) {
      for (Keys.Binding b : Keys.of(mode)) {
        assertTrue(help.contains(b.keys()) && help.contains(b.help()), b + "\n" + help);
      }
    }
    assertTrue(
        View.of(s).plain().contains("Ctrl-L"), "the first page shows the keys that work anywhere");
  }

  @Test
  void ctrlLAsksForAFullRepaint() {
    assertEquals(List.of(Effect.REPAINT), ReaderFixture.effects(wide(), REPAINT));
  }

  @Test
  void qQuitsButFirstClosesAnOverlay() {
    assertEquals(List.of(Effect.QUIT), ReaderFixture.effects(wide(), "q"));
    assertFalse(ReaderFixture.ends(wide(), "?", "q"));
  }

  @Test
  void ctrlCQuitsFromAnywhere() {
    for (Object[] keys :
        List.of(
            new Object[] {INTERRUPT},
            new Object[] {"/", "x", INTERRUPT},
            new Object[] {"t", INTERRUPT})) {
      assertEquals(List.of(Effect.INTERRUPT), ReaderFixture.effects(wide(), keys));
    }
  }

  @Test
  void aResizeKeepsTheCursorVisible() {
    ReaderState s = type(wide(), "8l", "jjjjjjj");
    Step step = Update.step(s, new Input.Resize(40, 12));
    ReaderState small = step.state();
    Geometry g = Geometry.of(small);
    assertTrue(g.end(small.nav().item()) > small.nav().scroll());
    assertTrue(g.start(small.nav().item()) < small.nav().scroll() + g.viewport());
    assertEquals(List.of(Effect.REPAINT), step.effects());
  }

  @Test
  void aTooSmallTerminalIgnoresKeysButQ() {
    ReaderState tiny = Update.apply(wide(), new Input.Resize(15, 5));
    assertEquals(tiny.nav(), type(tiny, "jjl").nav());
    assertTrue(ReaderFixture.ends(tiny, "q"));
  }

  @Test
  void aLibraryOfSeveralStartsOnItsListAndEnterOpensABriefing() {
    Briefing a = ReaderFixture.load("src/test/resources/library/arctic-council-2024.yaml");
    Briefing b = ReaderFixture.load("src/test/resources/library/caspian-ferry-2024.yaml");
    ReaderState s = ReaderState.start(List.of(a, b), new Size(80, 24), Glyphs.UNICODE);
    assertTrue(s.inLibrary());
    ReaderState opened = type(s, "j", ENTER);
    assertEquals("caspian-ferry-2024", opened.briefing().id());
    ReaderState back = type(opened, BACKSPACE);
    assertTrue(back.inLibrary());
    assertEquals(1, back.libraryCursor());
    assertEquals(0, type(s, "kkk").libraryCursor());
    assertEquals(1, type(s, "jjjj").libraryCursor());
  }

  @Test
  void colonThenDigitsThenEnterReachesASectionPastNine() {
    ReaderState s = wide();
    int last = s.entries().size();
    assertTrue(last > 9, "the briefing has more than nine entries");
    ReaderState there = type(s, ":", String.valueOf(last), ENTER);
    assertEquals(Overlay.NONE, there.overlay());
    assertEquals(last - 1, there.nav().entry());
    assertEquals(Entry.Kind.SOURCE, there.currentEntry().kind());
    assertEquals(9, type(s, ":", "10", ENTER).nav().entry());
  }

  @Test
  void colonTakesOnlyDigitsAndSaysWhenNoSectionHasTheNumber() {
    ReaderState s = wide();
    assertEquals("12", type(s, ":", "1x2").prompt().text());
    ReaderState none = type(s, ":", "99", ENTER);
    assertEquals(0, none.nav().entry());
    assertTrue(none.message().startsWith("no section 99"), none.message());
    assertEquals(0, type(s, ":", "5", ESCAPE).nav().entry());
  }

  @Test
  void theFirstUnknownKeyOfTheSessionPointsToTheHelpAndLaterOnesStayQuiet() {
    ReaderState first = type(wide(), "z");
    assertEquals("'z' does nothing here: press ? for help", first.message());
    ReaderState later = type(first, "j", "z");
    assertEquals("", later.message());
    assertEquals("", type(first, "j", new Input.Ctrl('y')).message());
    assertEquals(
        "Ctrl-Y does nothing here: press ? for help", type(wide(), new Input.Ctrl('y')).message());
  }

  @Test
  void aPointsMetaLineNamesItsThemesByTheirLabels() {
    ReaderState s = wide();
    String metas =
        s.entries().stream()
            .filter(e -> e.kind() == Entry.Kind.SECTION)
            .flatMap(e -> e.items().stream())
            .map(i -> i.paras().get(i.paras().size() - 1).text())
            .reduce("", (a, b) -> a + "\n" + b);
    assertTrue(metas.contains("Peace process"), metas);
    for (brief.core.Theme t : s.briefing().themes()) {
      assertFalse(metas.contains(t.id()), t.id() + " in\n" + metas);
    }
  }
}
