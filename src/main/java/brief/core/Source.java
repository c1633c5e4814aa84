package brief.core;

import java.util.List;

/**
 * Where the briefing comes from. {@code textPath} is the path written in the file; {@code
 * paragraphs} is that text split into paragraphs when the loader could read it, else empty.
 */
public record Source(
    String author,
    String outlet,
    String title,
    String url,
    String kind,
    String published,
    String textPath,
    List<String> paragraphs) {
  public static final Source NONE = new Source("", "", "", "", "", "", "", List.of());

  public Source {
    paragraphs = List.copyOf(paragraphs);
  }

  public Source withParagraphs(List<String> text) {
    return new Source(author, outlet, title, url, kind, published, textPath, text);
  }
}
