package brief.tui;

/** A box on the screen: its top-left cell and its size in cells. */
record Rect(int x, int y, int width, int height) {}
