package brief.serve;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.sshd.server.command.CommandFactory;

/**
 * The options of one authorized-keys line, as sshd(8) reads them: {@code from="PATTERNS"} (the
 * client's address must match), {@code no-pty}, {@code restrict} (no pty, no forwarding; {@code
 * pty} after it gives the pty back), {@code command="LOOKUP"} (the one lookup this key may run,
 * whatever the client asks for). The {@code no-*-forwarding} and {@code no-user-rc} options say
 * what brief never offers anyway. Any other option (such as {@code cert-authority}, {@code
 * permitopen} or {@code environment}) refuses the whole line, since ignoring it would let in more
 * than the line's author meant.
 */
record KeyOptions(List<String> from, boolean pty, String command) {
  static final KeyOptions NONE = new KeyOptions(null, true, null);

  private static final Set<String> NEVER_OFFERED =
      Set.of("no-port-forwarding", "no-agent-forwarding", "no-x11-forwarding", "no-user-rc");

  /** A line that is not used, and why. */
  static final class Refused extends Exception {
    Refused(String why) {
      super(why);
    }
  }

  /**
   * Parses the options field (comma-separated, values in double quotes, {@code \"} inside them).
   * {@code lookupRefusal} says why a command line is not a lookup brief serves, or null when it is.
   */
  static KeyOptions parse(String field, java.util.function.Function<List<String>, String> refusal)
      throws Refused {
    List<String> from = null;
    boolean pty = true;
    String command = null;
    for (String option : split(field)) {
      int eq = option.indexOf('=');
      String name = (eq < 0 ? option : option.substring(0, eq)).toLowerCase(Locale.ROOT);
      String value = eq < 0 ? null : unquote(option.substring(eq + 1));
      switch (name) {
        case "restrict" -> pty = false;
        case "no-pty" -> pty = false;
        case "pty" -> pty = true;
        case "from" -> {
          if (value == null || value.isEmpty()) {
            throw new Refused("from= needs a list of address patterns");
          }
          from = List.of(value.split(","));
        }
        case "command" -> {
          if (value == null) {
            throw new Refused("command= needs a command line");
          }
          String why = refusal.apply(CommandFactory.split(value));
          if (why != null) {
            throw new Refused("command=\"" + value + "\" is not a lookup brief serve runs: " + why);
          }
          command = value;
        }
        default -> {
          if (!NEVER_OFFERED.contains(name) || value != null) {
            throw new Refused(
                "the option "
                    + name
                    + " is not supported by brief serve, so the line is not used"
                    + " (supported: from=, command=, no-pty, restrict, pty)");
          }
        }
      }
    }
    return new KeyOptions(from == null ? null : List.copyOf(from), pty, command);
  }

  /** Whether a client at {@code address} may use the key (always, without {@code from=}). */
  boolean admits(InetAddress address) {
    if (from == null) {
      return true;
    }
    if (address == null) {
      return false;
    }
    String ip = address.getHostAddress();
    boolean matched = false;
    for (String pattern : from) {
      boolean negated = pattern.startsWith("!");
      String p = negated ? pattern.substring(1) : pattern;
      if (matches(p, ip, address)) {
        if (negated) {
          return false;
        }
        matched = true;
      }
    }
    return matched;
  }

  private static boolean matches(String pattern, String ip, InetAddress address) {
    int slash = pattern.indexOf('/');
    if (slash > 0) {
      return inCidr(pattern.substring(0, slash), pattern.substring(slash + 1), address);
    }
    return glob(pattern.toLowerCase(Locale.ROOT), 0, ip.toLowerCase(Locale.ROOT), 0);
  }

  private static boolean inCidr(String network, String bits, InetAddress address) {
    try {
      if (!network.matches("[0-9a-fA-F:.]+")) {
        return false; // a name is never looked up
      }
      byte[] net = InetAddress.getByName(network).getAddress();
      byte[] addr = address.getAddress();
      int n = Integer.parseInt(bits);
      if (net.length != addr.length || n < 0 || n > net.length * 8) {
        return false;
      }
      for (int i = 0; i < n; i++) {
        int mask = 0x80 >> (i % 8);
        if ((net[i / 8] & mask) != (addr[i / 8] & mask)) {
          return false;
        }
      }
      return true;
    } catch (java.net.UnknownHostException | NumberFormatException e) {
      return false;
    }
  }

  /** OpenSSH's pattern: {@code *} any run of characters, {@code ?} one. */
  private static boolean glob(String p, int i, String s, int j) {
    while (i < p.length()) {
      char c = p.charAt(i);
      if (c == '*') {
        for (int k = j; k <= s.length(); k++) {
          if (glob(p, i + 1, s, k)) {
            return true;
          }
        }
        return false;
      }
      if (j >= s.length() || c != '?' && c != s.charAt(j)) {
        return false;
      }
      i++;
      j++;
    }
    return j == s.length();
  }

  private static List<String> split(String field) throws Refused {
    List<String> options = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < field.length(); i++) {
      char c = field.charAt(i);
      if (quoted && c == '\\' && i + 1 < field.length() && field.charAt(i + 1) == '"') {
        current.append("\\\"");
        i++;
      } else if (c == '"') {
        quoted = !quoted;
        current.append(c);
      } else if (c == ',' && !quoted) {
        options.add(current.toString());
        current.setLength(0);
      } else {
        current.append(c);
      }
    }
    if (quoted) {
      throw new Refused("an option's quotes are not closed");
    }
    options.add(current.toString());
    for (String o : options) {
      if (o.isEmpty()) {
        throw new Refused("an empty option (two commas in a row)");
      }
    }
    return options;
  }

  private static String unquote(String value) throws Refused {
    if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
      return value.substring(1, value.length() - 1).replace("\\\"", "\"");
    }
    throw new Refused("an option's value must be in double quotes");
  }
}
