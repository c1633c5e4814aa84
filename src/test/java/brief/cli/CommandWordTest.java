package brief.cli;

import static brief.cli.Cli.brief;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/** brief [OPTIONS] [BRIEFING] is the reader; an unknown first word is an unknown command. */
class CommandWordTest {
  private static final Context CONTEXT =
      new Context(
          Env.pipe(java.util.Map.of("BRIEF_LIBRARY", "src/test/resources/frozen")),
          java.io.InputStream.nullInputStream());

  private static List<String> routed(String... args) {
    return Arrays.asList(CommandWord.route(args, CONTEXT));
  }

  @Test
  void aFileAnIdOrReaderOptionsWithoutACommandOpenTheReader() {
    assertEquals(List.of("read", "briefing.yaml"), routed("briefing.yaml"));
    assertEquals(
        List.of("read", "us-azerbaijan-partnership-2025"),
        routed("us-azerbaijan-partnership-2025"));
    assertEquals(List.of("read", "--ascii"), routed("--ascii"));
    assertEquals(
        List.of("--debug", "read", "--library", "x", "--theme", "energy"),
        routed("--debug", "--library", "x", "--theme", "energy"));
    assertEquals(List.of("search", "list"), routed("search", "list"));
  }

  @Test
  void anUnknownCommandExitsTwoWhateverOptionsFollow() {
    for (String[] args :
        new String[][] {{"foo"}, {"foo", "--help"}, {"sumary", "--format", "json"}}) {
      Cli.Result r = brief(args);
      assertEquals(2, r.code(), r.err());
      assertTrue(
          r.err()
              .startsWith(
                  "brief: unknown command '" + args[0] + "' (commands: read, summary, list,"),
          r.err());
      assertEquals("", r.out());
    }
    assertTrue(brief("sumary").err().contains("; did you mean 'summary'?"));
  }

  @Test
  void withoutATerminalTheImplicitReaderSaysWhatToDo() {
    Cli.Result r = brief("--ascii");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("the reader needs a terminal"), r.err());
  }

  /**
   * Every command people type, and the hidden one that runs at every Tab (it must start as fast as
   * a lookup, never as the reader); warm-up is the launcher's own and never passes through this.
   */
  @Test
  void overSshWithoutATerminalTheReaderSaysToUseSshDashT() {
    for (String[] args : new String[][] {{}, {"read"}, {"--ascii"}}) {
      Cli.Result r = new Cli().env("SSH_CONNECTION", "192.0.2.7 50000 192.0.2.1 22").run(args);
      assertEquals(2, r.code(), String.join(" ", args));
      assertTrue(r.err().contains("connect with 'ssh -t'"), r.err());
      assertEquals(1, r.err().strip().lines().count(), r.err());
    }
    assertFalse(brief("read").err().contains("ssh -t"), "no SSH, no mention of ssh");
  }

  @Test
  void overSshWithATerminalButRedirectedTheHintIsNotSshDashT() {
    // ssh -t gave a terminal; only standard output goes to a pipe.
    Env redirected =
        new Env(
            java.util.Map.of("LANG", "C.UTF-8", "SSH_CONNECTION", "192.0.2.7 50000 192.0.2.1 22"),
            false,
            false,
            0,
            true);
    java.io.StringWriter err = new java.io.StringWriter();
    int code =
        Main.run(
            new String[] {"read"},
            new java.io.PrintWriter(new java.io.StringWriter()),
            new java.io.PrintWriter(err),
            java.io.InputStream.nullInputStream(),
            redirected);
    assertEquals(2, code);
    assertTrue(err.toString().contains("the reader needs a terminal"), err.toString());
    assertFalse(err.toString().contains("ssh -t"), err.toString());
  }

  @Test
  void theLauncherStartsEachCommandAsTheRegistrySays() throws IOException {
    String launcher = Files.readString(Path.of("bin/brief"));
    TreeSet<String> shortRuns = launcherWords(launcher, "interactive=0 short=1");
    TreeSet<String> longRuns = launcherWords(launcher, "interactive=0");
    TreeSet<String> expectedShort = new TreeSet<>();
    TreeSet<String> expectedLong = new TreeSet<>();
    for (Commands c : Commands.values()) {
      // The reader is what the launcher runs when no word matches; warm-up is its own.
      if (c != Commands.READ && c != Commands.WARM_UP) {
        (c.shortRun() ? expectedShort : expectedLong).add(c.word);
      }
    }
    assertEquals(expectedShort, shortRuns, "bin/brief's short runs");
    assertEquals(expectedLong, longRuns, "bin/brief's library runs");
    assertTrue(Commands.COMPLETE.hidden());
    assertTrue(!Commands.VISIBLE.contains(CompleteCommand.NAME));
  }

  @Test
  void serveOffersEveryLookupAndNothingElse() {
    TreeSet<String> lookups = new TreeSet<>();
    for (Commands c : Commands.values()) {
      if (c.kind == Commands.Kind.QUICK_LOOKUP || c.kind == Commands.Kind.LOOKUP) {
        lookups.add(c.word);
      }
    }
    assertEquals(lookups, new TreeSet<>(brief.serve.Lookup.COMMANDS));
  }

  /** The command words of the launcher's case line that ends in {@code settings}. */
  private static TreeSet<String> launcherWords(String launcher, String settings) {
    Matcher m =
        Pattern.compile("(?m)^\\s+([A-Za-z_|-]+)\\) " + Pattern.quote(settings) + " ;;")
            .matcher(launcher);
    assertTrue(m.find(), "bin/brief has a line ending in " + settings);
    TreeSet<String> words = new TreeSet<>();
    for (String w : m.group(1).split("\\|")) {
      if (!w.startsWith("-")) {
        words.add(w);
      }
    }
    return words;
  }

  @Test
  void optionsMayComeBeforeTheCommandWord() {
    assertEquals(List.of("list", "--library", "x"), routed("--library", "x", "list"));
    assertEquals(
        List.of("--debug", "search", "--format", "json", "--ascii", "energy"),
        routed("--debug", "--format", "json", "--ascii", "search", "energy"));
    assertEquals(List.of("summary", "--width=40"), routed("--width=40", "summary"));
    // A value is never a command word: this opens the reader on a library folder named list.
    assertEquals(List.of("read", "--library", "list"), routed("--library", "list"));
    Cli.Result r = brief("--library", "src/test/resources/library", "list");
    assertEquals(0, r.code(), r.err());
    assertEquals(3, r.out().lines().count(), r.out());
  }

  @Test
  void theOptionsThatTakeAValueAreTheCommandsOwn() {
    TreeSet<String> valued = new TreeSet<>();
    CommandLine root = Main.commandLine(CONTEXT);
    for (CommandLine sub : root.getSubcommands().values()) {
      for (OptionSpec o : sub.getCommandSpec().options()) {
        if (o.arity().max() > 0) {
          valued.add(o.longestName());
        }
      }
    }
    assertEquals(valued, new TreeSet<>(CommandWord.VALUED_OPTIONS));
  }

  @Test
  void theLauncherSkipsTheSameOptionValues() throws IOException {
    String launcher = Files.readString(Path.of("bin/brief"));
    Matcher m = Pattern.compile("(?m)^\\s+(--[a-z|-]+)\\) value=1").matcher(launcher);
    assertTrue(m.find(), "the launcher's list of options with a value");
    assertEquals(
        new TreeSet<>(CommandWord.VALUED_OPTIONS),
        new TreeSet<>(Arrays.asList(m.group(1).split("\\|"))));
  }
}
