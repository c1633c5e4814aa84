package brief.draft;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Header lines of an article: a publication date line (the seed article's {@code date 2025-07-20 20
 * July 2025 20:50 (UTC+04:00)}, {@code Published: July 20, 2025}) and a byline ({@code Qabil
 * Ashirov}, {@code By Jane Doe}). A date with a time and an offset becomes an ISO date-time with
 * that offset; without an offset, only the date is kept (the format wants an offset on a time).
 */
final class Header {
  private Header() {}

  private static final Map<String, Integer> MONTHS =
      Map.ofEntries(
          Map.entry("jan", 1),
          Map.entry("feb", 2),
          Map.entry("mar", 3),
          Map.entry("apr", 4),
          Map.entry("may", 5),
          Map.entry("jun", 6),
          Map.entry("jul", 7),
          Map.entry("aug", 8),
          Map.entry("sep", 9),
          Map.entry("oct", 10),
          Map.entry("nov", 11),
          Map.entry("dec", 12));
  private static final String MONTH = "(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?";
  private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
  private static final Pattern DAY_MONTH =
      Pattern.compile("\\b(\\d{1,2}) " + MONTH + ",? (\\d{4})\\b");
  private static final Pattern MONTH_DAY =
      Pattern.compile("\\b" + MONTH + " (\\d{1,2}),? (\\d{4})\\b");
  private static final Pattern TIME =
      Pattern.compile(
          "\\b(\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?:\\s*([ap])\\.?m\\.?)?", Pattern.CASE_INSENSITIVE);
  private static final Pattern OFFSET =
      Pattern.compile(
          "(?:\\b(?:UTC|GMT)\\s*([+-−])\\s*(\\d{1,2})(?::?(\\d{2}))?)|(?:\\d([+-])(\\d{2}):?(\\d{2})\\b)|\\b(UTC|GMT|Z)\\b");

  /** What a date line may hold besides the date itself. */
  private static final Pattern DATE_LINE_WORDS =
      Pattern.compile(
          "(?i)\\b(date|dated|published|updated|posted|last|modified|on|at|am|pm|a\\.m|p\\.m|utc|gmt|z"
              + "|mon|tue|wed|thu|fri|sat|sun)[a-z]*\\b|[0-9]+|[\\p{Punct}–—−()|]+");

  private static final Pattern NAME_WORD =
      Pattern.compile("(\\p{Lu}[\\p{L}’'\\-]*\\.?|de|da|van|von|der|bin|al|ibn|la|le|du|dos)");

