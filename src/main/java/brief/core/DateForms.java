package brief.core;

import java.util.regex.Pattern;

/**
 * The common written forms of a timeline date, as one pattern: {@code 2025} for a year; {@code July
 * 2025}, {@code Jul. 2025} or {@code 2025-07} for a month; {@code 2025-07-20}, {@code 20 July
 * 2025}, {@code 20th July}, {@code July 20, 2025} or {@code July 20} for a day (the year of an
 * article is often left out, but {@code 20 July 1999} is not 2025-07-20).
 */
final class DateForms {
  private DateForms() {}

  static Pattern pattern(String date) {
    if (!date.matches("[0-9]{4}(-(0[1-9]|1[0-2])(-[0-3][0-9])?)?")) {
      return compile(Pattern.quote(date)); // not a date of the format: the loader reports it
    }
    String year = date.length() >= 4 ? date.substring(0, 4) : date;
    if (date.length() == 4) {
      return compile(year);
    }
    int month = Integer.parseInt(date.substring(5, 7));
    String name = monthName(month);
    if (date.length() == 7) {
      return compile(Pattern.quote(date) + "|" + name + "\\s+" + year);
    }
    String day = String.valueOf(Integer.parseInt(date.substring(8, 10)));
    String d = "0?" + day + "(?:st|nd|rd|th)?";
    // The year may be left out, but a day written with another year is another date.
    String sameYear = "(?:,?\\s+" + year + "|(?!,?\\s+[0-9]{4}(?![0-9])))";
    return compile(
        Pattern.quote(date)
            + "|"
            + d
            + "\\s+(?:of\\s+)?"
            + name
            + sameYear
            + "|"
            + name
            + "\\s+"
            + d
            + sameYear);
  }

  /** A day of a month in any year: {@code monthDay} is MM-DD. */
  static Pattern dayMonth(String monthDay) {
    String name = monthName(Integer.parseInt(monthDay.substring(0, 2)));
    String d = "0?" + Integer.parseInt(monthDay.substring(3, 5)) + "(?:st|nd|rd|th)?";
    return compile(
        "[0-9]{4}-"
            + Pattern.quote(monthDay)
            + "|"
            + d
            + "\\s+(?:of\\s+)?"
            + name
            + "|"
            + name
            + "\\s+"
            + d);
  }

  /** The month's name or its abbreviation ({@code Sept.} too). */
  private static String monthName(int month) {
    String full = Months.NAMES.get(month - 1);
    String abbreviation = full.substring(0, 3) + (month == 9 ? "t?" : "");
    return "(?:" + full + "|" + abbreviation + "\\.?)";
  }

  private static Pattern compile(String alternatives) {
    return Pattern.compile(
        "(?<![\\p{L}\\p{N}])(?:" + alternatives + ")(?![\\p{L}\\p{N}])",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }
}
