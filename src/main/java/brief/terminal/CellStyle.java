package brief.terminal;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TextCharacter;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * A cell's attributes as SGR parameters (foreground, background, the set of modifiers) and the
 * address of the hyperlink it is part of ("" for none), with the parameters that set them.
 */
record CellStyle(String foreground, String background, Set<SGR> modifiers, String link) {
  static final CellStyle PLAIN = new CellStyle("39", "49", EnumSet.noneOf(SGR.class), "");

  /** Each attribute's SGR numbers to turn it on and off; the others are only ever reset. */
  private static final Map<SGR, int[]> CODES =
      Map.of(
          SGR.BOLD, new int[] {1, 22},
          SGR.ITALIC, new int[] {3, 23},
          SGR.UNDERLINE, new int[] {4, 24},
          SGR.BLINK, new int[] {5, 25},
          SGR.REVERSE, new int[] {7, 27},
          SGR.CROSSED_OUT, new int[] {9, 29});

  static CellStyle of(TextCharacter c) {
    return new CellStyle(
        parameters(c.getForegroundColor().getForegroundSGRSequence()),
        parameters(c.getBackgroundColor().getBackgroundSGRSequence()),
        c.getModifiers(),
        c instanceof Glyph g ? g.link() : "");
  }

  private static String parameters(byte[] sgr) {
    return new String(sgr, StandardCharsets.US_ASCII);
  }

  boolean plain() {
    return equals(PLAIN);
  }

  /** The same attributes outside any hyperlink. */
  CellStyle withoutLink() {
    return new CellStyle(foreground, background, modifiers, "");
  }

  /** The parameters that set this style after a reset ("" for the plain one). */
  String fromReset() {
    StringBuilder b = new StringBuilder();
    for (SGR m : modifiers) {
      b.append(';').append(on(m));
    }
    if (!foreground.equals(PLAIN.foreground)) {
      b.append(';').append(foreground);
    }
    if (!background.equals(PLAIN.background)) {
      b.append(';').append(background);
    }
    return b.isEmpty() ? "" : "0" + b;
  }

  /**
   * The parameters that change this style's SGR part into {@code target}'s, or null when only a
   * reset can. Not for two styles whose SGR parts are equal.
   */
  String changeTo(CellStyle target) {
    StringBuilder b = new StringBuilder();
    for (SGR m : modifiers) {
      if (!target.modifiers.contains(m)) {
        if (!CODES.containsKey(m)) {
          return null;
        }
        b.append(';').append(CODES.get(m)[1]);
      }
    }
    for (SGR m : target.modifiers) {
      if (!modifiers.contains(m)) {
        b.append(';').append(on(m));
      }
    }
    if (!foreground.equals(target.foreground)) {
      b.append(';').append(target.foreground);
    }
    if (!background.equals(target.background)) {
      b.append(';').append(target.background);
    }
    return b.substring(1);
  }

  private static String on(SGR m) {
    int[] codes = CODES.get(m);
    if (codes != null) {
      return String.valueOf(codes[0]);
    }
    return switch (m) {
      case BORDERED -> "51";
      case CIRCLED -> "52";
      case FRAKTUR -> "20";
      default -> throw new IllegalArgumentException(m.name());
    };
  }
}
