package brief.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A lookup starts fast partly by never loading the reader or the SSH server: checked in a fresh JVM's class log. */
class LookupPathTest {
  @Test
  void summaryLoadsNeitherLanternaNorTheReaderNorTheServerNorOtherCommands() throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder(java, "-Xlog:class+load=info", "-cp", System.getProperty("java.class.path"),
        "brief.cli.Main", "summary").redirectErrorStream(true).start();
    List<String> loaded = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines()
        .filter(l -> l.contains("[class,load]")).map(l -> l.replaceAll(".*\\[class,load\\] (\\S+).*", "$1")).toList();
    assertEquals(0, p.waitFor());
    assertTrue(loaded.contains("brief.cli.SummaryCommand"), "the log lists our classes");
    List<String> unwanted = loaded.stream().filter(c -> c.startsWith("com.googlecode.lanterna")
        || c.startsWith("brief.tui") || c.startsWith("brief.terminal") || c.startsWith("com.fasterxml")
        || c.equals("brief.cli.SearchCommand") || c.equals("brief.cli.ReadCommand")
        || c.startsWith("brief.serve") || c.equals("brief.cli.ServeCommand") || c.startsWith("org.apache.sshd")
        || c.startsWith("net.i2p") || c.startsWith("org.slf4j")).toList();
    assertEquals(List.of(), unwanted);
  }
}
