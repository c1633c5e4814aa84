package brief.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brief.core.Briefing;
import brief.core.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code source.text} is read only from inside the briefing's folder. */
class SourcePathTest {
  static final Path ARCTIC = Path.of("src/test/resources/library/arctic-council-2024.yaml");

  @TempDir Path dir;

  /**
   * The library's arctic briefing in {@code dir/briefings}, its source text set to {@code text}.
   */
  private Path briefingWithSource(String text) throws IOException {
    Path folder = Files.createDirectories(dir.resolve("briefings"));
    Files.writeString(dir.resolve("secret.txt"), "A secret paragraph.\n");
    return Files.writeString(
        folder.resolve("arctic.yaml"),
        Files.readString(ARCTIC).replace("text: sources/arctic-council.txt", "text: " + text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"../secret.txt", "/etc/passwd", "sources/../../secret.txt", "link.txt"})
  void aSourceTextOutsideTheBriefingsFolderIsALocatedError(String text) throws Exception {
    Path file = briefingWithSource(text);
    Files.createSymbolicLink(file.resolveSibling("link.txt"), dir.resolve("secret.txt"));
    for (boolean strict : List.of(false, true)) {
      BriefingException e =
          assertThrows(
              BriefingException.class,
              () -> new BriefingLoader(Limits.DEFAULT, strict).load(file, "arctic.yaml"));
      Diagnostic d = e.diagnostics().get(0);
      assertEquals("arctic.yaml:15:9", d.file() + ":" + d.line() + ":" + d.column(), d.toString());
      assertTrue(d.message().startsWith("source text '" + text + "' "), d.message());
      assertTrue(
          d.message().contains("a source text must be inside it")
              || d.message().contains("must be inside the briefing's folder"),
          d.message());
    }
  }

  @Test
  void aSourceTextInASubfolderOrThroughALinkThatStaysInsideIsRead() throws Exception {
    Path file = briefingWithSource("sources/./inner.txt");
    Files.createDirectories(file.resolveSibling("sources"));
    Files.writeString(file.resolveSibling("real.txt"), "Inside.\n");
    Files.createSymbolicLink(
        file.resolveSibling("sources/inner.txt"), file.resolveSibling("real.txt"));
    Briefing b = new BriefingLoader().load(file, "arctic.yaml");
    assertEquals(List.of("Inside."), b.source().paragraphs());
  }
}
