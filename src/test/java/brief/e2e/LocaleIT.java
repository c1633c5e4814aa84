package brief.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Names in any script survive a server without the client's locale: SSH clients send
 * LANG=en_US.UTF-8, a minimal server has only C.UTF-8, and the JVM then decodes its arguments and
 * file names as ASCII unless the launcher sees to it. Every command line here is written to a
 * script as UTF-8 and run by bash, so that the test's own JVM, whatever its locale, never encodes
 * the Azerbaijani letters itself.
 */
class LocaleIT {
  static final Path REPO = Path.of("").toAbsolutePath();
  static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

  /** The locale variables of each run: only what a test names is set. */
  static final List<String> LOCALE =
      List.of("LC_ALL", "LC_CTYPE", "LC_MESSAGES", "LANG", "LANGUAGE");

  @TempDir Path temp;

  private record Run(int code, String out, String err) {}

  /** The frozen briefing in a folder named {@code lib-ə}, one theme labelled in Azerbaijani. */
  @BeforeEach
  void library() throws Exception {
    String copy =
        "cp -r '%s' lib-ə && sed -i 's/label: Energy security/label: Enerji təhlükəsizliyi/'"
            + " lib-ə/*.yaml";
    assertEquals(
        0,
        run(Map.of("LANG", "C"), copy.formatted(REPO.resolve("src/test/resources/frozen"))).code());
  }

  /** {@code script} run by bash in the temporary folder, with these locale variables only. */
  private Run run(Map<String, String> locale, String script) throws Exception {
    Path file = temp.resolve("run.sh");
    Files.writeString(file, script + "\n", StandardCharsets.UTF_8);
    ProcessBuilder pb =
        new ProcessBuilder("bash", file.toString())
            .directory(temp.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
    Map<String, String> env = pb.environment();
    LOCALE.forEach(env::remove);
    env.putAll(locale);
    env.put("BRIEF_CDS", "0");
    env.put("XDG_CACHE_HOME", temp.resolve("cache").toString());
    env.put("BRIEF_JAR", REPO.resolve("target/brief.jar").toString());
    env.put("BRIEF", REPO.resolve("bin/brief").toString());
    env.put("JAVA", JAVA);
    Process p = pb.start();
    byte[] out = p.getInputStream().readAllBytes();
    byte[] err = p.getErrorStream().readAllBytes();
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "finished: " + script);
    // (Bash's own warning at start-up under an LC_ALL that is not installed, which every bash
    // script prints, is not the launcher's doing.)
    return new Run(
        p.exitValue(),
        new String(out, StandardCharsets.UTF_8),
        new String(err, StandardCharsets.UTF_8)
            .replaceAll("(?m)^bash: warning: setlocale: LC_ALL: cannot change locale .*\n", ""));
  }

  /** The same arguments through the launcher and, for reference, straight to Java. */
  private void assertLauncherPrintsAsJavaUnder(
      Map<String, String> locale, Map<String, String> reference, String args, String expected)
      throws Exception {
    Run launched = run(locale, "exec \"$BRIEF\" " + args);
    Run direct = run(reference, "exec \"$JAVA\" -jar \"$BRIEF_JAR\" " + args);
    assertEquals(0, direct.code(), direct.toString());
    assertTrue(direct.out().contains(expected), args + ": " + direct);
    assertEquals(direct, launched, args + " under " + locale);
  }

  @Test
  void azerbaijaniNamesAreFoundUnderAUtf8LocaleThatIsNotInstalled() throws Exception {
    Map<String, String> missing = Map.of("LANG", "xx_YY.UTF-8");
    Map<String, String> installed = Map.of("LC_ALL", "C.UTF-8");
    assertLauncherPrintsAsJavaUnder(
        missing,
        installed,
        "quotes --library lib-ə --speaker 'İlham Əliyev'",
        "— Ilham Aliyev, Address to participants of the III Shusha Global Media");
    assertLauncherPrintsAsJavaUnder(
        missing,
        installed,
        "themes --library lib-ə --theme 'Enerji təhlükəsizliyi'",
        "• Enerji təhlükəsizliyi (energy-security)");
    assertLauncherPrintsAsJavaUnder(
        missing, installed, "search --library lib-ə Azərbaycan", "named by its alias Azərbaycan");
    // The names of the other variables, in either spelling, count as much as LANG's; LC_ALL first.
    assertLauncherPrintsAsJavaUnder(
        Map.of("LANG", "C", "LC_CTYPE", "az_AZ.utf8"),
        installed,
        "quotes --library lib-ə --speaker Əliyev",
        "— Ilham Aliyev");
    assertLauncherPrintsAsJavaUnder(
        Map.of("LANG", "C", "LC_ALL", "xx_YY.UTF-8", "LC_CTYPE", "C"),
        installed,
        "search --library lib-ə Azərbaycan",
        "named by its alias Azərbaycan");
  }

  @Test
  void theUsersLanguageIsStillJavasLanguage() throws Exception {
    Run run =
        run(
            Map.of("LANG", "az_AZ.UTF-8", "LC_MESSAGES", "de_DE.UTF-8"),
            "BRIEF_JAVA_OPTS=-XshowSettings:properties exec \"$BRIEF\" --version");
    assertEquals(0, run.code(), run.toString());
    for (String property :
        List.of(
            "sun.jnu.encoding = UTF-8",
            "user.language = de",
            "user.country = DE",
            "user.language.format = az",
            "user.country.format = AZ")) {
      assertTrue(run.err().contains("    " + property + "\n"), property + ": " + run.err());
    }
  }

  @Test
  void underAnotherCharsetTheOutputIsTheSameAsciiAsBefore() throws Exception {
    for (Map<String, String> ascii :
        List.of(
            Map.of("LANG", "C"),
            Map.of("LANG", "xx_YY.UTF-8", "LC_ALL", "POSIX"),
            Map.of("LC_CTYPE", "en_US.ISO-8859-1", "LANG", "en_US.UTF-8"))) {
      for (String args : List.of("summary", "search Aliyev", "quotes --speaker aliyev")) {
        assertLauncherPrintsAsJavaUnder(ascii, ascii, args, "Aliyev");
        Run run = run(ascii, "exec \"$BRIEF\" " + args);
        assertTrue(run.out().chars().allMatch(c -> c < 0x80), args + ": not ASCII: " + run);
      }
    }
  }
}
