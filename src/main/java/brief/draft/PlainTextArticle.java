package brief.draft;

import brief.load.Paragraphs;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A plain-text article: paragraphs separated by blank lines, perhaps opened by header lines (a
 * headline, a date line, a byline). The header stays in the source text, so paragraph numbers match
 * the article the analyst has, but it gives fields instead of points.
 */
final class PlainTextArticle {
  private PlainTextArticle() {}

  /** How many opening paragraphs may be header lines. */
  private static final int HEADER_LINES = 4;

  static Article read(String text) {
    List<String> paragraphs = Paragraphs.split(CleanText.clean(text));
    String title = "";
    String author = "";
    String published = "";
    Set<Integer> header = new HashSet<>();
    String bareName = "";
    int bareNameAt = 0;
    for (int i = 0; i < Math.min(HEADER_LINES, paragraphs.size()); i++) {
      String p = paragraphs.get(i);
      Optional<String> date = published.isEmpty() ? Header.published(p) : Optional.empty();
      Optional<String> byline = author.isEmpty() ? Header.byline(p) : Optional.empty();
      if (date.isPresent()) {
        published = date.get();
      } else if (byline.isPresent() && p.regionMatches(true, 0, "by ", 0, 3)) {
        author = byline.get();
      } else if (byline.isPresent() && bareName.isEmpty()) {
        // A bare name is a byline only beside a date line; else it may be a headline.
        bareName = byline.get();
        bareNameAt = i + 1;
        continue;
      } else if (i == 0 && isHeadline(p)) {
        title = p;
      } else {
        break;
      }
      header.add(i + 1);
    }
    if (!bareName.isEmpty() && !published.isEmpty()) {
      author = bareName;
      header.add(bareNameAt);
    } else if (!bareName.isEmpty() && bareNameAt == 1) {
      title = bareName;
      header.add(1);
    }
    return new Article(title, author, published, "", "", "", paragraphs, header);
  }

  private static boolean isHeadline(String p) {
    return p.length() <= 120
        && !p.contains("\n")
        && !p.matches("(?s).*[.!?:,;]\\s*$")
        && p.split("\\s+").length <= 16;
  }
}
