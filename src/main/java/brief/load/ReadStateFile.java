package brief.load;

import brief.core.ReadMarks.Mark;
import brief.core.Seen;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The read-state file's text: a header line, then one line per briefing read, its id, when it was
 * read, the fingerprint of the version read, the name of its snapshot, and the statements that were
 * on screen ({@link Seen#format}: {@code *} all, {@code -} none, else their keys), separated by
 * tabs:
 *
 * <pre>
 * brief read state 2
 * water-talks-2024	2026-12-07T08:15:00Z	9f1c2a7be3d40a11	5d41…(64 hex digits, or -)	*
 * </pre>
 *
 * Text, so that a user can read it and remove a line; a line that is not one of these is damage,
 * skipped alone. A file of version 1 (four fields, written before statements were kept) is read as
 * every statement seen; one of a later version, by a newer brief, is not read at all.
 */
final class ReadStateFile {
  static final String HEADER = "brief read state 2";

  private static final String HEADER_1 = "brief read state 1";

  private ReadStateFile() {}

  /** The marks of a file, and the numbers of the lines skipped as damaged. */
  record Parsed(Map<String, Mark> marks, List<Integer> damaged) {}

  /** A file that a newer brief wrote: neither read nor replaced. */
  static final class Newer extends IOException {
    Newer(String header) {
      super("it was written by a newer brief ('" + header + "')");
    }
  }

  /**
   * The marks of a file, its damaged lines left out; an {@link IOException} when the whole of it is
   * damaged (not UTF-8, no header), {@link Newer} when a newer brief wrote it.
   */
  static Parsed parse(byte[] bytes) throws IOException {
    String text;
    try {
      // Strict: a malformed byte is damage, not a character to guess at.
      text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
    } catch (java.nio.charset.CharacterCodingException e) {
      throw new IOException("it is not UTF-8 text");
    }
    String[] lines = text.split("\n", -1);
    boolean first = lines[0].equals(HEADER_1);
    if (!first && !lines[0].equals(HEADER)) {
      if (lines[0].matches("brief read state [0-9]{1,9}")) {
        throw new Newer(lines[0]);
      }
      throw new IOException("line 1 is not '" + HEADER + "'");
    }
    int fields = first ? 4 : 5;
    Map<String, Mark> marks = new LinkedHashMap<>();
    List<Integer> damaged = new ArrayList<>();
    for (int i = 1; i < lines.length; i++) {
      if (i == lines.length - 1 && lines[i].isEmpty()) {
        break; // the file's last newline; a line without one was cut short, and is damage
      }
      String[] f = lines[i].split("\t", -1);
      if (f.length != fields
          || !kebab(f[0])
          || !time(f[1])
          || f[2].length() != 16
          || !(f[3].equals("-") || f[3].length() == 64)
          || fields == 5 && !Seen.valid(f[4])) {
        damaged.add(i + 1);
        continue;
      }
      String version = f[3].equals("-") ? "" : f[3];
      String seen = fields == 5 ? f[4] : Seen.ALL.format();
      // A version is a snapshot's name: checked where it is used (ReadState.lastRead).
      marks.put(f[0], new Mark(f[0], f[1], Long.parseUnsignedLong(f[2], 16), version, seen));
    }
    return new Parsed(marks, damaged);
  }

  // Checked by hand, not by patterns: a cold JVM took 50 ms to match 2,000 lines' fields.

  /** An id as the format has it: {@code [a-z0-9]+(-[a-z0-9]+)*}. */
  private static boolean kebab(String s) {
    if (s.isEmpty() || s.charAt(0) == '-' || s.charAt(s.length() - 1) == '-') {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean word = c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
      if (!word && (c != '-' || s.charAt(i - 1) == '-')) {
        return false;
      }
    }
    return true;
  }

  /** An ISO-8601 instant in UTC as {@code Instant.toString} writes it. */
  private static boolean time(String s) {
    if (s.length() < 20 || s.length() > 30 || s.charAt(s.length() - 1) != 'Z') {
      return false;
    }
    for (int i = 0; i < s.length() - 1; i++) {
      char c = s.charAt(i);
      boolean ok =
          switch (i) {
            case 4, 7 -> c == '-';
            case 10 -> c == 'T';
            case 13, 16 -> c == ':';
            default -> c >= '0' && c <= '9' || i > 18 && c == '.';
          };
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  static byte[] format(Map<String, Mark> marks) {
    StringBuilder out = new StringBuilder(HEADER).append('\n');
    for (Mark m : marks.values()) {
      out.append(m.id())
          .append('\t')
          .append(m.readAt())
          .append('\t')
          .append(String.format("%016x", m.fingerprint()))
          .append('\t')
          .append(m.version().isEmpty() ? "-" : m.version())
          .append('\t')
          .append(m.seen())
          .append('\n');
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** A copy of a damaged file at {@code aside}, for its owner to look at; whether it was kept. */
  static boolean keepAside(java.nio.file.Path aside, byte[] bytes) {
    try {
      if (bytes != null) {
        CacheFolder.write(aside, out -> out.write(bytes));
      }
      return bytes != null;
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }
}
