package brief.terminal;

import brief.render.DisplayWidth;
import brief.render.Style;
import brief.tui.Frame;
import brief.tui.Role;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextCharacter;
import java.io.IOException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * Copies a frame onto a Lanterna screen and refreshes it: only changed cells go out, unless a full
 * repaint is asked for (Ctrl-L, a resize). The screen is never cleared per frame. Where the
 * terminal scrolls, a view moved by whole lines is scrolled by the terminal first (see {@link
 * Scroll}), so that only the rows it uncovers and the cells it got wrong are sent.
 */
final class Painter {
  private final BriefScreen screen;
  private final Palette palette;
  private final Map<Role, Map<String, TextCharacter>> glyphs = new EnumMap<>(Role.class);
  private final boolean hyperlinks;

  /** What the {@link Role#LINK} glyphs in {@link #glyphs} open: the frame's link, or "". */
  private String link = "";

  /** The frame on the screen, when it is the whole screen; else null. */
  private Frame shown;

  Painter(BriefScreen screen, Palette palette) {
    this(screen, palette, false);
  }

  /** {@code hyperlinks}: the terminal shows OSC 8 hyperlinks (see TerminalEnvironment). */
  Painter(BriefScreen screen, Palette palette, boolean hyperlinks) {
    this.screen = screen;
    this.palette = palette;
    this.hyperlinks = hyperlinks;
  }

  /** Paints the frame; returns false when the screen changed size and the frame is stale. */
  boolean paint(Frame frame, boolean full) throws IOException {
    boolean resized = screen.doResizeIfNecessary() != null;
    TerminalSize size = screen.getTerminalSize();
    boolean fits = size.getColumns() == frame.width() && size.getRows() == frame.height();
    boolean delta = !full && !resized;
    Scroll scroll =
        screen.scrolls() && delta && fits && shown != null ? Scroll.between(shown, frame) : null;
    if (scroll != null) {
      screen.scroll(scroll, glyph(" ", Role.NORMAL));
    }
    String address = hyperlinks && Style.isPlainWebAddress(frame.link()) ? frame.link() : "";
    if (!address.equals(link)) {
      glyphs.remove(Role.LINK);
      link = address;
    }
    int columns = Math.min(size.getColumns(), frame.width());
    int rows = Math.min(size.getRows(), frame.height());
    for (int y = 0; y < rows; y++) {
      for (int x = 0; x < columns; x++) {
        String text = frame.text(x, y);
        if (!text.isEmpty()) {
          screen.setCharacter(x, y, glyph(text, frame.role(x, y)));
        }
      }
    }
    if (delta) {
      screen.refreshDelta();
    } else {
      screen.repaint();
    }
    shown = fits ? frame : null;
    return fits;
  }

  /** Text for the terminal's clipboard: sent before the next frame, never drawn. */
  void copy(String text) throws IOException {
    screen.copy(text);
  }

  private TextCharacter glyph(String text, Role role) {
    return glyphs
        .computeIfAbsent(role, r -> new HashMap<>())
        .computeIfAbsent(
            text,
            t -> {
              try {
                return new Glyph(
                    t,
                    palette.foreground().get(role),
                    palette.background().get(role),
                    palette.modifiers().get(role),
                    DisplayWidth.of(t) == 2,
                    role == Role.LINK ? link : "");
              } catch (IllegalArgumentException e) {
                return new Glyph(
                    "\uFFFD",
                    palette.foreground().get(role),
                    palette.background().get(role),
                    palette.modifiers().get(role),
                    false);
              }
            });
  }
}
