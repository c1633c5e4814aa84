package brief.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ManPageTest {
  private final String page =
      ManPage.render(Main.commandLine(new Context(Env.pipe(Map.of()), System.in)), "9.9.9");

  @Test
  void hasASectionForEveryCommandWithItsOptions() {
    for (String command :
        new String[] {
          "read",
          "summary",
          "list",
          "show",
          "quotes",
          "stakeholders",
          "themes",
          "search",
          "validate",
          "completion"
        }) {
      assertTrue(page.contains(".SS \"brief " + command), command);
    }
    assertTrue(
        page.contains("\\fB\\-\\-max\\-points\\fR \\fIN\\fR"),
        "options are listed with their parameter");
    assertTrue(page.contains(".SH EXIT STATUS"));
  }

  @Test
  void listsEveryKeyOfTheReaderFromItsTable() {
    assertTrue(page.contains(".SH KEYS"));
    for (brief.tui.Keys.Mode mode :
        java.util.List.of(brief.tui.Keys.Mode.READING, brief.tui.Keys.Mode.ANYWHERE)) {
      for (brief.tui.Keys.Binding k : brief.tui.Keys.of(mode)) {
        assertTrue(
            page.contains(
                ".B " + ManPage.escape(k.keys()) + "\n" + ManPage.escape(k.help()) + "\n"),
            k.toString());
      }
    }
  }

  @Test
  void theReadmeAndReadHelpNameTheKeysTheStatusLineShows() throws java.io.IOException {
    String readme =
        java.nio.file.Files.readString(java.nio.file.Path.of("README.md"))
            .replace("`", "")
            .toLowerCase(java.util.Locale.ROOT);
    String help = Cli.brief("read", "--help").out();
    for (String[] hint : brief.tui.Keys.hints(brief.tui.Keys.Mode.READING, false)) {
      assertTrue(
          readme.contains(hint[0].toLowerCase(java.util.Locale.ROOT)),
          "README lacks the key " + hint[0]);
      assertTrue(
          help.contains(hint[0] + " " + hint[1]), "read --help lacks " + hint[0] + "\n" + help);
    }
  }

  @Test
  void helpManPageAndReadmeNameEveryExitCodeAndEveryVariableTheLauncherReads()
      throws java.io.IOException {
    String readme = java.nio.file.Files.readString(java.nio.file.Path.of("README.md"));
    String help = Cli.brief("--help").out();
    for (String[] code : ExitCode.meanings()) {
      assertTrue(page.contains(".TP\n" + code[0] + "\n"), code[0]);
      assertTrue(help.contains("  " + code[0] + " "), code[0]);
      assertTrue(readme.contains(code[0]), "README lacks exit code " + code[0]);
    }
    java.util.Set<String> documented = new java.util.TreeSet<>();
    for (String[] v : EnvironmentVariables.ALL) {
      for (String name : v[0].split(", ")) {
        documented.add(name);
        assertTrue(page.contains(ManPage.escape(name)), name);
        assertTrue(help.contains(name), name);
      }
    }
    assertTrue(
        readme.contains("BRIEF_LIBRARY")
            && readme.contains("NO_COLOR")
            && readme.contains("BRIEF_CACHE"));
    // What the launcher tells the JVM itself, and the build's switch that makes the archive, are
    // not for users; everything else it reads is documented.
    java.util.Set<String> internal =
        java.util.Set.of("BRIEF_STDOUT_TTY", "BRIEF_COLUMNS", "BRIEF_LINES", "BRIEF_MAKE_ARCHIVE");
    var m =
        java.util.regex.Pattern.compile("\\b(BRIEF_[A-Z_]+|XDG_CACHE_HOME|JAVA_HOME|NO_COLOR)\\b")
            .matcher(java.nio.file.Files.readString(java.nio.file.Path.of("bin/brief")));
    while (m.find()) {
      assertTrue(
          documented.contains(m.group(1)) || internal.contains(m.group(1)),
          "undocumented: " + m.group(1));
    }
  }

  @Test
  void everyLineOfHelpFitsEightyColumnsAndWrappedMeaningsStayIndented() {
    java.util.List<String> lines = Cli.brief("--help").out().lines().toList();
    for (String line : lines) {
      assertTrue(line.length() <= 80, line.length() + ": " + line);
    }
    int environment = lines.indexOf("Environment:");
    assertTrue(environment > 0, "an Environment section");
    for (String line : lines.subList(environment + 1, lines.size())) {
      assertTrue(line.isEmpty() || line.startsWith("  "), "under its name: '" + line + "'");
    }
  }

  @Test
  void statesItsVersionAndKeepsVerbatimLinesWithin80Columns() {
    assertTrue(
        page.startsWith(".TH BRIEF 1 \"\" \"brief 9.9.9\""), page.lines().findFirst().orElse(""));
    boolean verbatim = false;
    for (String line : page.split("\n")) {
      verbatim = line.equals(".nf") || verbatim && !line.equals(".fi");
      String shown = line.replace("\\-", "-").replace("\\e", "\\").replace("\\&", "");
      assertTrue(!verbatim || shown.length() <= ManPage.VERBATIM_WIDTH, line);
    }
  }

  @Test
  void isValidTroffWithNoLineThatStartsAsARequestByAccident() {
    assertTrue(page.startsWith(".TH BRIEF 1"));
    for (String line : page.split("\n")) {
      if (line.startsWith(".") || line.startsWith("'")) {
        assertTrue(line.matches("\\.(TH|SH|SS|TP|PP|br|nf|fi|B)( .*)?"), line);
      }
    }
    assertFalse(page.contains("${"), "no unresolved picocli variables");
  }
}
