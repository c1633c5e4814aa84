package brief.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scrolling over a slow link (issue 15): a view moved by one line costs about a line, because the
 * terminal scrolls it (a scroll region) and only the new line is sent. Bytes are the reader's own
 * count of what it wrote for each key (-Dbrief.trace); what tmux shows after the scrolls must be
 * exactly, attributes included, what a full repaint (Ctrl-L) of the same frame shows.
 */
class ScrollInTmuxIT {
  static final Path REPO = Path.of("").toAbsolutePath();

  /** A point taller than the pane at 100x30: j scrolls it one line at a time. */
  static final String TALL = "src/test/resources/tall/tall-point.yaml";

  /** Chinese place names and an emoji: characters two columns wide. */
  static final String WIDE = "src/test/resources/library/mekong-data-2023.yaml";

  /** Issue 15's targets at 100x30, in bytes. */
  static final int FULL_WIDTH_LINE = 200;

  static final int TWO_PANE_LINE = 600;

  /** The text inside the overlay box, and the content pane's text after its selection bar. */
  static final int[] OVERLAY = {4, 27, 1, 98};

  static final int[] PANE = {4, 27, 29, 98};

  @TempDir Path temp;

  @BeforeAll
  static void needsTmux() {
    Tmux.assumeAvailable();
  }

  @Test
  void aOneLineScrollOfTheSummarySendsAtMost200BytesAndShowsExactlyTheFrame() throws Exception {
    try (Reader r = new Reader(ReaderInTmuxIT.FROZEN, "")) {
      r.key("s");
      r.t.await("┌ Summary");
      for (String key : List.of("j", "j", "j", "j", "k", "k")) {
        r.assertScrollsOneLine(key, OVERLAY, FULL_WIDTH_LINE);
      }
      r.assertShowsWhatARepaintShows();
      // After a resize there and back, scrolling starts again from a full repaint.
      r.t.resize(80, 24);
      r.t.await(s -> boxWidth(s) == 80, Duration.ofSeconds(10), "the summary at 80x24");
      r.t.resize(100, 30);
      r.t.await(s -> boxWidth(s) == 100, Duration.ofSeconds(10), "the summary at 100x30");
      r.assertScrollsOneLine("j", OVERLAY, FULL_WIDTH_LINE);
      r.assertShowsWhatARepaintShows();
      r.quit();
    }
  }

  @Test
  void aOneLineScrollOfASectionBesideTheSectionsListSendsAtMost600Bytes() throws Exception {
    try (Reader r = new Reader(TALL, "")) {
      r.key("l");
      r.key("j");
      r.key("j"); // onto the tall point: the pane moves to its start
      for (String key : List.of("j", "j", "j", "j", "k", "k")) {
        r.assertScrollsOneLine(key, PANE, TWO_PANE_LINE);
      }
      String screen = r.settled();
      assertTrue(screen.contains("┌ Sections") && screen.contains("││"), "two panes:\n" + screen);
      r.assertShowsWhatARepaintShows();
      r.quit();
    }
  }

  @Test
  void wideCharactersScrollIntoTheirColumns() throws Exception {
    try (Reader r = new Reader(WIDE, "")) {
      r.key("s");
      r.t.await("┌ Summary");
      for (String key : List.of("j", "j", "j", "k")) {
        r.key(key);
      }
      r.assertShowsWhatARepaintShows();
      r.key("Escape");
      for (String key : List.of("j", "l", "j", "j", "j", "j", "k", "Space", "b")) {
        r.key(key);
      }
      assertTrue(r.settled().contains("澜沧江"), r.settled());
      r.assertShowsWhatARepaintShows();
      r.quit();
    }
  }

  @Test
  void aTerminalNotKnownToScrollIsRepaintedAndSentNoScrollRegion() throws Exception {
    Path wire = temp.resolve("wire.bin");
    try (Reader r = new Reader(ReaderInTmuxIT.FROZEN, "TERM=ansi ")) {
      r.t.pipeTo(wire);
      r.key("s");
      r.t.await("┌ Summary");
      for (String key : List.of("j", "j", "k")) {
        r.key(key);
      }
      r.assertShowsWhatARepaintShows();
      r.quit();
    }
    String bytes = Files.readString(wire, StandardCharsets.ISO_8859_1);
    assertFalse(bytes.matches("(?s).*\u001b\\[\\d+;\\d+r.*"), "no scroll region is set");
  }

