package brief.draft;

import java.util.List;
import java.util.regex.Pattern;

/**
 * YAML scalars and comments written by hand: plain where that is unambiguous, else double-quoted.
 */
final class Yaml {
  private Yaml() {}

  private static final Pattern PLAIN =
      Pattern.compile("[\\p{L}\\p{N}(][^\\n\"'#:]*[^\\s:]|[\\p{L}\\p{N}]");
  private static final Pattern RESERVED =
      Pattern.compile("(?i)(y|n|yes|no|true|false|on|off|null|~)");

  static String scalar(String s) {
    if (PLAIN.matcher(s).matches()
        && !RESERVED.matcher(s).matches()
        && !s.contains(" #")
        && !s.contains(": ")
        && !s.matches("[0-9.+\\-eE]+")) {
      return s;
    }
    return quoted(s);
  }

  static String quoted(String s) {
    StringBuilder b = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\t' -> b.append("\\t");
        default -> {
          if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == '\u2028' || c == '\u2029') {
            b.append(String.format("\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append('"').toString();
  }

  static String flow(List<String> items) {
    return "[" + String.join(", ", items.stream().map(Yaml::scalar).toList()) + "]";
  }

  /** Text for a comment: one line, nothing that ends it early. */
  static String comment(String s) {
    return s.replaceAll("\\s+", " ").strip();
  }
}