  /** The publication time a short date line gives, as ISO 8601; empty when it is not one. */
  static Optional<String> published(String paragraph) {
    if (paragraph.length() > 120 || paragraph.contains("\n")) {
      return Optional.empty();
    }
    Optional<LocalDate> date = date(paragraph);
    if (date.isEmpty()) {
      return Optional.empty();
    }
    String rest =
        DATE_LINE_WORDS
            .matcher(MONTH_WORDS.matcher(paragraph).replaceAll(" "))
            .replaceAll(" ")
            .strip();
    if (!rest.isEmpty()) {
      return Optional.empty();
    }
    Matcher time = TIME.matcher(paragraph);
    Optional<ZoneOffset> offset = offset(paragraph);
    if (!time.find() || offset.isEmpty()) {
      return Optional.of(date.get().toString());
    }
    int hour = Integer.parseInt(time.group(1)) % 24;
    if (time.group(4) != null) {
      hour = hour % 12 + (time.group(4).equalsIgnoreCase("p") ? 12 : 0);
    }
    LocalTime clock =
        LocalTime.of(
            hour,
            Integer.parseInt(time.group(2)) % 60,
            time.group(3) == null ? 0 : Integer.parseInt(time.group(3)) % 60);
    return Optional.of(
        LocalDateTime.of(date.get(), clock)
            .atOffset(offset.get())
            .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
  }

  private static final Pattern MONTH_WORDS = Pattern.compile("(?i)\\b" + MONTH);

  /** An ISO date-time or date as found in page metadata, normalised; empty when unreadable. */
  static Optional<String> isoTimestamp(String value) {
    String v = value.strip();
    Matcher m =
        Pattern.compile(
                "^(\\d{4}-\\d{2}-\\d{2})(?:[T ](\\d{2}:\\d{2})(:\\d{2})?(?:\\.\\d+)?(Z|[+-]\\d{2}:?\\d{2})?)?$")
            .matcher(v);
    if (!m.matches()) {
      return published(v);
    }
    if (m.group(2) == null || m.group(4) == null) {
      return Optional.of(m.group(1));
    }
    String offset =
        m.group(4).equals("Z")
            ? "Z"
            : m.group(4).length() == 5
                ? m.group(4).substring(0, 3) + ":" + m.group(4).substring(3)
                : m.group(4);
    String time = m.group(2) + (m.group(3) == null ? ":00" : m.group(3));
    String iso = m.group(1) + "T" + time + offset;
    try {
      return Optional.of(
          java.time.OffsetDateTime.parse(iso).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
    } catch (java.time.DateTimeException e) {
      return Optional.of(m.group(1));
    }
  }

  private static Optional<LocalDate> date(String s) {
    try {
      Matcher m = ISO.matcher(s);
      if (m.find()) {
        return Optional.of(
            LocalDate.of(
                Integer.parseInt(m.group(1)),
                Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3))));
      }
      m = DAY_MONTH.matcher(s);
      if (m.find()) {
        return Optional.of(
            LocalDate.of(
                Integer.parseInt(m.group(3)), month(m.group(2)), Integer.parseInt(m.group(1))));
      }
      m = MONTH_DAY.matcher(s);
      if (m.find()) {
        return Optional.of(
            LocalDate.of(
                Integer.parseInt(m.group(3)), month(m.group(1)), Integer.parseInt(m.group(2))));
      }
    } catch (java.time.DateTimeException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  private static int month(String name) {
    return MONTHS.get(name.substring(0, 3).toLowerCase(Locale.ROOT));
  }

  private static Optional<ZoneOffset> offset(String s) {
    Matcher m = OFFSET.matcher(s);
    if (!m.find()) {
      return Optional.empty();
    }
    try {
      if (m.group(7) != null) {
        return Optional.of(ZoneOffset.UTC);
      }
      boolean utcForm = m.group(1) != null;
      String sign = utcForm ? m.group(1) : m.group(4);
      int hours = Integer.parseInt(utcForm ? m.group(2) : m.group(5));
      String min = utcForm ? m.group(3) : m.group(6);
      int minutes = min == null ? 0 : Integer.parseInt(min);
      int direction = sign.equals("+") ? 1 : -1;
      return Optional.of(ZoneOffset.ofHoursMinutes(direction * hours, direction * minutes));
    } catch (java.time.DateTimeException e) {
      return Optional.empty();
    }
  }

  private static final Pattern NOT_NAMES =
      Pattern.compile(
          "\\b(The|A|An|And|Of|In|On|For|To|With|At|From|As|Is|Are|Will|Says?|New|Why|How|What)\\b");

  /**
   * The author a lone byline names ({@code By Jane Doe}, {@code Qabil Ashirov}); empty when it is
   * not one.
   */
  static Optional<String> byline(String paragraph) {
    String s = paragraph.strip();
    if (s.length() > 80 || s.contains("\n") || s.chars().anyMatch(Character::isDigit)) {
      return Optional.empty();
    }
    boolean by = s.regionMatches(true, 0, "by ", 0, 3);
    if (by) {
      s = s.substring(3).strip();
    }
    // "Jane Doe, Reuters" or "Jane Doe | Staff writer": the name comes first.
    s = s.split("[,|]", 2)[0].strip();
    String[] words = s.split("\\s+");
    if (!by && NOT_NAMES.matcher(s).find()) {
      return Optional.empty();
    }
    if (words.length < (by ? 1 : 2)
        || words.length > 4
        || s.endsWith(".") && !s.matches(".*\\b\\p{Lu}\\.$")) {
      return Optional.empty();
    }
    for (String w : words) {
      if (!NAME_WORD.matcher(w).matches()) {
        return Optional.empty();
      }
    }
    return Optional.of(s);
  }
}
