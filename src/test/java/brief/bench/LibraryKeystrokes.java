package brief.bench;

import brief.core.Briefing;
import brief.load.BriefingLoader;
import brief.load.LibraryScanner;
import brief.load.Limits;
import brief.tui.Glyphs;
import brief.tui.Input;
import brief.tui.ReaderState;
import brief.tui.Size;
import brief.tui.Update;
import brief.tui.View;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What one keystroke in the reader's library view costs: the pure update and view (no terminal),
 * timed for each key of a session that filters by typing, erases, moves and picks a theme,
 * repeated. Run by bench/library-keys.sh; not a test.
 */
public final class LibraryKeystrokes {
  private LibraryKeystrokes() {}

  public static void main(String[] args) throws Exception {
    List<Briefing> library =
        new LibraryScanner(new BriefingLoader(Limits.DEFAULT, false))
            .scan(Path.of(args[0]))
            .briefings();
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
    List<Input> session = session();
    List<Long> first = new ArrayList<>();
    List<Long> all = new ArrayList<>();
    long[] worst = new long[session.size()];
    for (int r = 0; r < rounds; r++) {
      ReaderState s = ReaderState.start(library, new Size(120, 40), Glyphs.UNICODE);
      View.of(s);
      int keyIndex = 0;
      for (Input in : session) {
        long t0 = System.nanoTime();
        s = Update.apply(s, in);
        View.of(s);
        long took = System.nanoTime() - t0;
        (r == 0 ? first : all).add(took);
        if (r > 0) {
          worst[keyIndex] = Math.max(worst[keyIndex], took);
        }
        keyIndex++;
      }
    }
    System.out.println(
        "# library view keystroke: Update.apply + View.of, 120x40, "
            + library.size()
            + " briefings, "
            + session.size()
            + " keys a session (type 'lənkəran energy', erase it, Esc, j/k x10,"
            + " t j space Enter c)");
    System.out.println("first session (JIT cold): " + stats(first));
    System.out.println("later sessions (" + (rounds - 1) + "): " + stats(all));
    StringBuilder slowest =
        new StringBuilder("slowest keys of later sessions (key number: max ms):");
    for (int i = 0; i < worst.length; i++) {
      if (worst[i] > 16_000_000L) {
        slowest.append(String.format(" %d %s: %.1f;", i + 1, session.get(i), worst[i] / 1e6));
      }
    }
    System.out.println(slowest);
  }

  private static List<Input> session() {
    List<Input> keys = new ArrayList<>();
    keys.add(new Input.Key('/'));
    String query = "lənkəran energy";
    query.codePoints().forEach(cp -> keys.add(new Input.Key(cp)));
    query.codePoints().forEach(cp -> keys.add(Input.Special.BACKSPACE));
    keys.add(Input.Special.ESCAPE);
    for (int i = 0; i < 10; i++) {
      keys.add(new Input.Key('j'));
    }
    for (int i = 0; i < 10; i++) {
      keys.add(new Input.Key('k'));
    }
    for (char c : "tj ".toCharArray()) {
      keys.add(new Input.Key(c));
    }
    keys.add(Input.Special.ENTER);
    keys.add(new Input.Key('c'));
    return keys;
  }

  private static String stats(List<Long> nanos) {
    long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
    return String.format(
        "n=%d p50=%.2f ms p99=%.2f ms max=%.2f ms",
        sorted.length, ms(sorted, 0.50), ms(sorted, 0.99), sorted[sorted.length - 1] / 1e6);
  }

  private static double ms(long[] sorted, double q) {
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
  }
}
