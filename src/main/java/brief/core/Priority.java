package brief.core;

import java.util.Locale;

/** How much a point matters; {@code HIGH} points make the condensed summary. */
public enum Priority {
  HIGH,
  NORMAL,
  LOW;

  /** The spelling used in briefing files. */
  public String word() {
    return name().toLowerCase(Locale.ROOT);
  }
}
