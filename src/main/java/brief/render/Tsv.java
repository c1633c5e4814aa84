package brief.render;

import java.util.List;

/**
 * Records as tab-separated values: a header line of field names, then one line a record, as {@code
 * cut}, {@code awk -F'\t'} and spreadsheets read them. A tab, newline, carriage return or backslash
 * inside a value is written as {@code \t}, {@code \n}, {@code \r} or {@code \\}, so a line is
 * always one record; a list's items are joined with commas, a match as {@code start-end}. Briefing
 * text is sanitized, as everywhere.
 */
public final class Tsv {
  private Tsv() {}

  /** The header line and every record (of one kind); nothing when there is none. */
  public static String render(List<Fields> records, boolean ascii) {
    StringBuilder out = new StringBuilder();
    if (records.isEmpty()) {
      return "";
    }
    out.append(String.join("\t", records.get(0).names())).append('\n');
    for (Fields r : records) {
      List<Fields.Field> fields = r.list();
      for (int i = 0; i < fields.size(); i++) {
        if (i > 0) {
          out.append('\t');
        }
        String value = escaped(value(fields.get(i).value()));
        out.append(ascii ? Ascii.transliterate(value) : value);
      }
      out.append('\n');
    }
    return out.toString();
  }

  private static String value(Object v) {
    if (v instanceof Fields.Spans spans) {
      StringBuilder b = new StringBuilder();
      for (int[] s : spans.ranges()) {
        b.append(b.length() == 0 ? "" : ",").append(s[0]).append('-').append(s[1]);
      }
      return b.toString();
    }
    if (v instanceof List<?> list) {
      StringBuilder b = new StringBuilder();
      for (Object item : list) {
        b.append(b.length() == 0 ? "" : ",").append(item);
      }
      return b.toString();
    }
    return String.valueOf(v);
  }

  /** One value on one line, safe for a terminal. */
  static String escaped(String raw) {
    StringBuilder b = new StringBuilder(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      switch (c) {
        case '\\' -> b.append("\\\\");
        case '\t' -> b.append("\\t");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        default -> b.append(c);
      }
    }
    return Sanitizer.clean(b.toString());
  }
}
