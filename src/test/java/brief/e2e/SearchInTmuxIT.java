package brief.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Search in the real reader, in a real terminal: any locale, and a library of 400 briefings. */
class SearchInTmuxIT {
  static final Path REPO = Path.of("").toAbsolutePath();

  @TempDir Path temp;

  @BeforeAll
  static void needsTmux() {
    Tmux.assumeAvailable();
  }

  @Test
  void underLangCTypingŞuşaFindsShusha() throws Exception {
    try (Tmux t = new Tmux(100, 30, REPO)) {
      // The usual SSH case: a UTF-8 client, a server with no UTF-8 locale.
      Tmux.Run reader =
          t.start(
              "LANG=C LC_ALL=C bin/brief read english-2025 --library src/test/resources/spellings",
              temp);
      t.await("Sections");
      t.type("/");
      t.typeUtf8("Şuşa");
      // Under a non-UTF-8 locale the reader draws ASCII: the prompt shows the letters
      // transliterated.
      String typing = t.await("/Susa");
      assertFalse(typing.contains("no match"), typing);
      t.type("Enter");
      String found = t.await("n next, N previous");
      // The title, the section's summary and the point: search covers all of a briefing's text.
      assertTrue(found.contains("3 matches"), found);
      assertTrue(found.contains("search: Susa"), found);
      // The first is the title, shown at the bottom line; n moves to the point.
      t.type("n");
      String point = t.await("match 2/3");
      assertTrue(
          point.contains("# * The Head of State spoke of Garabagh and the road from Shusha"),
          point);
      t.type("q");
      assertEquals(0, reader.exitCode());
    }
  }

  @Test
  void thePromptEditsWithReadlineKeysAndRecallsEarlierSearches() throws Exception {
    try (Tmux t = new Tmux(80, 24, REPO)) {
      Tmux.Run reader = t.start("bin/brief read " + ReaderInTmuxIT.FROZEN, temp);
      t.await("Sections");
      t.type("/");
      t.type("-l", "shsha");
      t.await("/shsha");
      t.type("C-a", "Right", "Right");
      t.type("-l", "u");
      t.await("/shusha");
      t.type("Enter");
      t.await("search: shusha");
      t.type("/");
      t.type("-l", "energy corridor");
      t.await("/energy corridor");
      t.type("C-w");
      awaitPrompt(t, "/energy", "Ctrl-W to erase the word before the cursor");
      t.type("C-b", "C-b", "C-k");
      awaitPrompt(t, "/energ", "Ctrl-B twice and Ctrl-K to erase to the end");
      t.type("C-u");
      awaitPrompt(t, "/", "Ctrl-U to erase the line");
      t.type("Up");
      t.await("/shusha");
      t.type("Escape");
      t.type("q");
      assertEquals(0, reader.exitCode());
    }
  }

  /** Waits for the status line (the last row) to show {@code prompt} as the typed line. */
  private static void awaitPrompt(Tmux t, String prompt, String what) throws Exception {
    t.await(
        s -> {
          String[] rows = s.split("\n");
          // The typed line, then blanks, then the count of matches.
          return rows.length > 0 && rows[rows.length - 1].split("  ")[0].strip().equals(prompt);
        },
        java.time.Duration.ofSeconds(5),
        what);
  }

  @Test
  void aLibraryOf400IsFilteredByTypingAndAHitOpensOnItsMatch() throws Exception {
    Path library = Files.createDirectories(temp.resolve("library"));
    for (int i = 1; i <= 400; i++) {
      Files.writeString(
          library.resolve(String.format("b%03d.yaml", i)), briefing(i), StandardCharsets.UTF_8);
    }
    try (Tmux t = new Tmux(120, 40, REPO)) {
      Tmux.Run reader = t.start("bin/brief read --library " + library, temp);
      String start = t.await("1/400");
      assertTrue(start.contains("b400"), start);
      t.type("/");
      t.typeUtf8("Xankəndi");
      String filtered =
          t.await(
              sc -> sc.contains("/Xankəndi") && !sc.contains("/400") && sc.contains("b100"),
              java.time.Duration.ofSeconds(15),
              "the filtered list");
      assertTrue(filtered.contains("/Xankəndi"), filtered);
      assertTrue(
          filtered.contains("b100") && filtered.contains("b200") && filtered.contains("b300"),
          filtered);
      assertFalse(filtered.contains("b101"), filtered);
      t.type("Enter", "j", "Enter");
      // It opens on the first match in the sections; the title holds the other.
      String opened = t.await("match 2/2");
      assertTrue(opened.contains("Road to Khankendi number 300"), opened);
      assertTrue(opened.contains("The road to Khankendi reopens."), opened);
      t.type("BSpace", "BSpace");
      String back = t.await("filter: Xankəndi");
      assertTrue(back.contains("2/4"), back);
      t.type("q");
      assertEquals(0, reader.exitCode());
    }
  }

  /** Briefing {@code i}; every hundredth one (and the last) is about the road to Khankendi. */
  private static String briefing(int i) {
    boolean road = i % 100 == 0;
    String id = String.format("b%03d", i);
    return "format: briefing/1\n"
        + "id: "
        + id
        + "\n"
        + "title: "
        + (road ? "Road to Khankendi number " + i : "Weekly note number " + i)
        + "\n"
        + "date: "
        + java.time.LocalDate.of(2024, 1, 1).plusDays(i)
        + "\n"
        + "summary: A short note.\n"
        + "themes:\n  - id: trade\n    label: Trade\n"
        + "sections:\n  - id: main\n    title: Main\n    points:\n"
        + "      - text: Nothing of note this week.\n        themes: [trade]\n        basis: analyst\n"
        + (road
            ? "      - text: The road to Khankendi reopens.\n        themes: [trade]\n        priority: high\n"
                + "        basis: analyst\n"
            : "");
  }
}
