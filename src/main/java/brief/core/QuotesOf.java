package brief.core;

import java.util.List;

/**
 * Quotes of one briefing (a list of these, not a map keyed by briefing: hashing a briefing hashes
 * all of it).
 */
public record QuotesOf(Briefing briefing, List<Quote> quotes) {
  public QuotesOf {
    quotes = List.copyOf(quotes);
  }
}
