package brief.core;

import java.util.Locale;

public enum StakeholderKind {
  PERSON,
  STATE,
  ORGANIZATION,
  GROUP;

  /** The spelling used in briefing files. */
  public String word() {
    return name().toLowerCase(Locale.ROOT);
  }
}
