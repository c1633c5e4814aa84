package brief.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TerminalEnvironmentTest {
  private static TerminalEnvironment env(String... nameValue) {
    Map<String, String> vars = new java.util.HashMap<>();
    for (int i = 0; i < nameValue.length; i += 2) {
      vars.put(nameValue[i], nameValue[i + 1]);
    }
    return new TerminalEnvironment(vars);
  }

  @Test
  void theFirstLocaleVariableSetDecidesTheCharsetAndNoneSetIsTheCallersDefault() {
    assertTrue(env("LANG", "en_US.UTF-8").utf8(false));
    assertTrue(env("LC_ALL", "tr_TR.utf8", "LANG", "C").utf8(false));
    assertFalse(env("LC_ALL", "C", "LANG", "en_US.UTF-8").utf8(true));
    assertFalse(env("LC_CTYPE", "az_AZ.ISO-8859-9").utf8(true));
    assertEquals("LC_CTYPE", env("LC_CTYPE", "C", "LANG", "de_DE.UTF-8").localeVariable());
    assertFalse(env().utf8(false), "a local process with no locale is in C");
    assertTrue(env().utf8(true), "an SSH client that sends none says nothing");
    assertTrue(env("LANG", "").utf8(true), "set but empty is unset");
  }

  @Test
  void hyperlinksOnlyOnTerminalsKnownToShowThem() {
    assertTrue(env("TERM", "xterm-256color", "VTE_VERSION", "7200").hyperlinks());
    assertFalse(env("TERM", "xterm-256color", "VTE_VERSION", "4800").hyperlinks());
    assertTrue(env("TERM", "xterm-kitty").hyperlinks());
    assertTrue(env("TERM", "foot-extra").hyperlinks());
    assertTrue(env("TERM", "xterm-256color", "TERM_PROGRAM", "WezTerm").hyperlinks());
    assertFalse(env("TERM", "xterm-256color").hyperlinks(), "xterm's name alone says nothing");
    assertFalse(env("TERM", "linux").hyperlinks(), "the Linux console prints OSC 8 as text");
    assertFalse(env("TERM", "dumb", "KITTY_WINDOW_ID", "1").hyperlinks());
    assertFalse(env("VTE_VERSION", "7200").hyperlinks(), "no TERM, no terminal");
  }

  @Test
  void anXdgFolderIsTakenOnlyWhenAbsoluteElseTheHomesOne() {
    assertEquals(
        java.nio.file.Path.of("/x/cfg/brief"),
        env("XDG_CONFIG_HOME", "/x/cfg", "HOME", "/h").baseDirectory("XDG_CONFIG_HOME", ".config"));
    assertEquals(
        java.nio.file.Path.of("/h/.config/brief"),
        env("XDG_CONFIG_HOME", "cfg", "HOME", "/h").baseDirectory("XDG_CONFIG_HOME", ".config"),
        "a relative XDG_CONFIG_HOME is ignored");
    assertEquals(
        java.nio.file.Path.of("/h/.local/state/brief"),
        env("HOME", "/h").baseDirectory("XDG_STATE_HOME", ".local", "state"));
    assertEquals(null, env().baseDirectory("XDG_CACHE_HOME", ".cache"), "no home, no folder");
  }

  @Test
  void noColorIsAnyValueButEmpty() {
    assertTrue(env("NO_COLOR", "1").noColor());
    assertFalse(env("NO_COLOR", "").noColor());
    assertFalse(env().noColor());
  }
}
