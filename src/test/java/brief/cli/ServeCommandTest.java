package brief.cli;

import static brief.cli.Cli.brief;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What brief serve refuses before it listens: it never starts open. */
class ServeCommandTest {
  @TempDir Path temp;

  @Test
  void withoutAnAuthorizedKeysFileItRefusesToStartInOneLine() {
    Cli.Result r = brief("serve");
    assertEquals(2, r.code());
    assertEquals(1, r.err().lines().count(), r.err());
    assertTrue(r.err().startsWith("brief: serve needs --authorized-keys FILE"), r.err());
    assertTrue(r.err().contains("never starts open"), r.err());
    assertEquals("", r.out());
  }

  @Test
  void aMissingAuthorizedKeysFileIsAnIoError() {
    Cli.Result r =
        brief(
            "serve",
            "--authorized-keys",
            temp.resolve("nope").toString(),
            "--host-key",
            temp.resolve("key").toString());
    assertEquals(3, r.code());
    assertTrue(r.err().contains("cannot read the authorized-keys file"), r.err());
  }

  @Test
  void aMissingLibraryFolderStopsItBeforeItListens() throws Exception {
    Path keys = java.nio.file.Files.writeString(temp.resolve("keys"), "");
    Cli.Result r =
        brief(
            "serve",
            "--authorized-keys",
            keys.toString(),
            "--host-key",
            temp.resolve("key").toString(),
            "--port",
            "0",
            "--library",
            temp.resolve("nowhere").toString());
    assertEquals(3, r.code(), r.err());
    assertTrue(r.err().contains("nowhere") && r.err().contains("no such folder"), r.err());
    assertTrue(!r.err().contains("listening"), r.err());
  }

  @Test
  void aLimitBelowOneIsAUsageError() throws Exception {
    Path keys = java.nio.file.Files.writeString(temp.resolve("keys"), "");
    Cli.Result r = brief("serve", "--authorized-keys", keys.toString(), "--max-sessions", "0");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("limits must be at least 1"), r.err());
  }
}
