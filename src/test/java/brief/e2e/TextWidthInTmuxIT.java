package brief.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import brief.tui.TextColumn;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real launcher at 200 columns: the reader's text column stops where it is told to. */
class TextWidthInTmuxIT {
  @TempDir Path temp;

  @BeforeAll
  static void needsTmux() {
    Tmux.assumeAvailable();
  }

  private int widest(String options) throws Exception {
    try (Tmux t = new Tmux(200, 40, ReaderInTmuxIT.REPO)) {
      Tmux.Run reader = t.start("bin/brief " + options + ReaderInTmuxIT.FROZEN, temp);
      t.await("Sections");
      t.type("j", "j", "l");
      List<String> rows = t.await("┌ Energy and connectivity").lines().toList();
      t.type("q");
      reader.exitCode();
      return TextColumn.widest(rows, TextColumn.leftOf(rows, "Energy and connectivity"));
    }
  }

  @Test
  void theTextColumnWrapsAtTheWidthAskedForAndAtAHundredByDefault() throws Exception {
    int narrow = widest("--text-width 60 ");
    assertTrue(narrow <= 60 && narrow > 45, "--text-width 60: widest line " + narrow);
    int standard = widest("");
    assertTrue(standard <= 100 && standard > 85, "default: widest line " + standard);
  }
}
