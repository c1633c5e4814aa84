package brief.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brief.core.Briefing;
import brief.tui.Lines.Span;
import brief.tui.ReaderState.Focus;
import brief.tui.ReaderState.Nav;
import brief.tui.ReaderState.Overlay;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The source view shows the paragraphs it cites verbatim: marking a quote or a date styles the
 * text, it never changes a character of it (a space next to a marked date was once dropped).
 */
class VerbatimSourceTest {
  private static final List<String> FOLDERS =
      List.of(
          "briefings",
          "src/test/resources/frozen",
          "src/test/resources/valid",
          "src/test/resources/library",
          "src/test/resources/long",
          "src/test/resources/tall",
          "src/test/resources/spellings");

  static Stream<Path> briefings() throws IOException {
    List<Path> all = new ArrayList<>();
    for (String folder : FOLDERS) {
      try (Stream<Path> files = Files.list(Path.of(folder))) {
        files.filter(f -> f.toString().endsWith(".yaml")).sorted().forEach(all::add);
      }
    }
    return all.stream();
  }

  /** The paragraph as one line: its white space runs as one space, as the reader shows text. */
  private static String asOneLine(String paragraph, Glyphs g) {
    return g.ascii() ? g.text(paragraph) : paragraph.strip().replaceAll("\\s+", " ");
  }

  private static String plain(List<Span> line) {
    return line.stream().map(Span::text).collect(Collectors.joining());
  }

  @ParameterizedTest
  @MethodSource("briefings")
  void everyCitedParagraphIsShownCharacterForCharacter(Path file) {
    Briefing b = ReaderFixture.load(file.toString());
    int checked = 0;
    for (Glyphs g : List.of(Glyphs.UNICODE, Glyphs.ASCII)) {
      for (int width : List.of(58, 100_000)) {
        checked += checkEveryItem(b, g, width);
      }
    }
    if (!b.source().paragraphs().isEmpty()) {
      assertTrue(checked > 0, file + " cites no paragraph: the test checked nothing");
    }
  }

  /** Opens the source view on every item that cites a paragraph; returns how many were seen. */
  private static int checkEveryItem(Briefing b, Glyphs g, int width) {
    ReaderState start = ReaderState.start(List.of(b), new Size(120, 40), g);
    List<String> paragraphs = b.source().paragraphs();
    int checked = 0;
    for (int e = 0; e < start.entries().size(); e++) {
      List<Item> items = start.entries().get(e).items();
      for (int i = 0; i < items.size(); i++) {
        if (items.get(i).evidence().paragraphs().isEmpty() || paragraphs.isEmpty()) {
          continue;
        }
        ReaderState s =
            start.withNav(new Nav(Focus.CONTENT, e, i, 0)).withOverlay(Overlay.SOURCE, 0);
        List<List<Span>> lines = SourceView.lines(s, width);
        for (int n : items.get(i).evidence().paragraphs()) {
          if (n >= 1 && n <= paragraphs.size()) {
            String where = b.id() + " entry " + e + " item " + i + " ¶" + n + " at " + width;
            assertEquals(asOneLine(paragraphs.get(n - 1), g), shown(lines, n, g), where);
            checked++;
          }
        }
      }
    }
    return checked;
  }

  /** The lines under the heading of paragraph {@code n}, joined where they were wrapped. */
  private static String shown(List<List<Span>> lines, int n, Glyphs g) {
    String heading = g.paragraph() + n;
    for (int k = 0; k < lines.size(); k++) {
      if (plain(lines.get(k)).equals(heading) && lines.get(k).get(0).role() == Role.HEADING) {
        List<String> body = new ArrayList<>();
        for (int j = k + 1; j < lines.size() && !plain(lines.get(j)).isEmpty(); j++) {
          body.add(plain(lines.get(j)));
        }
        return String.join(" ", body);
      }
    }
    throw new AssertionError("no heading " + heading + " in the source view");
  }

  @Test
  void theBundledTimelinesDateIsMarkedWithTheSpacesAroundIt() {
    Briefing bundled = ReaderFixture.load("briefings/us-azerbaijan-partnership-2025.yaml");
    ReaderState s = ReaderState.start(List.of(bundled), new Size(100, 30), Glyphs.UNICODE);
    s = ReaderFixture.type(s, "9", Input.Special.ENTER, "j");
    assertEquals(Entry.Kind.TIMELINE, s.currentEntry().kind());
    assertEquals(List.of(1), s.currentItem().evidence().paragraphs());
    s = ReaderFixture.type(s, Input.Special.ENTER);
    assertEquals(Overlay.SOURCE, s.overlay());
    List<List<Span>> lines = SourceView.lines(s, 96);
    String first = plain(lines.get(1));
    assertTrue(first.contains("2025-07-20 20 July 2025 20:50"), first);
    List<String> marked =
        lines.get(1).stream().filter(x -> x.role() == Role.CITED).map(Span::text).toList();
    assertFalse(marked.isEmpty(), "the date is marked");
    marked.forEach(m -> assertEquals(m.strip(), m, "a mark holds no space"));
  }
}
