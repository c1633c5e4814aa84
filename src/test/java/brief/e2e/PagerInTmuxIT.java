package brief.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real launcher on a terminal of 24 rows: a long printout goes through the pager (less -FRX by
 * default, $BRIEF_PAGER first), a short one and one in a pipe never do, and --no-pager is obeyed.
 */
class PagerInTmuxIT {
  @TempDir Path temp;

  @BeforeAll
  static void needsTmux() {
    Tmux.assumeAvailable();
  }

  private static final String LONG = "bin/brief show " + ReaderInTmuxIT.FROZEN + " --sources";

  @Test
  void aLongPrintoutOnATerminalGoesThroughLess() throws Exception {
    try (Tmux t = new Tmux(100, 24, ReaderInTmuxIT.REPO)) {
      Tmux.Run run = t.start("unset PAGER BRIEF_PAGER; " + LONG, temp);
      // less waits at its prompt, the start of the printout on the screen.
      String screen =
          t.await(
              s -> s.stripTrailing().endsWith(":"),
              java.time.Duration.ofSeconds(20),
              "less's prompt");
      assertTrue(screen.contains("UNCLASSIFIED"), screen);
      t.type("q");
      assertEquals(0, run.exitCode());
    }
  }

  @Test
  void briefsOwnPagerVariableComesFirst() throws Exception {
    Path pager = temp.resolve("pager");
    Files.writeString(pager, "#!/bin/sh\nsed 's/^/PAGED: /' | tail -3\n");
    pager.toFile().setExecutable(true);
    try (Tmux t = new Tmux(100, 24, ReaderInTmuxIT.REPO)) {
      Tmux.Run run = t.start("PAGER=false BRIEF_PAGER=" + pager + " " + LONG, temp);
      assertEquals(0, run.exitCode());
      assertTrue(t.screen().contains("PAGED: "), t.screen());
    }
  }

  @Test
  void neverInAPipeNorForShortOutputNorWithNoPager() throws Exception {
    Path pager = temp.resolve("pager");
    Files.writeString(pager, "#!/bin/sh\nsed 's/^/PAGED: /'\n");
    pager.toFile().setExecutable(true);
    Path piped = temp.resolve("piped.txt");
    try (Tmux t = new Tmux(100, 24, ReaderInTmuxIT.REPO)) {
      String env = "BRIEF_PAGER=" + pager + " ";
      assertEquals(0, t.start(env + LONG + " | cat > " + piped, temp).exitCode());
      assertFalse(Files.readString(piped).contains("PAGED"));
      assertTrue(Files.readString(piped).lines().count() > 100);
    }
    try (Tmux t = new Tmux(100, 24, ReaderInTmuxIT.REPO)) {
      String env = "BRIEF_PAGER=" + pager + " ";
      assertEquals(0, t.start("clear; " + env + LONG + " --no-pager", temp).exitCode());
      assertFalse(t.screen().contains("PAGED"), t.screen());
    }
    try (Tmux t = new Tmux(100, 24, ReaderInTmuxIT.REPO)) {
      String env = "BRIEF_PAGER=" + pager + " ";
      assertEquals(0, t.start("clear; " + env + "bin/brief list", temp).exitCode());
      String screen = t.await("us-azerbaijan-partnership-2025");
      assertFalse(screen.contains("PAGED"), screen);
    }
  }
}
