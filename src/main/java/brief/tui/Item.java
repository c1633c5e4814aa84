package brief.tui;

import java.util.List;

/**
 * One selectable thing in the content pane: a point, a quote, a stakeholder, a timeline entry, a
 * theme or a source paragraph. {@code searchable} is the text a search looks in; {@code themeId} is
 * set for the items of the Themes list, where Enter filters by it; {@code evidence} is what Enter
 * shows on a point, a quote or a timeline entry.
 */
public record Item(List<Para> paras, String searchable, String themeId, Evidence evidence) {
  public Item {
    paras = List.copyOf(paras);
  }

  public Item(List<Para> paras, String searchable) {
    this(paras, searchable, "", Evidence.NONE);
  }

  public Item(List<Para> paras, String searchable, String themeId) {
    this(paras, searchable, themeId, Evidence.NONE);
  }

  public Item(List<Para> paras, String searchable, Evidence evidence) {
    this(paras, searchable, "", evidence);
  }
}
