package brief.tui;

import java.util.List;

/**
 * What an item of the content pane stands on, for the source view: the paragraphs it cites, the
 * words to mark there (a quote's text or a timeline date) and an outside reference.
 */
public record Evidence(List<Integer> paragraphs, String quote, String date, String ref) {
  public static final Evidence NONE = new Evidence(List.of(), "", "", "");

  public Evidence {
    paragraphs = List.copyOf(paragraphs);
  }

  public static Evidence of(List<Integer> paragraphs, String ref) {
    return new Evidence(paragraphs, "", "", ref);
  }

  /** Whether there is anything to show: the source view opens only on items that cite. */
  public boolean any() {
    return !paragraphs.isEmpty() || !ref.isEmpty();
  }
}
