package brief.tui;

import java.util.List;

/**
 * One selectable thing in the content pane: a point, a quote, a stakeholder, a timeline entry, a
 * theme or a source paragraph. {@code searchable} is the text a search looks in; {@code id} is what
 * Enter acts on in the Themes list (the theme it filters by) and the Stakeholders list (whose page
 * it opens); {@code evidence} is what Enter shows on a point, a quote or a timeline entry; {@code
 * copy} is what {@code y} copies: the text with its citation, or empty where there is none.
 */
public record Item(List<Para> paras, String searchable, String id, Evidence evidence, String copy) {
  public Item {
    paras = List.copyOf(paras);
  }

  public Item(List<Para> paras, String searchable) {
    this(paras, searchable, "", Evidence.NONE, "");
  }

  public Item(List<Para> paras, String searchable, String id) {
    this(paras, searchable, id, Evidence.NONE, "");
  }

  public Item(List<Para> paras, String searchable, Evidence evidence) {
    this(paras, searchable, "", evidence, "");
  }

  Item withParas(List<Para> other) {
    return new Item(other, searchable, id, evidence, copy);
  }

  Item withCopy(String text) {
    return new Item(paras, searchable, id, evidence, text);
  }
}
