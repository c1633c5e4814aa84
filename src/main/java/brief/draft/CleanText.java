package brief.draft;

import brief.core.UnsafeText;

/**
 * Article text made safe before anything else sees it: control and bidi characters (never allowed
 * in a briefing) are dropped, tabs and no-break spaces become spaces. The source text written next
 * to the draft is this cleaned text, so quotes stay verbatim to it.
 */
final class CleanText {
  private CleanText() {}

  static String clean(String text) {
    StringBuilder b = new StringBuilder(text.length());
    String unix = text.replace("\r\n", "\n").replace('\r', '\n');
    for (int i = 0; i < unix.length(); ) {
      int cp = unix.codePointAt(i);
      i += Character.charCount(cp);
      if (cp == '\t' || cp == '\u00a0' || cp == '\u2007' || cp == '\u202f') {
        b.append(' ');
      } else if (cp == '\ufeff' || UnsafeText.isUnsafe(cp) || (Character.isSurrogate((char) cp))) {
        continue;
      } else {
        b.appendCodePoint(cp);
      }
    }
    return b.toString();
  }
}
