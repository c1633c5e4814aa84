package brief.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DisplayWidthTest {
  static final Path SCRIPT = Path.of("tools/display-width.py");
  static final Path GENERATED = Path.of("src/main/java/brief/render/DisplayWidth.java");

  /** Debian's unicode-data package, which the script reads; .ci/run installs it. */
  static final Path UCD = Path.of("/usr/share/unicode/emoji/emoji-data.txt");

  @TempDir Path temp;

  @Test
  void generatedFileIsWhatTheScriptWritesFromTheUnicodeData() throws Exception {
    boolean ci = "true".equals(System.getenv("CI"));
    boolean ready = python3Runs() && Files.isRegularFile(UCD);
    if (ci) {
      assertTrue(ready, "CI needs python3 and unicode-data (.ci/run installs them)");
    }
    assumeTrue(
        ready,
        "python3 or the Unicode data ("
            + UCD
            + ", apt-get install unicode-data) is"
            + " missing: cannot check that DisplayWidth.java is current");
    Path out = temp.resolve("DisplayWidth.java");
    Process p =
        new ProcessBuilder("python3", SCRIPT.toString(), "--out", out.toString())
            .redirectErrorStream(true)
            .start();
    String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, p.waitFor(), log);
    assertEquals(
        Files.readString(out),
        Files.readString(GENERATED),
        "DisplayWidth.java differs from what tools/display-width.py writes: re-run the script");
  }

  private static boolean python3Runs() {
    try {
      return new ProcessBuilder("python3", "--version").start().waitFor() == 0;
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }

  @Test
  void asciiAndLatinTakeOneColumnAndCombiningMarksNone() {
    assertEquals(1, DisplayWidth.of('a'));
    assertEquals(1, DisplayWidth.of('~'));
    assertEquals(0, DisplayWidth.of(0));
    assertEquals(14, DisplayWidth.of("Baku, 2025-06!"));
    assertEquals(1, DisplayWidth.of("é"));
    assertEquals(0, DisplayWidth.of(0x0301));
    assertEquals(1, DisplayWidth.of("e\u0301"));
    assertEquals(1, DisplayWidth.of("e\u0301\u0303"));
    assertEquals(1, DisplayWidth.of(0x00ad), "SOFT HYPHEN: format, yet terminals draw it");
  }

  @Test
  void azerbaijaniLettersTakeOneColumnEach() {
    for (String letter : new String[] {"ə", "Ə", "ş", "Ş", "ğ", "ı", "İ", "ç", "ö", "ü"}) {
      assertEquals(1, DisplayWidth.of(letter), letter);
    }
    assertEquals(10, DisplayWidth.of("Azərbaycan"));
    assertEquals(6, DisplayWidth.of("Şuşa İ"));
  }

  @Test
  void otherScriptsTakeOneColumnAndTheirMarksNone() {
    assertEquals(6, DisplayWidth.of("Привет"));
    assertEquals(1, DisplayWidth.of("Ω"));
    assertEquals(1, DisplayWidth.of("ع"));
    assertEquals(0, DisplayWidth.of(0x064e), "ARABIC FATHA");
    assertEquals(1, DisplayWidth.of(0x0600), "ARABIC NUMBER SIGN is drawn");
    assertEquals(0, DisplayWidth.of(0x094d), "DEVANAGARI SIGN VIRAMA");
  }

  @Test
  void chineseJapaneseAndKoreanTakeTwoColumns() {
    assertEquals(6, DisplayWidth.of("澜沧江"));
    assertEquals(2, DisplayWidth.of(0x3000), "IDEOGRAPHIC SPACE");
    assertEquals(2, DisplayWidth.of(0x20000), "an ideograph beyond the BMP");
    assertEquals(2, DisplayWidth.of(0x9fff), "unassigned, but in a block kept wide");
    assertEquals(0, DisplayWidth.of(0x302a), "a tone mark in a wide block still combines");
    assertEquals(2, DisplayWidth.of("한"));
    assertEquals(2, DisplayWidth.of("\u1112\u1161\u11ab"), "the same syllable from jamo");
    assertEquals(0, DisplayWidth.of(0xd7b0), "HANGUL JUNGSEONG O-YEO");
  }

  @Test
  void fullwidthFormsTakeTwoColumnsAndHalfwidthOne() {
    assertEquals(2, DisplayWidth.of("Ａ"));
    assertEquals(2, DisplayWidth.of("！"));
    assertEquals(2, DisplayWidth.of(0xffe0), "FULLWIDTH CENT SIGN");
    assertEquals(1, DisplayWidth.of("ｶ"), "HALFWIDTH KATAKANA LETTER KA");
  }

  @Test
  void emojiTakeTwoColumnsAndJoinersAndSelectorsNone() {
    assertEquals(2, DisplayWidth.of("🌊"));
    assertEquals(2, DisplayWidth.of(0x231a), "WATCH has emoji presentation");
    assertEquals(0, DisplayWidth.of(0x200d), "ZERO WIDTH JOINER");
    assertEquals(0, DisplayWidth.of(0x200b), "ZERO WIDTH SPACE");
    assertEquals(0, DisplayWidth.of(0xfe0f), "VARIATION SELECTOR-16");
    assertEquals(0, DisplayWidth.of(0xe0100), "VARIATION SELECTOR-17");
    assertEquals(1, DisplayWidth.of("☁\ufe0f"), "text-presentation CLOUD stays one column");
    assertEquals(1, DisplayWidth.of("1\ufe0f\u20e3"), "keycap: digit, selector, enclosing mark");
    assertEquals(4, DisplayWidth.of("👍🏽"), "a skin tone modifier is drawn beside the hand");
    assertEquals(2, DisplayWidth.of("🇦🇿"), "two regional indicators make one flag");
    // Characters add up: wcwidth terminals draw man, woman, girl side by side; tmux 3.3 joins
    // them in two columns (DisplayWidthInTmuxIT lists it).
    assertEquals(6, DisplayWidth.of("👨\u200d👩\u200d👧"));
  }
}
