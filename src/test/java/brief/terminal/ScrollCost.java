package brief.terminal;

import brief.core.Briefing;
import brief.load.BriefingLoader;
import brief.tui.Frame;
import brief.tui.Glyphs;
import brief.tui.Input;
import brief.tui.ReaderState;
import brief.tui.Size;
import brief.tui.Update;
import brief.tui.View;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * What finding the scroll costs per repaint ({@link Scroll#between}), by screen size: a line
 * scrolled in the summary, a cursor move in a section, and a line of a point taller than the pane.
 * Run by bench/scroll-cost.sh; prints whether it scrolls, then the median and maximum of 200 timed
 * calls after 200 to warm up.
 */
public final class ScrollCost {
  private ScrollCost() {}

  public static void main(String[] args) throws Exception {
    Briefing frozen = load("src/test/resources/frozen/us-azerbaijan-partnership-2025.yaml");
    Briefing tall = load("src/test/resources/tall/tall-point.yaml");
    for (int[] size : new int[][] {{80, 24}, {100, 30}, {120, 40}, {300, 90}, {500, 150}}) {
      Size screen = new Size(size[0], size[1]);
      ReaderState summary = type(ReaderState.start(List.of(frozen), screen, Glyphs.UNICODE), "s");
      ReaderState moving = type(ReaderState.start(List.of(frozen), screen, Glyphs.UNICODE), "jl");
      ReaderState scrolling = type(ReaderState.start(List.of(tall), screen, Glyphs.UNICODE), "lj");
      System.out.printf(
          "%dx%d  summary j: %s | section j (cursor): %s | tall point j: %s%n",
          size[0], size[1], time(summary), time(moving), time(scrolling));
    }
  }

  private static Briefing load(String path) throws Exception {
    return new BriefingLoader().load(Path.of(path), path);
  }

  private static ReaderState type(ReaderState s, String keys) {
    for (char c : keys.toCharArray()) {
      s = Update.apply(s, new Input.Key(c));
    }
    return s;
  }

  private static String time(ReaderState s) {
    Frame before = View.of(s);
    Frame after = View.of(Update.apply(s, new Input.Key('j')));
    long[] nanos = new long[200];
    for (int i = 0; i < 400; i++) {
      long t = System.nanoTime();
      Scroll.between(before, after);
      if (i >= 200) {
        nanos[i - 200] = System.nanoTime() - t;
      }
    }
    Arrays.sort(nanos);
    return String.format(
        "%s %.2f / %.2f ms",
        Scroll.between(before, after) == null ? "no scroll" : "scroll",
        nanos[100] / 1e6,
        nanos[nanos.length - 1] / 1e6);
  }
}
