package brief.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ParallelTest {
  @Test
  void resultsKeepTheItemsOrderShortOrLong() {
    for (int n : new int[] {0, 1, Parallel.THRESHOLD - 1, Parallel.THRESHOLD, 5_000}) {
      List<Integer> items = IntStream.range(0, n).boxed().toList();
      assertEquals(
          items.stream().map(i -> i * 2).toList(), Parallel.map(items, i -> i * 2), "n=" + n);
    }
  }
}
