package brief.core;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What is made of a text, kept for the last texts asked that are long enough: validation asks the
 * same paragraph for every name, number and phrase of every statement that cites it. Shorter texts
 * are made afresh (kept, they would push the paragraphs out); when full, it starts again empty. A
 * subclass, not a lambda: this is on the start-up path of lookups that search.
 */
abstract class TextMemo<V> {
  private final int shortest;
  private final int most;
  private final Map<String, V> kept = new ConcurrentHashMap<>();

  TextMemo(int shortest, int most) {
    this.shortest = shortest;
    this.most = most;
  }

  abstract V make(String text);

  final V of(String text) {
    if (text.length() < shortest) {
      return make(text);
    }
    V known = kept.get(text);
    if (known == null) {
      known = make(text);
      if (kept.size() > most) {
        kept.clear();
      }
      kept.put(text, known);
    }
    return known;
  }
}
