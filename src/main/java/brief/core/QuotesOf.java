package brief.core;

import java.util.List;

/**
 * Quotes of one briefing, names resolved in the whole of it (a list of these, not a map keyed by
 * briefing: hashing a briefing hashes all of it).
 */
public record QuotesOf(BriefingView briefing, List<Quote> quotes) {
  public QuotesOf {
    quotes = List.copyOf(quotes);
  }
}
