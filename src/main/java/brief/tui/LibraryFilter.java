package brief.tui;

import brief.core.Briefing;
import brief.core.Query;
import brief.core.Searchable;
import brief.core.Theme;
import brief.core.ThemeFilter;
import brief.tui.ReaderState.Picker;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the library list shows: the briefings whose text holds every word typed after {@code /}
 * ({@code draft}, still being typed while {@code typing}) and that carry one of the themes picked
 * with {@code t}; {@code shown} are their places in the library. {@code index} is made the first
 * time the list is filtered, so opening the reader costs nothing for it.
 */
public record LibraryFilter(
    String draft,
    boolean typing,
    ThemeFilter themes,
    Picker picker,
    List<Integer> shown,
    Index index) {
  public LibraryFilter {
    shown = List.copyOf(shown);
  }

  /** Every briefing shown, nothing typed or picked. */
  static LibraryFilter all(int size) {
    List<Integer> every = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      every.add(i);
    }
    return new LibraryFilter(
        "", false, ThemeFilter.NONE, new Picker(0, java.util.Set.of()), every, null);
  }

  boolean isActive() {
    return !draft.isBlank() || themes.isActive();
  }

  Query query() {
    return Query.parse(draft);
  }

  /** The same filter with another draft and themes, the list worked out again. */
  LibraryFilter with(
      List<Briefing> library, String nextDraft, boolean nextTyping, ThemeFilter nextThemes) {
    Index idx = index != null ? index : Index.of(library);
    // A longer query shows a subset of what the shorter showed: only those are searched again.
    boolean narrowing = nextDraft.startsWith(draft) && nextThemes.equals(themes) && index != null;
    List<Integer> candidates = narrowing ? shown : all(library.size()).shown();
    Query q = Query.parse(nextDraft);
    List<Integer> next = new ArrayList<>();
    for (int i : candidates) {
      boolean themed =
          !nextThemes.isActive()
              || nextThemes.accepts(library.get(i).themes().stream().map(Theme::id).toList());
      if (themed && (q.isEmpty() || q.matchesFolded(idx.texts()[i]))) {
        next.add(i);
      }
    }
    return new LibraryFilter(nextDraft, nextTyping, nextThemes, picker, next, idx);
  }

  LibraryFilter withPicker(Picker p) {
    return new LibraryFilter(draft, typing, themes, p, shown, index);
  }

  LibraryFilter typing(boolean on) {
    return new LibraryFilter(draft, on, themes, picker, shown, index);
  }

  /** Each briefing's searchable text in one string, folded, and every theme of the library. */
  public record Index(String[] texts, List<Theme> themes) {
    static Index of(List<Briefing> library) {
      String[] texts = new String[library.size()];
      Map<String, Theme> themes = new LinkedHashMap<>();
      for (int i = 0; i < texts.length; i++) {
        Briefing b = library.get(i);
        texts[i] = Query.fold(text(b));
        b.themes().forEach(t -> themes.putIfAbsent(t.id(), t));
      }
      List<Theme> sorted = new ArrayList<>(themes.values());
      sorted.sort((a, c) -> a.id().compareTo(c.id()));
      return new Index(texts, sorted);
    }

    /** The briefing's id, and every field search looks at ({@link Searchable}), one a line. */
    private static String text(Briefing b) {
      return b.id() + '\n' + Searchable.text(b);
    }
  }
}
