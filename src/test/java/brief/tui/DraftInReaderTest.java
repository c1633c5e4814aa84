package brief.tui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import brief.core.Briefing;
import brief.draft.Draft;
import brief.draft.DraftFiles;
import brief.draft.Drafter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A draft opens in the reader at once: its points, quotes and speakers on screen. */
class DraftInReaderTest {
  @Test
  void theSeedArticlesDraftOpensInTheReader(@TempDir Path dir) throws Exception {
    Draft draft =
        Drafter.draft(
            Files.readAllBytes(Path.of("src/test/resources/draft/seed.txt")),
            "seed.txt",
            "seed",
            true);
    Path file = dir.resolve("seed.yaml");
    DraftFiles.save(draft, file, false, null);
    Briefing b = ReaderFixture.load(file.toString());
    ReaderState s = ReaderState.start(List.of(b), new Size(100, 40), Glyphs.UNICODE);
    String screen = text(View.of(s));
    assertTrue(screen.contains("Key points"), screen);
    assertTrue(screen.contains("Qabil Ashirov"), screen);
    String summary = text(View.of(ReaderFixture.type(s, "s")));
    assertTrue(summary.contains("Ilham Aliyev"), summary);
  }

  private static String text(Frame f) {
    StringBuilder b = new StringBuilder();
    for (int y = 0; y < f.height(); y++) {
      b.append(f.row(y)).append('\n');
    }
    return b.toString();
  }
}
