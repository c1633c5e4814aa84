package brief;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the package arrows of docs/architecture.md true: the test reads them from the page, so the
 * page and the code cannot drift apart. Every reference counts, imported or written out in full; a
 * library is used only by the package whose arrow names it.
 */
class ArchitectureTest {
  private static final Path MAIN = Path.of("src/main/java/brief");
  private static final Path DOC = Path.of("docs/architecture.md");

  /** The Java packages of each library the page may name after "uses". */
  private static final Map<String, String> LIBRARIES =
      Map.of(
          "picocli", "picocli",
          "Lanterna", "com.googlecode.lanterna",
          "Jackson", "com.fasterxml.jackson",
          "SnakeYAML", "org.yaml.snakeyaml",
          "jsoup", "org.jsoup",
          "ICU4J", "com.ibm.icu",
          "MINA SSHD", "org.apache.sshd|net.i2p.crypto|org.slf4j");

  private static final Pattern ARROW =
      Pattern.compile("^(\\w+)\\s+──>\\s+(nothing|[a-z]+(?:, [a-z]+)*)(?:\\s+uses (.+?))?\\s*$");

  /** Each package with what it may use: other packages by name, libraries by their names. */
  static Map<String, Set<String>> arrows() throws IOException {
    String doc = Files.readString(DOC, StandardCharsets.UTF_8);
    String block =
        doc.substring(doc.indexOf("```\n") + 4, doc.indexOf("```", doc.indexOf("```\n") + 4));
    Map<String, Set<String>> arrows = new LinkedHashMap<>();
    for (String line : block.strip().split("\n")) {
      Matcher m = ARROW.matcher(line);
      assertTrue(m.matches(), "not an arrow in " + DOC + ": " + line);
      Set<String> allowed = new TreeSet<>();
      if (!m.group(2).equals("nothing")) {
        allowed.addAll(List.of(m.group(2).split(", ")));
      }
      if (m.group(3) != null) {
        assertTrue(
            LIBRARIES.containsKey(m.group(3)), "unknown library '" + m.group(3) + "' in " + DOC);
        allowed.add(m.group(3));
      }
      arrows.put(m.group(1), allowed);
    }
    return arrows;
  }

  @Test
  void everyPackageUsesOnlyWhatItsArrowsAllow() throws IOException {
    Map<String, Set<String>> arrows = arrows();
    Pattern reference = reference(arrows.keySet());
    List<String> violations = new ArrayList<>();
    try (Stream<Path> files = Files.walk(MAIN)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        String pkg = MAIN.relativize(file).getName(0).toString();
        Set<String> allowed = arrows.get(pkg);
        assertTrue(
            allowed != null, "package brief." + pkg + " has no arrow in " + DOC + ": " + file);
        Matcher m =
            reference.matcher(withoutComments(Files.readString(file, StandardCharsets.UTF_8)));
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
  void everyPackageOfThePageExistsAndSaysWhatItIs() throws IOException {
    Set<String> arrows = arrows().keySet();
    assertFalse(arrows.isEmpty());
    for (String pkg : arrows) {
      assertTrue(Files.exists(MAIN.resolve(pkg).resolve("package-info.java")), pkg);
    }
  }

  @Test
  void dependenciesPointOneWay() throws IOException {
    Map<String, Set<String>> arrows = arrows();
    for (String pkg : arrows.keySet()) {
      assertFalse(reaches(arrows, pkg, pkg, new TreeSet<>()), "a cycle through " + pkg);
    }
    assertEquals(Set.of(), arrows.get("core"), "core depends on nothing");
  }

  private static boolean reaches(
      Map<String, Set<String>> arrows, String from, String target, Set<String> seen) {
    for (String next : arrows.getOrDefault(from, Set.of())) {
      if (next.equals(target) || seen.add(next) && reaches(arrows, next, target, seen)) {
        return true;
      }
    }
    return false;
  }

  private static Pattern reference(Set<String> packages) {
    String libraries =
        LIBRARIES.entrySet().stream()
            .map(
                e ->
                    "(?<"
                        + group(e.getKey())
                        + ">\\b(?:"
                        + e.getValue().replace(".", "\\.")
                        + ")\\.)")
            .collect(Collectors.joining("|"));
    return Pattern.compile("\\bbrief\\.(?<pkg>" + String.join("|", packages) + ")\\b|" + libraries);
  }

  private static String name(Matcher m) {
    if (m.group("pkg") != null) {
      return m.group("pkg");
    }
    return LIBRARIES.keySet().stream()
        .filter(l -> m.group(group(l)) != null)
        .findFirst()
        .orElseThrow();
  }

  private static String group(String library) {
    return library.replaceAll("[^A-Za-z]", "");
  }

  private static String withoutComments(String code) {
    return code.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("//[^\n]*", "");
  }

  @Test
  void noClassIsOver300LinesWithoutAReasonAtItsTop() throws IOException {
    List<String> unexplained = new ArrayList<>();
    try (Stream<Path> files = Files.walk(MAIN)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        boolean generated = lines.stream().limit(10).anyMatch(l -> l.contains("Generated by"));
        if (lines.size() > 300
            && !generated
            && lines.stream().noneMatch(l -> l.startsWith("// Over 300 lines: "))) {
          unexplained.add(file + " (" + lines.size() + " lines)");
        }
      }
    }
    assertEquals(List.of(), unexplained);
  }
}
