package brief.load;

import brief.core.ReadMarks.Mark;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The read-state file's text: a header line, then one line per briefing read, its id, when it was
 * read, the fingerprint of the version read and the name of its snapshot, separated by tabs:
 *
 * <pre>
 * brief read state 1
 * water-talks-2024	2026-12-07T08:15:00Z	9f1c2a7be3d40a11	5d41…(64 hex digits, or -)
 * </pre>
 *
 * Text, so that a user can read it and remove a line; anything else in it is damage.
 */
final class ReadStateFile {
  static final String HEADER = "brief read state 1";
  private static final Pattern ID = Fields.KEBAB;
  private static final Pattern TIME = Pattern.compile("\\d{4}-\\d\\d-\\d\\dT[0-9:.]+Z");
  private static final Pattern FINGERPRINT = Pattern.compile("[0-9a-f]{16}");
  private static final Pattern VERSION = Pattern.compile("[0-9a-f]{64}|-");

  private ReadStateFile() {}

  /** The marks of a file; an {@link IOException} naming the line when it is damaged. */
  static Map<String, Mark> parse(byte[] bytes) throws IOException {
    // Strict: a malformed byte is damage, not a character to guess at.
    String text =
        StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
    String[] lines = text.split("\n", -1);
    if (!lines[0].equals(HEADER)) {
      throw new IOException("line 1 is not '" + HEADER + "'");
    }
    if (!lines[lines.length - 1].isEmpty()) {
      throw new IOException("it ends in the middle of a line");
    }
    Map<String, Mark> marks = new LinkedHashMap<>();
    for (int i = 1; i < lines.length - 1; i++) {
      String[] f = lines[i].split("\t", -1);
      if (f.length != 4
          || !ID.matcher(f[0]).matches()
          || !TIME.matcher(f[1]).matches()
          || !FINGERPRINT.matcher(f[2]).matches()
          || !VERSION.matcher(f[3]).matches()) {
        throw new IOException("line " + (i + 1) + " is not 'ID, time, fingerprint, version'");
      }
      String version = f[3].equals("-") ? "" : f[3];
      marks.put(f[0], new Mark(f[0], f[1], Long.parseUnsignedLong(f[2], 16), version));
    }
    return marks;
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
          .append('\n');
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }
}
