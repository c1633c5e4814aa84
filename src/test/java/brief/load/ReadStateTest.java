package brief.load;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brief.core.Briefing;
import brief.core.ReadMarks;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadStateTest {
  @TempDir Path home;
  Path dir;
  Briefing water;
  Briefing edited;

  @BeforeEach
  void briefings() throws Exception {
    dir = home.resolve("state").resolve("brief");
    Path file = Path.of("src/test/resources/valid/water-talks.yaml");
    water = new BriefingLoader().load(file, "water-talks.yaml");
    String yaml = Files.readString(file);
    Path copy = home.resolve("edited.yaml");
    Files.createDirectories(home.resolve("sources"));
    Files.copy(file.resolveSibling("sources/water.txt"), home.resolve("sources/water.txt"));
    Files.writeString(
        copy, yaml.replace("Delegations met for two days.", "Delegations met for three days."));
    edited = new BriefingLoader().load(copy, "edited.yaml");
  }

  private ReadMarks.Status status(ReadState state, Briefing b) {
    return state.readMarks(List.of(b)).status(b);
  }

  @Test
  void aBriefingReadStaysReadAfterARestartWithItsSnapshot() {
    ReadState first = ReadState.open(dir);
    assertEquals(ReadMarks.Status.UNREAD, status(first, water));
    first.markRead(water);
    ReadState again = ReadState.open(dir);
    assertEquals(List.of(), again.warnings());
    assertEquals(ReadMarks.Status.READ, status(again, water));
    assertEquals(ReadMarks.Status.CHANGED, status(again, edited));
    assertEquals(water, again.lastRead(water.id()).orElseThrow());
  }

  @Test
  void stateFilesAreTheirOwnersOnly() throws Exception {
    ReadState.open(dir).markRead(water);
    assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir)));
    assertEquals(
        "rw-------",
        PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve(ReadState.FILE))));
  }

  @Test
  void markingUnreadForgetsTheMark() {
    ReadState.open(dir).markRead(water);
    ReadState.open(dir).markUnread(water.id());
    assertEquals(ReadMarks.Status.UNREAD, status(ReadState.open(dir), water));
  }

  @Test
  void twoReadersAtOnceKeepEachOthersMarks() throws Exception {
    Briefing other =
        new BriefingLoader().load(Path.of("src/test/resources/frozen").resolve(onlyYaml()), "x");
    ReadState a = ReadState.open(dir);
    ReadState b = ReadState.open(dir);
    a.markRead(water);
    b.markRead(other);
    ReadState after = ReadState.open(dir);
    assertEquals(ReadMarks.Status.READ, status(after, water));
    assertEquals(ReadMarks.Status.READ, status(after, other));
  }

  private static String onlyYaml() throws Exception {
    try (Stream<Path> files = Files.list(Path.of("src/test/resources/frozen"))) {
      return files
          .filter(p -> p.toString().endsWith(".yaml"))
          .findFirst()
          .orElseThrow()
          .getFileName()
          .toString();
    }
  }

  @Test
  void aGarbageStateFileCostsOneWarningAndAFreshStateThatIsSaved() throws Exception {
    ReadState.open(dir).markRead(water);
    Files.write(dir.resolve(ReadState.FILE), new byte[] {'b', 'r', (byte) 0xff, '\n', 0, 1});
    ReadState state = ReadState.open(dir);
    assertEquals(1, state.warnings().size(), state.warnings().toString());
    assertTrue(state.warnings().get(0).contains("is damaged"), state.warnings().toString());
    assertEquals(ReadMarks.Status.UNREAD, status(state, water));
    state.markRead(edited);
    ReadState repaired = ReadState.open(dir);
    assertEquals(List.of(), repaired.warnings());
    assertEquals(ReadMarks.Status.READ, status(repaired, edited));
  }

  @Test
  void aTruncatedLineIsDamageNotAMark() throws Exception {
    Files.createDirectories(dir);
    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
    Files.writeString(dir.resolve(ReadState.FILE), "brief read state 1\nwater-talks-2024\t2026-");
    ReadState state = ReadState.open(dir);
    assertEquals(1, state.warnings().size());
    assertEquals(ReadMarks.Status.UNREAD, status(state, water));
  }

  @Test
  void aFifoAtTheStateFileIsNeverOpenedAndIsReplaced() throws Exception {
    Files.createDirectories(dir);
    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
    Path fifo = dir.resolve(ReadState.FILE);
    assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
    ReadState state = ReadState.open(dir);
    assertEquals(1, state.warnings().size());
    assertTrue(state.warnings().get(0).contains("FIFO"), state.warnings().toString());
    state.markRead(water);
    assertTrue(Files.isRegularFile(fifo));
    assertEquals(ReadMarks.Status.READ, status(ReadState.open(dir), water));
  }

  @Test
  void anotherUsersStateFileIsIgnored() throws Exception {
    ReadState.open(dir).markRead(water);
    Path file = dir.resolve(ReadState.FILE);
    Files.setAttribute(file, "unix:uid", 54321);
    ReadState state = ReadState.open(dir);
    assertEquals(1, state.warnings().size());
    assertTrue(state.warnings().get(0).contains("another user"), state.warnings().toString());
    assertEquals(ReadMarks.Status.UNREAD, status(state, water));
  }

  @Test
  void aFolderOthersCanWriteKeepsMarksForThisRunOnly() throws Exception {
    Files.createDirectories(dir);
    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxrwxrwx"));
    ReadState state = ReadState.open(dir);
    assertEquals(1, state.warnings().size());
    state.markRead(water);
    assertEquals(ReadMarks.Status.READ, status(state, water));
    assertFalse(Files.exists(dir.resolve(ReadState.FILE)));
  }

  @Test
  void snapshotsNoMarkNamesAreRemovedOnceOld() throws Exception {
    ReadState state = ReadState.open(dir);
    state.markRead(water);
    Path snapshots = dir.resolve("snapshots");
    List<Path> first = list(snapshots);
    state.markRead(edited.withSource(water.source()));
    assertEquals(2, list(snapshots).size(), "the unused one is kept for a while");
    Files.setLastModifiedTime(
        first.get(0),
        FileTime.fromMillis(System.currentTimeMillis() - ReadState.UNUSED_SNAPSHOT_MS - 1000));
    state.markRead(edited);
    List<Path> left = list(snapshots);
    assertFalse(left.contains(first.get(0)));
    assertEquals(edited, ReadState.open(dir).lastRead(edited.id()).orElseThrow());
  }

  private static List<Path> list(Path folder) throws Exception {
    try (Stream<Path> files = Files.list(folder)) {
      return files.sorted().toList();
    }
  }

  @Test
  void theFileIsTextAUserCanRead() throws Exception {
    ReadState.open(dir).markRead(water);
    String text = Files.readString(dir.resolve(ReadState.FILE), StandardCharsets.UTF_8);
    assertTrue(text.startsWith("brief read state 2\nwater-talks-2024\t"), text);
    assertTrue(text.endsWith("\t*\n"), "read whole: every statement seen\n" + text);
  }

  @Test
  void theStatementsSeenAreKeptAndAFileOfVersionOneReadsAsAllSeen() throws Exception {
    ReadState state = ReadState.open(dir);
    state.markRead(water);
    state.markSeen(water, java.util.Set.of("0000abcd", "12345678"));
    assertTrue(ReadState.open(dir).marks().get(water.id()).seen().equals("*"), "not saved yet");
    assertTrue(state.flush());
    assertEquals(
        "0000abcd,12345678", ReadState.open(dir).marks().get(water.id()).seen(), "saved on flush");
    String v2 = Files.readString(dir.resolve(ReadState.FILE), StandardCharsets.UTF_8);
    String v1 =
        v2.replace("brief read state 2", "brief read state 1").replace("\t0000abcd,12345678", "");
    Files.writeString(dir.resolve(ReadState.FILE), v1, StandardCharsets.UTF_8);
    ReadState old = ReadState.open(dir);
    assertEquals(List.of(), old.warnings());
    assertEquals(brief.core.Seen.ALL, old.marks().get(water.id()).seenStatements());
    Files.writeString(
        dir.resolve(ReadState.FILE), v2.replace("0000abcd", "0000ABCD"), StandardCharsets.UTF_8);
    ReadState damaged = ReadState.open(dir);
    assertEquals(1, damaged.warnings().size(), damaged.warnings().toString());
    assertTrue(
        damaged.warnings().get(0).contains("damaged lines ([2])"), damaged.warnings().toString());
  }

  @Test
  void aDamagedLineCostsThatMarkAloneAndIsWrittenAwayAtOnce() throws Exception {
    ReadState.open(dir).markRead(water);
    String good = Files.readString(dir.resolve(ReadState.FILE), StandardCharsets.UTF_8);
    String line = good.lines().skip(1).findFirst().orElseThrow();
    String other = line.replace(water.id(), "other-briefing");
    Files.writeString(
        dir.resolve(ReadState.FILE),
        good + other.replace("\t*", "\tzz!!,not-hex") + "\n" + other + "\n" + "cut sho",
        StandardCharsets.UTF_8);
    ReadState opened = ReadState.open(dir);
    assertEquals(1, opened.warnings().size(), opened.warnings().toString());
    assertTrue(opened.warnings().get(0).contains("[3, 5]"), opened.warnings().toString());
    assertEquals(java.util.Set.of(water.id(), "other-briefing"), opened.marks().keySet());
    String rewritten = Files.readString(dir.resolve(ReadState.FILE), StandardCharsets.UTF_8);
    assertFalse(rewritten.contains("zz!!") || rewritten.contains("cut sho"), rewritten);
    assertEquals(List.of(), ReadState.open(dir).warnings(), "said once");
  }

  @Test
  void aFileOfANewerBriefIsNeitherReadNorReplaced() throws Exception {
    String newer = "brief read state 3\nsomething\tnew\n";
    Files.createDirectories(dir);
    Files.writeString(dir.resolve(ReadState.FILE), newer, StandardCharsets.UTF_8);
    ReadState state = ReadState.open(dir);
    assertTrue(
        state.warnings().get(0).contains("written by a newer brief"), state.warnings().toString());
    assertFalse(state.markRead(water), "not saved");
    assertEquals(newer, Files.readString(dir.resolve(ReadState.FILE), StandardCharsets.UTF_8));
  }

  @Test
  void aWhollyDamagedFileIsKeptAsideBeforeAFreshStart() throws Exception {
    Files.createDirectories(dir);
    byte[] garbage = {0, (byte) 0xff, 'x', '\n'};
    Files.write(dir.resolve(ReadState.FILE), garbage);
    ReadState state = ReadState.open(dir);
    assertTrue(
        state.warnings().get(0).contains("(it is not UTF-8 text)"), state.warnings().toString());
    assertTrue(
        state.warnings().get(0).contains("kept as read-state.damaged"),
        state.warnings().toString());
    assertArrayEquals(garbage, Files.readAllBytes(dir.resolve(ReadState.FILE + ".damaged")));
    assertEquals(List.of(), ReadState.open(dir).warnings(), "replaced at once: said once");
  }
}
