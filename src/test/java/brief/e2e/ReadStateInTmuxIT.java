package brief.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Read marks over several sessions, as a reader lives with them: read A and quit; the next day A is
 * read and B and C are not (visible under NO_COLOR); A is revised on disk (a point changed, one
 * added, one withdrawn) and says so on opening, with its changes one key away; the marks survive a
 * restart, and a garbage state file costs one warning and a fresh start.
 */
class ReadStateInTmuxIT {
  static final Path REPO = Path.of("").toAbsolutePath();
  static final String A = "us-azerbaijan-partnership-2025";

  @TempDir Path temp;

  @BeforeAll
  static void needsTmux() {
    Tmux.assumeAvailable();
  }

  private Path library() throws Exception {
    Path lib = Files.createDirectories(temp.resolve("library"));
    Files.createDirectories(lib.resolve("sources"));
    Path frozen = Path.of("src/test/resources/frozen");
    Files.copy(frozen.resolve(A + ".yaml"), lib.resolve(A + ".yaml"));
    Files.copy(frozen.resolve("sources/" + A + ".txt"), lib.resolve("sources/" + A + ".txt"));
    Path other = Path.of("src/test/resources/library");
    for (String name : List.of("arctic-council", "caspian-ferry")) {
      String file = name + "-2024.yaml";
      Files.copy(other.resolve(file), lib.resolve(file));
      Files.copy(
          other.resolve("sources/" + name + ".txt"), lib.resolve("sources/" + name + ".txt"));
    }
    return lib;
  }

  /** One session of the reader on the library, under NO_COLOR; returns when it has quit. */
  private String command(Path lib) {
    return "NO_COLOR=1 BRIEF_CACHE=0 XDG_STATE_HOME="
        + temp.resolve("state")
        + " BRIEF_LIBRARY="
        + lib
        + " bin/brief read";
  }

  /** Where a session's exit code and terminal modes go. */
  private Path run(String name) throws Exception {
    return Files.createDirectories(temp.resolve(name));
  }

  private static String line(String screen, String id) {
    return screen.lines().filter(l -> l.contains(id)).findFirst().orElse("");
  }

  private boolean unseenPassed;

  /** Types u until the line showing {@code text} carries {@code mark}; notes a * on the way. */
  private String untilMarked(Tmux t, String text, String mark) throws Exception {
    for (int i = 0; i < 60; i++) {
      t.type("u");
      String before = "";
      String screen = t.screen();
      // The screen settles within a paint; read it again until it stops changing.
      for (int k = 0; k < 50 && !screen.equals(before); k++) {
        Thread.sleep(40);
        before = screen;
        screen = t.screen();
      }
      unseenPassed |= screen.lines().anyMatch(l -> l.contains("▌*"));
      if (line(screen, text).contains(mark)) {
        return screen;
      }
    }
    throw new AssertionError("u never reached '" + text + "' marked " + mark + ":\n" + t.screen());
  }

  @Test
  void marksLastBetweenSessionsAndARevisedBriefingShowsItsChanges() throws Exception {
    Path lib = library();
    try (Tmux t = new Tmux(120, 32, REPO)) {
      Tmux.Run first = t.start(command(lib), run("run1"));
      String library = t.await("3 briefings · 3 unread");
      assertTrue(line(library, A).contains("N 2025-07-20"), library);
      t.type("Enter");
      t.await("Sections");
      t.type("q");
      assertEquals(0, first.exitCode());

      Tmux.Run second = t.start(command(lib), run("run2"));
      String next = t.await("3 briefings · 2 unread");
      assertTrue(line(next, A).contains("   2025-07-20"), next);
      assertTrue(line(next, "arctic-council-2024").contains("N 2024-"), next);
      assertTrue(line(next, "caspian-ferry-2024").contains("N 2024-"), next);
      t.type("q");
      assertEquals(0, second.exitCode());

      Path a = lib.resolve(A + ".yaml");
      String yaml = Files.readString(a);
      String withdrawn =
          """
                - text: >-
                    That goodwill matters because lingering conflicts have long held back development and
                    cooperation in the region.
                  themes: [peace-process]
                  source: 4
          """;
      assertTrue(yaml.contains(withdrawn));
      Files.writeString(
          a,
          yaml.replace("is an opinion column by", "is an op-ed column by")
              .replace(
                  withdrawn,
                  "      - text: The analyst will revisit this after the autumn session.\n"
                      + "        basis: analyst\n"));

      Tmux.Run third = t.start(command(lib), run("run3"));
      String revised = t.await("3 briefings · 2 unread");
      assertTrue(line(revised, A).contains("U 2025-07-20"), revised);
      t.type("Enter");
      String banner = t.await("changed since you read it on");
      assertTrue(banner.contains(": 3 changes (+ new, ~ changed: u next, D shows what)"), banner);
      // u goes to each new or changed point, and to each one not on screen in the first session
      // (that one showed only the Overview), each marked with a sign that NO_COLOR keeps.
      String changed = untilMarked(t, "op-ed column", "▌~");
      assertTrue(line(changed, "op-ed column").contains("▌~"), changed);
      String added = untilMarked(t, "The analyst will revisit", "▌+");
      assertTrue(line(added, "The analyst will revisit").contains("▌+"), added);
      assertTrue(unseenPassed, "u passed a statement marked * (not seen in the first session)");
      t.type("D");
      String changes = t.await("┌ Changed since you read it on");
      assertTrue(changes.contains("Changed (1)"), changes);
      assertTrue(changes.contains("[-opinion-] {+op-ed+}"), changes);
      assertTrue(changes.contains("Added (1)"), changes);
      assertTrue(changes.contains("+ The analyst will revisit this"), changes);
      assertTrue(changes.contains("Withdrawn (1)"), changes);
      assertTrue(changes.contains("- That goodwill matters"), changes);
      t.type("Escape", "q");
      assertEquals(0, third.exitCode());

      Tmux.Run fourth = t.start(command(lib), run("run4"));
      String restarted = t.await("3 briefings · 2 unread");
      assertFalse(line(restarted, A).contains("U 2025"), "read again, as revised: " + restarted);
      t.type("q");
      assertEquals(0, fourth.exitCode());

      Files.writeString(temp.resolve("state/brief/read-state"), "\u0000garbage\nnot a state\n");
      Tmux.Run fifth = t.start(command(lib), run("run5"));
      String fresh = t.await("1 problem in the library: press ! to see it");
      assertTrue(fresh.contains("3 briefings · 3 unread"), fresh);
      t.type("!");
      String warning = t.await("┌ Problems in the library");
      assertTrue(warning.contains("is damaged"), warning);
      t.type("!");
      t.await(s -> !s.contains("┌ Problems"), java.time.Duration.ofSeconds(5), "the box to close");
      t.type("Enter");
      t.await("Sections");
      t.type("q");
      assertEquals(0, fifth.exitCode());

      Tmux.Run sixth = t.start(command(lib), run("run6"));
      String repaired = t.await("3 briefings · 2 unread");
      assertFalse(repaired.contains("problem"), repaired);
      t.type("q");
      assertEquals(0, sixth.exitCode());
    }
  }
}
