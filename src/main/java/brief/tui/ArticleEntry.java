package brief.tui;

import brief.core.Briefing;
import java.util.ArrayList;
import java.util.List;

/**
 * The Source entry: the article, paragraph by paragraph as the briefing cites it, under the line
 * that says where it was published; {@code y} copies a paragraph with its citation.
 */
final class ArticleEntry {
  private ArticleEntry() {}

  static Entry of(Briefing b, Glyphs g) {
    List<Item> items = new ArrayList<>();
    List<String> paragraphs = b.source().paragraphs();
    for (int i = 0; i < paragraphs.size(); i++) {
      items.add(
          new Item(
                  List.of(
                      new Para(
                          0,
                          g.paragraph() + (i + 1) + " ",
                          Role.DIM,
                          g.text(paragraphs.get(i)),
                          Role.NORMAL)),
                  paragraphs.get(i))
              .withCopy(Citation.of(b, paragraphs.get(i), List.of(i + 1), "")));
    }
    String about =
        String.join(
            " · ",
            List.of(b.source().title(), b.source().outlet(), b.source().url()).stream()
                .filter(s -> !s.isEmpty())
                .toList());
    if (items.isEmpty()) {
      items.add(
          new Item(
              List.of(
                  Para.plain(0, "No source text comes with this briefing.", Role.DIM),
                  Para.plain(0, g.text(about), Role.NORMAL)),
              about));
    } else if (!about.isEmpty()) {
      // Where the article is, above its first paragraph (the Overview shows the address too).
      List<Para> paras = new ArrayList<>();
      paras.add(Para.plain(0, g.text(about), Role.DIM));
      paras.add(Para.plain(0, "", Role.NORMAL));
      paras.addAll(items.get(0).paras());
      items.set(0, items.get(0).withParas(paras));
    }
    return new Entry("Source", Entry.Kind.SOURCE, -1, items);
  }
}
