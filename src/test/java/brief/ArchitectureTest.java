package brief;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the package arrows of docs/architecture.md true: core depends on nothing; only load
 * uses SnakeYAML, only terminal uses Lanterna, only cli uses picocli, only serve uses MINA SSHD
 * (and nothing but cli uses serve). Every reference counts,
 * imported or written out in full.
 */
class ArchitectureTest {
  private static final Path MAIN = Path.of("src/main/java/brief");

  /** What each package may use, besides the JDK and itself. */
  private static final Map<String, Set<String>> ALLOWED = Map.of(
      "core", Set.of(),
      "load", Set.of("core", "snakeyaml"),
      "render", Set.of("core", "jackson"),
      "tui", Set.of("core", "render"),
      "terminal", Set.of("core", "render", "tui", "lanterna"),
      "serve", Set.of("core", "load", "render", "terminal", "sshd"),
      "cli", Set.of("core", "load", "render", "tui", "terminal", "serve", "picocli", "jackson"));

  private static final Pattern REFERENCE = Pattern.compile(
      "\\bbrief\\.(core|load|render|tui|terminal|serve|cli)\\b|\\b(org\\.yaml\\.snakeyaml)\\b"
          + "|\\b(com\\.googlecode\\.lanterna)\\b|\\b(picocli)\\.|\\b(com\\.fasterxml\\.jackson)\\b"
          + "|\\b(org\\.apache\\.sshd|net\\.i2p\\.crypto|org\\.slf4j)\\b");

  @Test
  void everyPackageUsesOnlyWhatItsArrowsAllow() throws IOException {
    List<String> violations = new ArrayList<>();
    try (Stream<Path> files = Files.walk(MAIN)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        String pkg = MAIN.relativize(file).getName(0).toString();
        Set<String> allowed = ALLOWED.get(pkg);
        assertTrue(allowed != null, "package brief." + pkg + " is not in the architecture: " + file);
        String code = withoutComments(Files.readString(file, StandardCharsets.UTF_8));
        Matcher m = REFERENCE.matcher(code);
        while (m.find()) {
          String used = name(m);
          if (!used.equals(pkg) && !allowed.contains(used)) {
            violations.add(file + " uses " + m.group());
          }
        }
      }
    }
    assertEquals(List.of(), violations);
  }

  @Test
  void everyPackageSaysWhatItIsAndWhatItMayImport() {
    for (String pkg : ALLOWED.keySet()) {
      assertTrue(Files.exists(MAIN.resolve(pkg).resolve("package-info.java")), pkg);
    }
  }

  private static String name(Matcher m) {
    if (m.group(1) != null) {
      return m.group(1);
    }
    if (m.group(2) != null) {
      return "snakeyaml";
    }
    if (m.group(3) != null) {
      return "lanterna";
    }
    if (m.group(4) != null) {
      return "picocli";
    }
    return m.group(5) != null ? "jackson" : "sshd";
  }

  private static String withoutComments(String code) {
    return code.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("//[^\n]*", "");
  }
}
