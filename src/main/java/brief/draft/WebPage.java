package brief.draft;

import brief.load.Paragraphs;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * A saved web page: the article's own paragraphs, without the page around them (navigation,
 * scripts, styles, ads, captions, related links, comments, footers), and the title, author and
 * publication time from the page's metadata or byline. The only class that uses jsoup.
 */
final class WebPage {
  private WebPage() {}

  /** Elements that are never the article's text. */
  private static final String NEVER =
      "script, style, noscript, template, nav, header, footer, aside, form, iframe, "
          + "figure, figcaption, svg, button, select, [role=navigation], [role=complementary], [role=banner], "
          + "[role=contentinfo], [aria-hidden=true], [hidden]";

  /** Class or id words of page furniture. */
  private static final Pattern FURNITURE =
      Pattern.compile(
          "(?i)(^|[\\s_-])(ads?|advert\\w*|sponsor\\w*|promo\\w*"
              + "|comments?|comment-\\w+|related|recommended|share|sharing|social|newsletter|sidebar|caption|credit"
              + "|footer|menu|nav\\w*|breadcrumbs?|subscribe|cookies?|pull-?quote|widget|banner|popup|modal|tags|byline"
              + "|author|dateline|timestamp|meta|outbrain|taboola|most-read|trending|teaser|signup|paywall)($|[\\s_-])");

  static Article read(byte[] bytes, String name) throws DraftException {
    Document page;
    try {
      page = Jsoup.parse(new ByteArrayInputStream(bytes), null, "");
    } catch (IOException e) {
      throw new DraftException(
          DraftException.Kind.UNREADABLE, name + ": cannot read the page: " + e.getMessage());
    }
    String author =
        meta(
                page,
                "meta[name=author], meta[property=article:author], meta[name=byl], meta[name=dc.creator]")
            .filter(a -> !a.startsWith("http"))
            .or(() -> bylinePart(page, false))
            .orElse("");
    String published =
        meta(
                page,
                "meta[property=article:published_time], meta[name=date], meta[name=pubdate], "
                    + "meta[itemprop=datePublished], meta[name=dc.date], meta[name=publish-date]")
            .or(
                () ->
                    Optional.ofNullable(page.selectFirst("time[datetime]"))
                        .map(t -> t.attr("datetime")))
            .flatMap(Header::isoTimestamp)
            .or(() -> bylinePart(page, true))
            .orElse("");
    String title =
        meta(page, "meta[property=og:title], meta[name=twitter:title]")
            .or(() -> Optional.ofNullable(page.selectFirst("h1")).map(Element::text))
            .or(() -> Optional.of(page.title()))
            .map(CleanText::clean)
            .orElse("")
            .strip();
    String outlet = meta(page, "meta[property=og:site_name]").orElse("");
    String url =
        meta(page, "meta[property=og:url]")
            .or(
                () ->
                    Optional.ofNullable(page.selectFirst("link[rel=canonical]"))
                        .map(l -> l.attr("href")))
            .orElse("");
    String section =
        meta(page, "meta[property=article:section]").orElse("").toLowerCase(java.util.Locale.ROOT);
    String kind =
        section.contains("opinion") || section.contains("comment")
            ? "opinion"
            : section.contains("analysis") ? "analysis" : "";
    List<String> paragraphs = paragraphs(page, author);
    return new Article(
        CleanText.clean(title),
        CleanText.clean(author),
        published,
        CleanText.clean(outlet),
        CleanText.clean(url),
        kind,
        paragraphs,
        Set.of());
  }

  private static Optional<String> meta(Document page, String query) {
    for (Element e : page.select(query)) {
      String v = e.attr("content").strip();
      if (!v.isEmpty()) {
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }

  /** A byline element's parts: "Rashad Karimov, 3 February 2025" gives a name and a date. */
  private static Optional<String> bylinePart(Document page, boolean date) {
    for (Element e :
        page.select("[rel=author], [itemprop=author], [class~=(?i)byline|author|dateline]")) {
      for (String part : e.text().split("\\s*(?:[,|·•]|\\s[-–—]\\s)\\s*")) {
        Optional<String> found = date ? Header.published(part) : Header.byline(part);
        if (found.isPresent()) {
          return found;
        }
      }
    }
    return Optional.empty();
  }

  private static List<String> paragraphs(Document page, String author) {
    Element body = page.body();
    body.select(NEVER).remove();
    for (Element e : body.select("[class], [id]")) {
      if (e.parent() != null
          && !e.tagName().equals("body")
          && !e.tagName().equals("html")
          && FURNITURE.matcher(e.className() + " " + e.id()).find()
          && !isArticle(e)) {
        e.remove();
      }
    }
    Element root = articleRoot(body);
    List<String> out = new ArrayList<>();
    if (root.select("p").isEmpty()) {
      // No paragraph elements (text in <div>s or lines broken by <br>): the text's own blank lines
      // divide it.
      for (String p : Paragraphs.split(CleanText.clean(root.wholeText()))) {
        out.add(p.replaceAll("\\s+", " ").strip());
      }
      return out;
    }
    for (Element p : root.select("p, blockquote:not(:has(p))")) {
      String text = CleanText.clean(p.text()).strip();
      if (text.isEmpty()
          || (!author.isEmpty() && Header.byline(text).filter(author::equals).isPresent())
          || Header.published(text).isPresent()) {
        continue;
      }
      out.add(text);
    }
    return out;
  }

  /**
   * The article proper: an article element or an articleBody, else the block with the most
   * paragraph text.
   */
  private static Element articleRoot(Element body) {
    Elements marked = body.select("[itemprop=articleBody], article");
    if (!marked.isEmpty()) {
      return marked.stream()
          .max(java.util.Comparator.comparingInt(WebPage::paragraphText))
          .orElseThrow();
    }
    Element best = body;
    int bestScore = 0;
    for (Element p : body.select("p")) {
      Element parent = p.parent();
      int score = parent == null ? 0 : paragraphText(parent);
      if (score > bestScore) {
        best = parent;
        bestScore = score;
      }
    }
    return bestScore == 0 ? body : best;
  }

  private static int paragraphText(Element e) {
    return e.select("p").stream().mapToInt(p -> p.text().length()).sum();
  }

  /**
   * An element that holds the article itself, whatever its class says (an "article-meta" wrapper
   * around all of it).
   */
  private static boolean isArticle(Element e) {
    return e.is("article, [itemprop=articleBody]")
        || !e.select("article, [itemprop=articleBody]").isEmpty();
  }
}
