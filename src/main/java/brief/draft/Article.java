package brief.draft;

import java.util.List;
import java.util.Set;

/**
 * An article as read: its paragraphs (numbered from 1 in the source text written next to the draft)
 * and what its header or metadata said. Empty strings where nothing was found; {@code header} holds
 * the numbers of paragraphs that are header lines (date, byline), kept in the text so numbers match
 * the article but never made into points.
 */
record Article(
    String title,
    String author,
    String published,
    String outlet,
    String url,
    String kind,
    List<String> paragraphs,
    Set<Integer> header) {
  Article {
    paragraphs = List.copyOf(paragraphs);
    header = Set.copyOf(header);
  }

  /** The source text as written next to the draft: paragraphs separated by blank lines. */
  String text() {
    return String.join("\n\n", paragraphs) + "\n";
  }
}
