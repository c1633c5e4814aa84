#!/usr/bin/env python3
"""How far a key scrolled a band of the screen, from two tmux captures (capture-pane -p):
prints D when the band's text after the key is its text before moved up by D rows (down
when D is negative), 0 when it did not scroll. For bench/reader.sh, which labels each key
by what it did, however the reader painted it.
Usage: scroll-shift.py BEFORE AFTER TOP BOTTOM LEFT RIGHT   (rows and columns 0-based, inclusive)"""
import sys


def band(path, top, bottom, left, right):
    with open(path, encoding="utf-8") as f:
        rows = f.read().split("\n")
    rows += [""] * (bottom + 1 - len(rows))
    return [rows[y][left:right + 1].rstrip() for y in range(top, bottom + 1)]


def main():
    before_path, after_path = sys.argv[1], sys.argv[2]
    top, bottom, left, right = (int(a) for a in sys.argv[3:7])
    before = band(before_path, top, bottom, left, right)
    after = band(after_path, top, bottom, left, right)
    n = len(after)

    def matches(d):
        return sum(1 for y in range(n) if 0 <= y + d < n and after[y] and after[y] == before[y + d])

    best = max(range(-(n - 1), n), key=lambda d: (matches(d), -abs(d)))
    print(best if matches(best) > matches(0) else 0)


main()
