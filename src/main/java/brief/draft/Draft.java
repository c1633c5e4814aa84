package brief.draft;

import java.util.List;

/**
 * A draft briefing: its id, the YAML text, where its source text goes ({@code sources/ID.txt}
 * relative to the briefing; empty when the draft has none) and that text, and the quotes found with
 * their speakers' names (empty: unknown).
 */
public record Draft(
    String id, String yaml, String sourceTextPath, String sourceText, List<Quote> quotes) {
  public Draft {
    quotes = List.copyOf(quotes);
  }

  /** A quote as drafted: verbatim text, its paragraph, its speaker's name or "" when unknown. */
  public record Quote(String text, int paragraph, String speaker) {}
}
