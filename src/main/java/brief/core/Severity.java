package brief.core;

import java.util.Locale;

/** How much a problem in a briefing weighs: an error makes the file invalid, a warning does not. */
public enum Severity {
  ERROR,
  WARNING;

  /** As printed after the place: {@code error} or {@code warning}. */
  public String word() {
    return name().toLowerCase(Locale.ROOT);
  }
}
