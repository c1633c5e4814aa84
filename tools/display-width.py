#!/usr/bin/env python3
"""Writes src/main/java/brief/render/DisplayWidth.java from the Unicode Character Database.

Usage: python3 tools/display-width.py [--ucd DIR] [--out FILE]
  --ucd  the UCD folder (default /usr/share/unicode, Debian's `unicode-data` package)
  --out  where to write (default: the DisplayWidth.java in this repository; `-` for stdout)

Standard library only. The properties come from the data files of one Unicode version
rather than from Python's `unicodedata`: that module carries East Asian Width but not emoji
presentation, and its version follows the Python release (3.11 has 14.0.0, 3.12 15.0.0), so
the output would change with whichever Python runs the script. The files used:
  extracted/DerivedGeneralCategory.txt  Mn, Me, Cf: zero columns
  HangulSyllableType.txt                V and T (jungseong, jongseong): zero columns
  EastAsianWidth.txt                    W and F: two columns
  emoji/emoji-data.txt                  Emoji_Presentation: two columns
  PropList.txt                          two exceptions, counted as terminals (wcwidth) do:
    Prepended_Concatenation_Mark (U+0600 ARABIC NUMBER SIGN...) is Cf but drawn: one column;
    Regional_Indicator is Emoji_Presentation, but two of them draw one flag: one column each.
DisplayWidthTest runs this script and fails when the checked-in file differs from its output.
"""

import argparse
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
TARGET = REPO / "src/main/java/brief/render/DisplayWidth.java"

# Below U+0300 every character but NUL takes one column and of() answers before the tables:
# U+00AD SOFT HYPHEN is Cf, yet terminals (wcwidth) show it.
FIRST = 0x300
ZERO_CATEGORIES = {"Mn", "Me", "Cf"}
ZERO_HANGUL = {"V", "T"}
WIDE_EAW = {"W", "F"}


def records(path):
    """(first, last, value) for each data line of a UCD file; comments and blanks skipped."""
    for line in path.read_text(encoding="utf-8").splitlines():
        data = line.split("#", 1)[0].strip()
        if not data:
            continue
        cps, value = (f.strip() for f in data.split(";")[:2])
        first, _, last = cps.partition("..")
        yield int(first, 16), int(last or first, 16), value


def version(path, pattern):
    text = path.read_text(encoding="utf-8")
    found = re.search(pattern, text, re.MULTILINE)
    if not found:
        sys.exit(f"display-width.py: {path}: no Unicode version found")
    return found.group(1)


def ranges(predicate):
    """Sorted, merged inclusive ranges of the code points from FIRST for which predicate holds."""
    out = []
    for cp in range(FIRST, 0x110000):
        if predicate(cp):
            if out and out[-1][1] == cp - 1:
                out[-1][1] = cp
            else:
                out.append([cp, cp])
    return out


def table(name, rs, what):
    per_line = 5
    lines = []
    for i in range(0, len(rs), per_line):
        pairs = ", ".join(f"0x{a:04X}, 0x{b:04X}" for a, b in rs[i:i + per_line])
        lines.append(f"    {pairs},")
    return (f"  /** {what}. */\n"
            f"  private static final int[] {name} = {{\n" + "\n".join(lines) + "\n  };\n")


def mark(flags, path, values):
    """Sets flags[cp] for each code point whose value in the UCD file at path is in values."""
    for first, last, value in records(path):
        if value in values:
            flags[first:last + 1] = b"\1" * (last - first + 1)


