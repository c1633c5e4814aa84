package brief.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brief.core.Briefing;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BriefingLoaderTest {
  static final Path VALID = Path.of("src/test/resources/valid/water-talks.yaml");

  @TempDir Path dir;

  static String valid() throws IOException {
    return Files.readString(VALID, StandardCharsets.UTF_8);
  }

  private Briefing parse(String yaml) throws BriefingException {
    return new BriefingLoader()
        .parse("t.yaml", yaml.getBytes(StandardCharsets.UTF_8), SourceReader.NONE);
  }

  @Test
  void textFieldsKeepWhatWasWrittenWhateverYamlGuesses() throws Exception {
    Briefing b =
        parse(
            valid()
                .replace("title: Water-sharing talks on the Kura", "title: NO")
                .replace("summary: Both sides agree to share data on river flow.", "summary: 1.10")
                .replace("    name: Water Minister", "    name: on\n    role: 2025-07-20"));
    assertEquals("NO", b.title());
    assertEquals("1.10", b.summary());
    assertEquals("on", b.stakeholders().get(0).name());
    assertEquals("2025-07-20", b.stakeholders().get(0).role());
  }

  @Test
  void extensionKeysAreAcceptedAndIgnored() throws Exception {
    Briefing b =
        parse(valid().replace("date: 2024-03-02\n", "date: 2024-03-02\nx-reviewed-by: someone\n"));
    assertEquals("water-talks-2024", b.id());
  }

  @Test
  void aliasesWithinTheLimitAreFine() throws Exception {
    Briefing b =
        parse(
            valid()
                .replace("        themes: [diplomacy]", "        themes: &t [diplomacy]")
                .replace("    themes: [water]", "    themes: *t"));
    assertEquals(List.of("diplomacy"), b.quotes().get(0).themes());
  }

  @Test
  void byteOrderMarkAndCrlfLineEndingsAreAccepted() throws Exception {
    byte[] body = valid().replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[body.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(body, 0, withBom, 3, body.length);
    Briefing b = new BriefingLoader().parse("t.yaml", withBom, SourceReader.NONE);
    assertEquals("Water-sharing talks on the Kura", b.title());
  }

  @Test
  void sourceTextIsSplitIntoNumberedParagraphs() throws Exception {
    Briefing b = new BriefingLoader(Limits.DEFAULT, true).load(VALID, "water-talks.yaml");
    assertEquals(2, b.source().paragraphs().size());
    assertTrue(b.source().paragraphs().get(1).startsWith("The minister said"));
  }

  @Test
  void everyErrorOfAFileIsReportedAtOnce() {
    BriefingException e =
        assertThrows(
            BriefingException.class,
            () ->
                parse(
                    valid()
                        .replace("priority: high", "priority: top")
                        .replace("speaker: minister", "speaker: nobody")
                        .replace("kind: organization", "kind: club")));
    assertEquals(3, e.diagnostics().size(), e.diagnostics().toString());
  }

  @Test
  void aBrokenFileInALibraryIsReportedAndTheOthersStillLoad() throws Exception {
    Files.writeString(dir.resolve("good.yaml"), valid());
    Files.createDirectories(dir.resolve("sub"));
    Files.writeString(dir.resolve("sub/broken.yml"), "format: briefing/1\nid: [\n");
    Files.writeString(dir.resolve("notes.txt"), "not a briefing");
    Library library = new LibraryScanner(new BriefingLoader()).scan(dir);
    assertEquals(
        List.of("water-talks-2024"), library.briefings().stream().map(Briefing::id).toList());
    assertEquals(1, library.problems().size());
    assertTrue(
        library
            .problems()
            .get(0)
            .diagnostics()
            .get(0)
            .toString()
            .contains("broken.yml:3:1: error: YAML syntax"),
        library.problems().get(0).diagnostics().toString());
  }

  @Test
  void aLinkThatLeavesTheLibraryIsRefusedAndLinkLoopsDoNotHang() throws Exception {
    Path library = Files.createDirectories(dir.resolve("library"));
    Path outside = Files.writeString(dir.resolve("outside.yaml"), valid());
    Files.createSymbolicLink(library.resolve("leak.yaml"), outside);
    Files.createSymbolicLink(library.resolve("loop"), library);
    Library scanned = new LibraryScanner(new BriefingLoader()).scan(library);
    assertEquals(0, scanned.briefings().size());
    assertTrue(
        scanned.problems().get(0).diagnostics().get(0).message().contains("leaves the library"));
  }

  @Test
  void twoFilesWithOneIdAreBothKeptAndEachIsReportedNamingTheOther() throws Exception {
    Files.writeString(dir.resolve("a.yaml"), valid());
    Files.writeString(dir.resolve("b.yaml"), valid());
    Library library = new LibraryScanner(new BriefingLoader()).scan(dir);
    assertEquals(2, library.briefings().size());
    String a = dir.resolve("a.yaml").toString();
    String b = dir.resolve("b.yaml").toString();
    assertEquals(java.util.Map.of("water-talks-2024", List.of(a, b)), library.duplicates());
    assertEquals(
        List.of(
            a
                + ": error: the id 'water-talks-2024' is also the id of "
                + b
                + ": both are listed, and a lookup by this id fails until one is changed",
            b
                + ": error: the id 'water-talks-2024' is also the id of "
                + a
                + ": both are listed, and a lookup by this id fails until one is changed"),
        library.problems().stream().map(p -> p.diagnostics().get(0).toString()).toList());
  }

  @Test
  void aMissingLibraryFolderIsAnIoError() {
    BriefingException e =
        assertThrows(
            BriefingException.class,
            () -> new LibraryScanner(new BriefingLoader()).scan(dir.resolve("nope")));
    assertTrue(e.unreadable());
  }

  @Test
  void theBundledLibraryHoldsTheArticleBriefing() {
    Library bundled = new LibraryScanner(new BriefingLoader(Limits.DEFAULT, true)).bundled();
    assertEquals(List.of(), bundled.problems());
    assertEquals("us-azerbaijan-partnership-2025", bundled.newest().orElseThrow().id());
    assertEquals(11, bundled.newest().orElseThrow().source().paragraphs().size());
  }
}
