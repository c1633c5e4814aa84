package brief.core;

import java.util.List;

/** The English names of the months, January first: for dates written in words. */
public final class Months {
  private Months() {}

  public static final List<String> NAMES =
      List.of(
          "January",
          "February",
          "March",
          "April",
          "May",
          "June",
          "July",
          "August",
          "September",
          "October",
          "November",
          "December");
}
