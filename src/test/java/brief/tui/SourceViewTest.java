package brief.tui;

import static brief.tui.Input.Special.BACKSPACE;
import static brief.tui.Input.Special.ENTER;
import static brief.tui.Input.Special.ESCAPE;
import static brief.tui.ReaderFixture.type;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brief.tui.Lines.Span;
import brief.tui.ReaderState.Overlay;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Enter on a point, a quote or a dated entry shows what it stands on; back returns to it. */
class SourceViewTest {
  private static final int QUOTES = 6;

  private static String text(List<List<Span>> lines) {
    return lines.stream()
        .map(l -> l.stream().map(Span::text).collect(Collectors.joining()))
        .collect(Collectors.joining("\n"));
  }

  private static String marked(List<List<Span>> lines) {
    return shown(lines, Role.MATCH);
  }

  private static String cited(List<List<Span>> lines) {
    return shown(lines, Role.CITED);
  }

  private static String shown(List<List<Span>> lines, Role role) {
    return lines.stream()
        .flatMap(List::stream)
        .filter(s -> s.role() == role)
        .map(Span::text)
        .collect(Collectors.joining(" "));
  }

  @Test
  void enterOnAPointShowsTheParagraphItCites() {
    ReaderState s = type(ReaderFixture.on(100, 30), "jj", ENTER, "j", ENTER);
    assertEquals(Overlay.SOURCE, s.overlay());
    assertEquals("Source ¶5", Overlays.title(s));
    String shown = text(Overlays.lines(s));
    assertTrue(shown.startsWith("¶5\nEnergy security has been a cornerstone"), shown);
  }

  @Test
  void escapeEnterAndBackspaceReturnToTheSameItem() {
    ReaderState before = type(ReaderFixture.on(100, 30), "jj", ENTER, "j");
    for (Input back : List.of(ESCAPE, ENTER, BACKSPACE, new Input.Key('q'), new Input.Key('h'))) {
      ReaderState after = type(before, ENTER, back);
      assertEquals(Overlay.NONE, after.overlay(), back.toString());
      assertEquals(before.nav(), after.nav(), back.toString());
      assertFalse(ReaderFixture.ends(before, ENTER, back), back.toString());
    }
  }

  @Test
  void aQuoteIsMarkedWhereItStandsInsideItsQuotationMarks() {
    ReaderState s = type(ReaderFixture.on(100, 30), "j".repeat(QUOTES), ENTER, ENTER);
    assertEquals("Source ¶4", Overlays.title(s));
    String marked = cited(Overlays.lines(s));
    assertTrue(
        marked.startsWith("We have received very positive messages from Washington"), marked);
    assertTrue(marked.endsWith("have also been very positive"), marked);
  }

  @Test
  void aQuoteStaysMarkedInAsciiWhereDashesAreTransliterated() {
    ReaderState s =
        type(
            ReaderState.start(List.of(ReaderFixture.BUNDLED), new Size(100, 30), Glyphs.ASCII),
            "j".repeat(QUOTES),
            ENTER,
            ENTER);
    String marked = cited(Overlays.lines(s));
    assertTrue(
        marked.startsWith("We have received very positive messages from Washington --"), marked);
    assertTrue(marked.endsWith("have also been very positive"), marked);
  }

  @Test
  void theKeptSearchIsMarkedInTheSourceToo() {
    ReaderState s = type(ReaderFixture.on(100, 30), "/", "cornerstone", ENTER, ENTER);
    assertEquals("Source ¶5", Overlays.title(s));
    assertEquals("cornerstone", marked(Overlays.lines(s)));
    ReaderState cleared = type(s, ESCAPE, new Input.Key('c'), ENTER);
    assertEquals("", marked(Overlays.lines(cleared)));
  }

  @Test
  void aSearchMatchInsideAQuoteLooksUnlikeTheQuoteAroundIt() {
    ReaderState s = type(ReaderFixture.on(100, 30), "/", "washington", ENTER);
    for (int n = 0; s.currentEntry().kind() != Entry.Kind.QUOTES; n++) {
      assertTrue(n < 40, "no match opens the quote's source");
      s = type(s, "n");
    }
    assertEquals("Source ¶4", Overlays.title(type(s, ENTER)));
    List<List<Span>> lines = Overlays.lines(type(s, ENTER));
    assertTrue(marked(lines).matches("Washington( Washington)*"), marked(lines));
    String cited = cited(lines);
    assertTrue(cited.startsWith("We have received very positive messages from"), cited);
    assertFalse(cited.contains("Washington"), cited);
    assertTrue(text(lines).replace("\n", " ").contains("from Washington — and"), text(lines));
  }

  @Test
  void theViewScrollsAndSaysWhereToGoBack() {
    ReaderState s = type(ReaderFixture.on(40, 12), "jj", ENTER, ENTER);
    assertEquals(Overlay.SOURCE, s.overlay());
    assertEquals("Esc back", Overlays.right(s));
    assertTrue(Overlays.maxScroll(s) > 0);
    assertEquals(1, type(s, "j").overlayScroll());
  }

  @Test
  void anItemWithoutSourcesSaysSoInsteadOfOpeningAnEmptyView() {
    // The bottom line cites nothing.
    ReaderState s = type(ReaderFixture.on(100, 30), ENTER, ENTER);
    assertEquals(Overlay.NONE, s.overlay());
    assertEquals("this item cites no source", s.message());
  }

  @Test
  void plusAndMinusWidenAndNarrowTheContextByAParagraph() {
    ReaderState s = type(ReaderFixture.on(100, 30), "jj", ENTER, "j", ENTER);
    assertEquals("Source ¶5", Overlays.title(s));
    ReaderState wider = type(s, "+");
    assertEquals("Source ¶5 ±1", Overlays.title(wider));
    String shown = text(Overlays.lines(wider));
    assertTrue(shown.startsWith("¶4\n"), shown);
    assertTrue(shown.contains("\n¶5\nEnergy security has been a cornerstone"), shown);
    assertTrue(shown.contains("\n¶6\n"), shown);
    assertTrue(type(wider, "+").context() == 2);
    assertEquals("Source ¶5", Overlays.title(type(wider, "-")));
    assertEquals(0, type(s, "-").context());
    assertEquals(text(Overlays.lines(s)), text(Overlays.lines(type(wider, "-"))));
  }

  @Test
  void contextParagraphsAreDimmedAndTheCitedOneKeepsItsMarks() {
    ReaderState s = type(ReaderFixture.on(100, 30), "j".repeat(QUOTES), ENTER, ENTER, "+");
    List<List<Span>> lines = Overlays.lines(s);
    assertTrue(lines.get(0).get(0).role() == Role.DIM, lines.get(0).toString());
    assertTrue(cited(lines).startsWith("We have received very positive messages"), cited(lines));
  }
}
