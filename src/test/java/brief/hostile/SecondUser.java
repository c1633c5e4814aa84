package brief.hostile;

import java.util.concurrent.TimeUnit;

/**
 * The second local user of the shared-host tests, made with useradd when the tests run as root (as
 * here and in CI); tests that need one skip with a reason otherwise.
 */
public final class SecondUser {
  public static final String NAME = "brief-hostile";

  private SecondUser() {}

  public static boolean root() {
    return "root".equals(System.getProperty("user.name"));
  }

  /** Whether the user exists, making it first if need be; false when it cannot be made. */
  public static boolean available() throws Exception {
    if (!root()) {
      return false;
    }
    if (run("id", NAME) == 0) {
      return true;
    }
    return run(
                "useradd",
                "--system",
                "--user-group",
                "--no-create-home",
                "--shell",
                "/usr/sbin/nologin",
                NAME)
            == 0
        || run("id", NAME) == 0;
  }

  static int run(String... command) throws Exception {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    p.getInputStream().readAllBytes();
    if (!p.waitFor(60, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("timed out: " + String.join(" ", command));
    }
    return p.exitValue();
  }
}
