package brief.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import brief.render.DisplayWidth;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * DisplayWidth against a real terminal: the shell in tmux prints each sample after an "X", then
 * sets the pane title to the sample's number; once tmux shows that title it has drawn the sample,
 * and its cursor column less one is the sample's width as tmux counts it.
 */
class DisplayWidthInTmuxIT {
  /** Characters (and a few sequences) of one, two and zero columns, from many scripts. */
  static final List<String> SAMPLES =
      List.of(
          "A",
          "~",
          "é",
          "e\u0301",
          "e\u0301\u0303",
          "ə",
          "ş",
          "ğ",
          "ı",
          "İ",
          "ẞ",
          "Ω",
          "Ж",
          "Ա",
          "א",
          "ع",
          "\u064e",
          "\u0600",
          "क",
          "\u094d",
          "\u0e31",
          "ა",
          "\u1100",
          "\u1161",
          "\u11a8",
          "\ud7b0",
          "한",
          "\u3131",
          "澜",
          "沧",
          "江",
          "\u3000",
          "、",
          "\u302a",
          "\u3099",
          "\u2e80",
          "\ud840\udc00",
          "\ud880\udc00",
          "Ａ",
          "！",
          "\uffe0",
          "ｶ",
          "\u2329",
          "⌚",
          "☁",
          "⚡",
          "⭐",
          "\ue000",
          "🌊",
          "😀",
          "👍",
          "\ud83c\udffd",
          "🧑",
          "🇦",
          "🇦🇿",
          "👍🏽",
          "☁\ufe0f",
          "1\ufe0f\u20e3",
          "\u200b",
          "\u200c",
          "\u200d",
          "\u2060",
          "\ufeff",
          "\ufe0f",
          "\ufe00",
          "\udb40\udd00",
          "\u20e3",
          "\u0488",
          "\u00ad",
          "\u3248",
          "\u4dc0",
          "\ud83e\ude75",
          "👨\u200d👩\u200d👧");

  /** Where tmux (3.3a, which counts with glibc 2.36's wcwidth) differs from Unicode 15.0. */
  static final Map<String, Known> KNOWN =
      Map.of(
          "\u3248",
              new Known(
                  2,
                  "CIRCLED NUMBER TEN ON BLACK SQUARE (U+3248..U+324F) is East Asian"
                      + " Ambiguous; glibc counts that run wide"),
          "\u4dc0",
              new Known(
                  2,
                  "HEXAGRAM FOR THE CREATIVE HEAVEN (U+4DC0..U+4DFF) is Neutral in"
                      + " Unicode 15.0; glibc counts the hexagrams wide (Unicode 16.0 makes them Wide)"),
          "\ud83e\ude75",
              new Known(
                  0,
                  "LIGHT BLUE HEART is new in Unicode 15.0; glibc 2.36 knows"
                      + " Unicode 14.0 and tmux draws a character it does not know in no columns"),
          "👨\u200d👩\u200d👧",
              new Known(
                  2,
                  "tmux 3.3 joins a ZWJ sequence into one cell;"
                      + " DisplayWidth adds up its characters, as wcwidth terminals draw them"));

  record Known(int tmuxWidth, String reason) {}

  @TempDir Path temp;

  @BeforeAll
  static void needsTmux() {
    Tmux.assumeAvailable();
  }

  @Test
  void everySampleTakesTheColumnsTmuxGivesItSaveTheListedExceptions() throws Exception {
    Path samples = temp.resolve("samples.txt");
    Files.write(samples, SAMPLES, StandardCharsets.UTF_8);
    Path script = temp.resolve("print-samples.sh");
    Files.writeString(
        script,
        String.join(
            "\n",
            "stty -echo",
            "i=0",
            "while IFS= read -r s; do",
            "  printf '\\033[H\\033[2JX%s\\033]2;sample %d\\033\\\\' \"$s\" \"$i\"",
            "  IFS= read -r _ < /dev/tty",
            "  i=$((i + 1))",
            "done < " + samples,
            ""));
    List<String> wrong = new ArrayList<>();
    try (Tmux t = new Tmux(40, 5, temp)) {
      t.run("bash " + script);
      for (int i = 0; i < SAMPLES.size(); i++) {
        String sample = SAMPLES.get(i);
        int tmux = columnsOf(t, i);
        int ours = DisplayWidth.of(sample);
        Known known = KNOWN.get(sample);
        if (tmux != ours && (known == null || tmux != known.tmuxWidth())) {
          wrong.add(describe(sample) + ": tmux " + tmux + ", DisplayWidth " + ours);
        }
        t.type("Enter");
      }
    }
    assertEquals(List.of(), wrong, "samples where tmux and DisplayWidth disagree");
  }

  /** Waits for tmux to have drawn sample {@code i}; returns the columns it took. */
  private static int columnsOf(Tmux t, int i) throws Exception {
    String title = "sample " + i;
    long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (System.nanoTime() < end) {
      String[] shown = t.display("#{pane_title}|#{cursor_x}").split("\\|");
      if (shown[0].equals(title)) {
        return Integer.parseInt(shown[1]) - 1;
      }
      Thread.sleep(20);
    }
    throw new AssertionError("tmux did not draw " + title + "; the screen shows:\n" + t.screen());
  }

  private static String describe(String sample) {
    return sample
        .codePoints()
        .mapToObj(cp -> String.format("U+%04X %s", cp, Objects.toString(Character.getName(cp), "")))
        .collect(Collectors.joining(" + "));
  }
}
