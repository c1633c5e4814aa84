package brief.core;

/** How a point's basis is shown to a reader: a few words that say whose claim it is. */
public final class ClaimLabel {
  private ClaimLabel() {}

  /**
   * {@code author's claim}, {@code reported}, {@code Ilham Aliyev, paraphrased}, {@code analyst's
   * note}; empty for a point without basis.
   */
  public static String label(Briefing b, Point p) {
    return switch (p.basis()) {
      case NONE -> "";
      case AUTHOR -> "author's claim";
      case REPORTED -> "reported";
      case SPEAKER -> b.speakerName(p.speaker()) + ", paraphrased";
      case ANALYST -> "analyst's note";
    };
  }

  /**
   * Who wrote the source and, for an argument, that it is one: {@code opinion piece by Qabil
   * Ashirov}, {@code analysis by Desk report}; else the author alone (may be empty).
   */
  public static String authorship(Source source) {
    if (!isArgument(source)) {
      return source.author();
    }
    String kind = source.kind().equals("opinion") ? "opinion piece" : source.kind();
    return source.author().isEmpty() ? kind : kind + " by " + source.author();
  }

  /** Whether the source is someone's argument rather than news: its header says so. */
  public static boolean isArgument(Source source) {
    return source.kind().equals("opinion") || source.kind().equals("analysis");
  }
}
