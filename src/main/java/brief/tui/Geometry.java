package brief.tui;

import java.util.List;

/**
 * Where each item of the current entry sits in the content pane, in rows, at the current width:
 * items are separated by one blank row. What the update pages and scrolls by.
 */
record Geometry(int[] starts, int[] ends, int total, int viewport) {
  static Geometry of(ReaderState s) {
    Layout layout = s.layout();
    List<Item> items = s.currentEntry().items();
    int width = layout.contentTextWidth();
    int[] starts = new int[items.size()];
    int[] ends = new int[items.size()];
    int row = 0;
    for (int i = 0; i < items.size(); i++) {
      starts[i] = row;
      row += Lines.height(items.get(i), width);
      ends[i] = row;
      row++;
    }
    return new Geometry(starts, ends, Math.max(1, row - 1), layout.innerRows());
  }

  int count() {
    return starts.length;
  }

  int start(int item) {
    return starts[item];
  }

  int end(int item) {
    return ends[item];
  }

  int maxScroll() {
    return Math.max(0, total - viewport);
  }

  /**
   * The item to select when the pane starts at {@code scroll}: the first whose first row shows, so
   * that what Enter acts on can be seen; when one item fills the pane, that item.
   */
  int firstVisible(int scroll) {
    for (int i = 0; i < count(); i++) {
      if (starts[i] >= scroll && starts[i] < scroll + viewport) {
        return i;
      }
    }
    for (int i = 0; i < count(); i++) {
      if (ends[i] > scroll) {
        return i;
      }
    }
    return Math.max(0, count() - 1);
  }
}
