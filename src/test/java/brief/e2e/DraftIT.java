package brief.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The acceptance as a new user tries it, through the real launcher: draft the seed article,
 * validate the draft strictly, open it in the reader in a real terminal.
 */
class DraftIT {
  static final Path REPO = Path.of("").toAbsolutePath();

  @TempDir Path temp;

  private int brief(String... args) throws Exception {
    String[] command = new String[args.length + 1];
    command[0] = REPO.resolve("bin/brief").toString();
    System.arraycopy(args, 0, command, 1, args.length);
    Process p =
        new ProcessBuilder(command)
            .directory(temp.toFile())
            .redirectErrorStream(true)
            .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
            .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    int code = p.waitFor();
    System.out.print(out);
    return code;
  }

  @Test
  void theSeedArticleDraftsValidatesStrictlyAndOpensInTheReader() throws Exception {
    Path seed = REPO.resolve("src/test/resources/draft/seed.txt");
    assertEquals(0, brief("draft", seed.toString(), "-o", "us-azerbaijan.yaml"));
    assertTrue(Files.exists(temp.resolve("sources/us-azerbaijan.txt")));
    assertEquals(0, brief("validate", "--strict", "us-azerbaijan.yaml"));
    assertEquals(
        2,
        brief("draft", seed.toString(), "-o", "us-azerbaijan.yaml"),
        "no overwrite without --force");
    assumeTrue(Tmux.available(), "tmux is not installed");
    try (Tmux t = new Tmux(100, 30, REPO)) {
      Tmux.Run reader = t.start("bin/brief read " + temp.resolve("us-azerbaijan.yaml"), temp);
      String screen = t.await("Key points");
      assertTrue(screen.contains("Qabil Ashirov"), screen);
      t.type("s");
      String summary = t.await("┌ Summary");
      assertTrue(summary.contains("opinion piece by Qabil Ashirov"), summary);
      assertTrue(summary.contains("Ilham Aliyev (person) — President"), summary);
      t.type("Escape", "q");
      assertEquals(0, reader.exitCode());
    }
  }
}
