package brief.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import brief.cli.CliProbe;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every example of every command's --help, and every command line of the README, run by bash with
 * the real launcher against the bundled briefings, each in a fresh folder that holds the files the
 * examples name: each exits as documented (0, or the "exit N" its comment says).
 */
class HelpExamplesIT {
  static final Path REPO = Path.of("").toAbsolutePath();

  @TempDir Path temp;

  /**
   * Examples that cannot run here, each with why: the reader needs a terminal, serve runs until
   * stopped, ssh needs a server, curl the network.
   */
  private static final Map<String, String> NOT_RUN =
      Map.of(
          "brief read", "the reader needs a terminal (ReaderInTmuxIT)",
          "brief briefing.yaml", "the reader needs a terminal",
          "bin/brief read", "the reader needs a terminal",
          "bin/brief  ", "the reader needs a terminal",
          "brief serve", "runs until stopped (ServeOverOpenSshIT)",
          "ssh ", "needs a server (ServeOverOpenSshIT)",
          "curl ", "needs the network");

  record Example(String where, String line, int exit) {}

  private static final Pattern COMMENT = Pattern.compile("^(.*?)(?:\\s{2,}\\((.*)\\)|\\s+#(.*))?$");

  private static Example example(String where, String text) {
    Matcher m = COMMENT.matcher(text.strip());
    m.matches();
    String comment = m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : "";
    Matcher exit = Pattern.compile("exit (\\d+)").matcher(comment);
    // A README comment "exit 1 when nothing matches" describes the command, not this example.
    int code = exit.find() && !comment.contains("when") ? Integer.parseInt(exit.group(1)) : 0;
    return new Example(where, m.group(1).strip(), code);
  }

  static List<Example> examples() throws IOException {
    List<Example> all = new ArrayList<>();
    for (String command : CliProbe.visibleCommands()) {
      String help = CliProbe.help(command);
      int at = help.indexOf("\nExamples:\n");
      if (at < 0) {
        continue;
      }
      for (String line : help.substring(at + "\nExamples:\n".length()).split("\n")) {
        if (line.startsWith("  ") && !line.startsWith("    ")) {
          all.add(example("brief " + command + " --help", line));
        }
      }
    }
    String readme = Files.readString(REPO.resolve("README.md"), StandardCharsets.UTF_8);
    Matcher block = Pattern.compile("```sh\\n(.*?)```", Pattern.DOTALL).matcher(readme);
    while (block.find()) {
      for (String line : block.group(1).split("\n")) {
        if (line.startsWith("bin/brief")) {
          all.add(example("README.md", line));
        }
      }
    }
    return all;
  }

  /** A folder with the bundled briefings and the files the examples name. */
  private Path workspace(Path dir) throws IOException, InterruptedException {
    Path home = Files.createDirectories(dir.resolve("home"));
    Path bin = Files.createDirectories(dir.resolve("bin"));
    Files.createSymbolicLink(bin.resolve("brief"), REPO.resolve("bin/brief"));
    copy(REPO.resolve("briefings"), dir.resolve("briefings"));
    copy(REPO.resolve("briefings"), home.resolve("briefings"));
    Path bundled = REPO.resolve("briefings/us-azerbaijan-partnership-2025.yaml");
    Files.copy(bundled, dir.resolve("briefing.yaml"));
    Files.copy(bundled, dir.resolve("draft.yaml"));
    copy(REPO.resolve("briefings/sources"), dir.resolve("sources"));
    Path article = REPO.resolve("briefings/sources/us-azerbaijan-partnership-2025.txt");
    Files.copy(article, dir.resolve("article.txt"));
    Files.writeString(
        dir.resolve("saved-page.html"),
        "<html><body><p>"
            + Files.readString(article).replace("\n\n", "</p><p>")
            + "</p></body></html>");
    Files.createDirectories(home.resolve(".local/share/bash-completion/completions"));
    Files.createDirectories(dir.resolve("drafts"));
    // Two versions for diff: old.yaml with an earlier title, and the library's git history.
    String yaml = Files.readString(bundled, StandardCharsets.UTF_8);
    String earlier = yaml.replaceFirst("(?m)^title: .*$", "title: An earlier title");
    Files.writeString(dir.resolve("old.yaml"), earlier, StandardCharsets.UTF_8);
    Files.copy(bundled, dir.resolve("new.yaml"));
    Path library = dir.resolve("briefings");
    Path file = library.resolve(bundled.getFileName());
    Files.writeString(file, earlier, StandardCharsets.UTF_8);
    run(library, "git", "init", "-q");
    run(library, "git", "add", "-A");
    run(library, "git", "-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qm", "one");
    Files.copy(bundled, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    run(library, "git", "-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qam", "two");
    return dir;
  }

  private static void run(Path dir, String... command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).directory(dir.toFile()).inheritIO().start();
    assertEquals(0, p.waitFor(), String.join(" ", command));
  }

  private static boolean onPath(String tool) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
      if (Files.isExecutable(Path.of(dir, tool))) {
        return true;
      }
    }
    return false;
  }

  private static void copy(Path from, Path to) throws IOException, InterruptedException {
    run(Path.of("/"), "cp", "-r", from.toString(), to.toString());
  }

  @TestFactory
  Stream<DynamicTest> everyExampleExitsAsDocumented() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    int n = 0;
    for (Example e : examples()) {
      String skip =
          NOT_RUN.entrySet().stream()
              .filter(s -> e.line().startsWith(s.getKey()) || (e.line() + "  ").equals(s.getKey()))
              .map(Map.Entry::getValue)
              .findFirst()
              .orElse(null);
      if (skip != null) {
        continue;
      }
      Path dir = temp.resolve("example-" + n++);
      tests.add(
          DynamicTest.dynamicTest(
              e.where() + ": " + e.line(),
              () -> {
                for (String tool : List.of("jq", "less")) {
                  org.junit.jupiter.api.Assumptions.assumeTrue(
                      !e.line().contains("| " + tool) || onPath(tool),
                      tool + " is not installed (.ci/run installs it)");
                }
                workspace(Files.createDirectories(dir));
                if (e.line().contains("diff us-")) {
                  // "diff ID" compares with the copy kept when the reader last read it.
                  Process mark = bash(dir, "bin/brief mark read us-azerbaijan-partnership-2025");
                  assertEquals(0, mark.waitFor(), output(mark));
                }
                Process p = bash(dir, e.line());
                String output = output(p);
                assertEquals(e.exit(), p.waitFor(), e.line() + "\n" + output);
              }));
    }
    return tests.stream();
  }

  /** The line run by bash in {@code dir} as a new user would: own home, bundled library. */
  private static Process bash(Path dir, String line) throws IOException {
    ProcessBuilder pb =
        new ProcessBuilder("bash", "-o", "pipefail", "-c", line)
            .directory(dir.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
            .redirectErrorStream(true);
    Map<String, String> env = pb.environment();
    env.remove("BRIEF_LIBRARY");
    env.remove("XDG_STATE_HOME");
    env.put("HOME", dir.resolve("home").toString());
    env.put("PATH", dir.resolve("bin") + ":" + env.get("PATH"));
    env.put("BRIEF_JAR", REPO.resolve("target/brief.jar").toString());
    env.put("LANG", "C.UTF-8");
    env.put("BRIEF_CACHE", "0");
    return pb.start();
  }

  private static String output(Process p) throws IOException {
    return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
  }
}
