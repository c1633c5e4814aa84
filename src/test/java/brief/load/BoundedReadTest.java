package brief.load;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BoundedReadTest {
  @TempDir Path dir;

  @Test
  @Tag("slow") // waits the whole limit: once, not in every locale's run
  void aPipeNobodyWritesToIsGivenUpAfterTheLimit() throws Exception {
    Path fifo = dir.resolve("swapped.yaml");
    assertTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0);
    long start = System.nanoTime();
    IOException e = assertThrows(IOException.class, () -> BoundedRead.read(fifo, 100));
    long ms = (System.nanoTime() - start) / 1_000_000;
    assertTrue(ms >= BoundedRead.LIMIT_MS && ms < BoundedRead.LIMIT_MS + 1000, ms + " ms");
    assertTrue(e.getMessage().contains("is it a pipe or a device?"), e.getMessage());
  }

  @Test
  void aFileIsReadUpToOneByteOverTheLimit() throws Exception {
    Path file = Files.write(dir.resolve("f"), new byte[] {1, 2, 3, 4, 5});
    assertArrayEquals(new byte[] {1, 2, 3, 4}, BoundedRead.read(file, 3));
    assertArrayEquals(new byte[] {1, 2, 3, 4, 5}, BoundedRead.read(file, 10));
  }
}
