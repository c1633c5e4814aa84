package brief.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

/**
 * A function over a list, on every core when the list is long enough to repay it: starting the
 * common fork-join pool costs a few milliseconds, more than a handful of briefings take.
 */
public final class Parallel {
  /** Below this many items, one thread. */
  static final int THRESHOLD = 16;

  private Parallel() {}

  /** {@code f} of each item, in the items' order. */
  public static <T, R> List<R> map(List<T> items, Function<? super T, ? extends R> f) {
    if (items.size() >= THRESHOLD) {
      return items.parallelStream().<R>map(f).toList();
    }
    List<R> results = new ArrayList<>(items.size());
    for (T item : items) {
      results.add(f.apply(item));
    }
    return Collections.unmodifiableList(results);
  }
}
