package brief.terminal;

import brief.tui.Role;
import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TextColor;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;

/**
 * How each role looks: in the 16 ANSI colours (so the user's own palette decides the actual
 * colours), or without colour, where selection and matches stay visible through reverse video, bold
 * and underline.
 */
record Palette(
    Map<Role, TextColor> foreground,
    Map<Role, TextColor> background,
    Map<Role, EnumSet<SGR>> modifiers) {

  static Palette colour() {
    Palette p = mono();
    TextColor.ANSI grey = TextColor.ANSI.BLACK_BRIGHT;
    p.foreground().put(Role.DIM, grey);
    p.foreground().put(Role.LINK, grey);
    p.foreground().put(Role.BORDER, grey);
    p.foreground().put(Role.EMPTY, grey);
    p.foreground().put(Role.PANE_TITLE, TextColor.ANSI.CYAN);
    p.foreground().put(Role.HEADING, TextColor.ANSI.CYAN);
    p.foreground().put(Role.KEY, TextColor.ANSI.CYAN);
    p.foreground().put(Role.CURSOR, TextColor.ANSI.YELLOW);
    p.foreground().put(Role.HIGH, TextColor.ANSI.YELLOW);
    p.foreground().put(Role.MESSAGE, TextColor.ANSI.YELLOW);
    p.foreground().put(Role.MATCH, TextColor.ANSI.BLACK);
    p.background().put(Role.MATCH, TextColor.ANSI.YELLOW);
    p.modifiers().put(Role.MATCH, EnumSet.noneOf(SGR.class));
    p.foreground().put(Role.CITED, TextColor.ANSI.YELLOW);
    return p;
  }

  static Palette mono() {
    Map<Role, TextColor> fg = new EnumMap<>(Role.class);
    Map<Role, TextColor> bg = new EnumMap<>(Role.class);
    Map<Role, EnumSet<SGR>> mods = new EnumMap<>(Role.class);
    for (Role r : Role.values()) {
      fg.put(r, TextColor.ANSI.DEFAULT);
      bg.put(r, TextColor.ANSI.DEFAULT);
      mods.put(r, EnumSet.noneOf(SGR.class));
    }
    mods.put(Role.BOLD, EnumSet.of(SGR.BOLD));
    mods.put(Role.TITLE, EnumSet.of(SGR.BOLD));
    mods.put(Role.PANE_TITLE, EnumSet.of(SGR.BOLD));
    mods.put(Role.HEADING, EnumSet.of(SGR.BOLD));
    mods.put(Role.KEY, EnumSet.of(SGR.BOLD));
    mods.put(Role.HIGH, EnumSet.of(SGR.BOLD));
    mods.put(Role.CURSOR, EnumSet.of(SGR.BOLD));
    mods.put(Role.MESSAGE, EnumSet.of(SGR.BOLD));
    mods.put(Role.BANNER, EnumSet.of(SGR.BOLD, SGR.REVERSE));
    mods.put(Role.SELECTED, EnumSet.of(SGR.REVERSE));
    mods.put(Role.MATCH, EnumSet.of(SGR.UNDERLINE, SGR.BOLD));
    // Unlike a match: bold alone, and in colour yellow text rather than a yellow background.
    mods.put(Role.CITED, EnumSet.of(SGR.BOLD));
    return new Palette(fg, bg, mods);
  }
}