def generate(ucd):
    gc_file = ucd / "extracted/DerivedGeneralCategory.txt"
    hangul_file = ucd / "HangulSyllableType.txt"
    eaw_file = ucd / "EastAsianWidth.txt"
    emoji_file = ucd / "emoji/emoji-data.txt"
    props_file = ucd / "PropList.txt"
    for f in (gc_file, hangul_file, eaw_file, emoji_file, props_file):
        if not f.is_file():
            sys.exit(f"display-width.py: {f} is missing (on Debian: apt-get install unicode-data)")
    v = version(gc_file, r"^# DerivedGeneralCategory-(\d+\.\d+\.\d+)\.txt")
    others = [version(f, rf"^# {f.stem}-(\d+\.\d+\.\d+)\.txt")
              for f in (hangul_file, eaw_file, props_file)]
    v_emoji = version(emoji_file, r"^# Used with Emoji Version (\d+\.\d+)")
    if any(o != v for o in others) or not v.startswith(v_emoji + "."):
        sys.exit(f"display-width.py: {ucd} mixes Unicode versions: {v}, {others}, emoji {v_emoji}")

    zero = bytearray(0x110000)
    mark(zero, gc_file, ZERO_CATEGORIES)
    mark(zero, hangul_file, ZERO_HANGUL)
    # EastAsianWidth.txt lists the unassigned code points of the wide blocks too; the rest is N.
    wide = bytearray(0x110000)
    mark(wide, eaw_file, WIDE_EAW)
    mark(wide, emoji_file, {"Emoji_Presentation"})
    drawn = bytearray(0x110000)
    mark(drawn, props_file, {"Prepended_Concatenation_Mark"})
    flag_half = bytearray(0x110000)
    mark(flag_half, props_file, {"Regional_Indicator"})

    zero_ranges = ranges(lambda cp: zero[cp] and not drawn[cp])
    # A zero-width mark that is also East Asian Wide (U+302A, U+3099) stays zero: it combines.
    # So the tables do not overlap, and of() may search them in either order.
    wide_ranges = ranges(lambda cp: wide[cp] and not zero[cp] and not flag_half[cp])
    return TEMPLATE.format(
        version=v,
        zero=table("ZERO", zero_ranges, "Zero columns: Mn, Me, Cf, Hangul V and T"),
        wide=table("WIDE", wide_ranges, "Two columns: East Asian Width W or F, Emoji_Presentation"))


TEMPLATE = """\
package brief.render;

// GENERATED by tools/display-width.py from the Unicode Character Database {version}
// (Debian's unicode-data package): do not edit by hand. To change or update it, edit the
// script and re-run `python3 tools/display-width.py`; DisplayWidthTest fails while this file
// differs from the script's output.

/**
 * How many terminal columns a character takes, per Unicode {version}: 0 for NUL, combining
 * and enclosing marks (Mn, Me: accents, variation selectors), format characters (Cf: ZERO WIDTH
 * SPACE and JOINER, but not the drawn Arabic number signs) and Hangul jungseong and jongseong;
 * 2 for East Asian Wide and Fullwidth characters and emoji with emoji presentation (but each
 * regional indicator is 1: a flag is two); else 1. A sequence is the sum of its characters, as
 * in terminals following wcwidth. The script's header gives the reasons.
 */
public final class DisplayWidth {{
  private DisplayWidth() {{}}

  public static int of(int cp) {{
    if (cp < 0x300) {{
      return cp == 0 ? 0 : 1;
    }}
    // WIDE first: it is the shorter table and the two do not overlap.
    if (in(WIDE, cp)) {{
      return 2;
    }}
    return in(ZERO, cp) ? 0 : 1;
  }}

  public static int of(String s) {{
    int width = 0;
    for (int i = 0; i < s.length(); ) {{
      int cp = s.codePointAt(i);
      width += of(cp);
      i += Character.charCount(cp);
    }}
    return width;
  }}

  /** Binary search of sorted, disjoint ranges held as {{first0, last0, first1, last1, ...}}. */
  private static boolean in(int[] ranges, int cp) {{
    if (cp < ranges[0]) {{
      return false; // so Greek, Cyrillic, Arabic (below U+1100) cost WIDE one comparison
    }}
    int lo = 0;
    int hi = ranges.length / 2 - 1;
    while (lo <= hi) {{
      int mid = (lo + hi) >>> 1;
      if (cp < ranges[2 * mid]) {{
        hi = mid - 1;
      }} else if (cp > ranges[2 * mid + 1]) {{
        lo = mid + 1;
      }} else {{
        return true;
      }}
    }}
    return false;
  }}

{zero}
{wide}}}
"""


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ucd", type=Path, default=Path("/usr/share/unicode"))
    parser.add_argument("--out", default=str(TARGET))
    args = parser.parse_args()
    text = generate(args.ucd)
    if args.out == "-":
        sys.stdout.write(text)
    else:
        Path(args.out).write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