  /** How wide the overlay's box is drawn, from its top border (row 3). */
  private static int boxWidth(String screen) {
    String top = screen.lines().skip(3).findFirst().orElse("");
    return top.startsWith("┌ Summary") && top.endsWith("┐") ? top.length() : 0;
  }

  /** The reader at 100x30 in tmux, with its trace: one line per paint, with the bytes written. */
  private final class Reader implements AutoCloseable {
    final Tmux t;
    final Path trace = temp.resolve("trace");
    final Tmux.Run run;

    Reader(String briefing, String environment) throws Exception {
      t = new Tmux(100, 30, REPO);
      run =
          t.start(
              environment
                  + "BRIEF_JAVA_OPTS=-Dbrief.trace="
                  + trace
                  + " bin/brief read "
                  + briefing,
              temp);
      awaitPaints(1);
    }

    List<String> paints() throws Exception {
      return Files.exists(trace) ? Files.readAllLines(trace) : List.of();
    }

    void awaitPaints(int n) throws Exception {
      long end = System.nanoTime() + Duration.ofSeconds(15).toNanos();
      while (paints().size() < n) {
        assertTrue(System.nanoTime() < end, "the reader did not paint; the screen:\n" + t.screen());
        Thread.sleep(20);
      }
    }

    /** Types a key and waits for its paint; returns the bytes that paint wrote. */
    long key(String key) throws Exception {
      int n = paints().size();
      t.type(key);
      awaitPaints(n + 1);
      return Long.parseLong(paints().get(n).split("\t")[1]);
    }

    /** The screen once tmux has drawn everything written (it no longer changes). */
    String settled() throws Exception {
      String last = t.screenWithAttributes();
      long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
      while (true) {
        Thread.sleep(150);
        String now = t.screenWithAttributes();
        if (now.equals(last)) {
          return t.screen();
        }
        assertTrue(System.nanoTime() < end, "the screen never settled:\n" + t.screen());
        last = now;
      }
    }

    /** The key moves the band's text by exactly one line, and its paint sends at most limit. */
    void assertScrollsOneLine(String key, int[] band, int limit) throws Exception {
      List<String> before = settled().lines().toList();
      long bytes = key(key);
      List<String> after = settled().lines().toList();
      int d = key.equals("k") ? -1 : 1;
      for (int y = band[0]; y <= band[1]; y++) {
        if (y + d >= band[0] && y + d <= band[1]) {
          assertEquals(
              cut(before, y + d, band),
              cut(after, y, band),
              key + " moves row " + (y + d) + " to row " + y + ":\n" + String.join("\n", after));
        }
      }
      assertTrue(
          bytes <= limit,
          key + " scrolled one line with " + bytes + " bytes (at most " + limit + ")");
    }

    private static String cut(List<String> screen, int y, int[] band) {
      String row = y < screen.size() ? screen.get(y) : "";
      row = row + " ".repeat(Math.max(0, band[3] + 1 - row.length()));
      return row.substring(band[2], band[3] + 1);
    }

    /** What tmux shows, attributes included, is what it shows after a full repaint. */
    void assertShowsWhatARepaintShows() throws Exception {
      settled();
      String shown = visible(t.screenWithAttributes());
      key("C-l");
      settled();
      assertEquals(shown, visible(t.screenWithAttributes()), "the screen before and after Ctrl-L");
    }

    /**
     * Without the attribute changes that end a row: tmux writes one there for blanks erased after
     * the last character (EL), not for blanks never written since the screen was cleared, and
     * neither shows.
     */
    private static String visible(String screen) {
      return screen.replaceAll("(?m)(\u001b\\[[0-9;]*m)+$", "");
    }

    void quit() throws Exception {
      if (settled().contains("┌ Summary")) {
        key("q"); // closes the overlay
      }
      t.type("q");
      assertEquals(0, run.exitCode());
    }

    @Override
    public void close() throws Exception {
      t.close();
    }
  }
}
