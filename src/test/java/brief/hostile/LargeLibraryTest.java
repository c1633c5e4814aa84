package brief.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brief.load.BriefingException;
import brief.load.BriefingLoader;
import brief.load.Library;
import brief.load.LibraryScanner;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 10,000 files, some broken: every good one loads, every broken one is named, nothing else is lost.
 */
@Tag("slow")
class LargeLibraryTest {
  @TempDir Path dir;

  @Test
  void tenThousandFilesWithSomeBrokenOnesLoseNothing() throws Exception {
    String base =
        Files.readString(
                Path.of("src/test/resources/valid/water-talks.yaml"), StandardCharsets.UTF_8)
            .replace("  text: sources/water.txt\n", "");
    int broken = 0;
    for (int i = 0; i < 10_000; i++) {
      Path sub = Files.createDirectories(dir.resolve(String.format("%03d", i / 100)));
      String yaml = base.replace("id: water-talks-2024", "id: talks-" + i);
      if (i % 997 == 0) {
        yaml = yaml.replace("priority: high", "priority: [");
        broken++;
      }
      Files.writeString(sub.resolve("b" + i + ".yaml"), yaml, StandardCharsets.UTF_8);
    }
    Library library = new LibraryScanner(new BriefingLoader()).scan(dir);
    assertEquals(10_000 - broken, library.briefings().size());
    assertEquals(broken, library.problems().size());
    for (BriefingException e : library.problems()) {
      assertTrue(
          e.diagnostics().get(0).toString().matches(".*b\\d+\\.yaml:\\d+:\\d+: error: .*"),
          e.getMessage());
    }
  }
}
