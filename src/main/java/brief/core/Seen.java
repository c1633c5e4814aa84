package brief.core;

import java.util.Set;
import java.util.TreeSet;

/**
 * Which statements of a briefing its reader has had on screen: every one of the version read
 * ({@link #ALL}: what a briefing marked read as a whole, or by a version of brief that kept no
 * more, stands for), or those whose {@link #key} is in {@code keys}. A key is made from the
 * statement's text, so a statement changed in a revision is unread again, and one left alone stays
 * read.
 */
public record Seen(boolean all, Set<String> keys) {
  public static final Seen ALL = new Seen(true, Set.of());
  public static final Seen NONE = new Seen(false, Set.of());

  public Seen {
    keys = Set.copyOf(keys);
  }

  /** The key of a statement shown as {@code text}: 8 hex digits of its hash (String's, fixed). */
  public static String key(String text) {
    return String.format("%08x", text.hashCode());
  }

  public static Seen of(Set<String> keys) {
    return new Seen(false, keys);
  }

  /** As the read-state file keeps it: {@code *}, {@code -} for none, else keys by commas. */
  public String format() {
    return all ? "*" : keys.isEmpty() ? "-" : String.join(",", new TreeSet<>(keys));
  }

  /** What {@link #format} wrote; an IllegalArgumentException for anything else. */
  public static Seen parse(String field) {
    if (field.equals("*")) {
      return ALL;
    }
    if (field.equals("-")) {
      return NONE;
    }
    Set<String> keys = new TreeSet<>();
    for (String k : field.split(",", -1)) {
      if (!isKey(k)) {
        throw new IllegalArgumentException("'" + k + "' is not a statement's key");
      }
      keys.add(k);
    }
    return of(keys);
  }

  /** Whether {@code field} is one {@link #parse} takes, checked without making the set. */
  public static boolean valid(String field) {
    if (field.equals("*") || field.equals("-")) {
      return true;
    }
    if ((field.length() + 1) % 9 != 0) {
      return false;
    }
    for (int i = 0; i < field.length(); i++) {
      char c = field.charAt(i);
      boolean ok = i % 9 == 8 ? c == ',' : c >= '0' && c <= '9' || c >= 'a' && c <= 'f';
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  private static boolean isKey(String k) {
    return k.length() == 8 && valid(k);
  }
}
