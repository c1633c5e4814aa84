#!/usr/bin/env python3
"""A long article for bench/draft.sh: WORDS words (default 20,000) of news prose with quotes in
every attribution style, as plain text, or as a saved web page with --html. Deterministic."""
import random
import sys

words_wanted = int(sys.argv[1]) if len(sys.argv) > 1 and sys.argv[1].isdigit() else 20000
html = "--html" in sys.argv
rng = random.Random(20000)
people = [("Foreign Minister", "Jeyhun Bayramov"), ("Finance Minister", "Leyla Mammadova"),
          ("President", "Ilham Aliyev"), ("Governor", "Taleh Kazimov"), ("", "Anna Keller"), ("", "Farid Mehdiyev")]
filler = ("The talks on energy, trade and the border continued through the week in Baku, with delegations from "
          "Azerbaijan, Georgia and the European Union meeting officials of the State Oil Company of Azerbaijan "
          "and the central bank to discuss the corridor, investment and the price of gas in the coming winter.").split()
quotes = ["We are ready to sit down at the table without preconditions",
          "The oil price has fallen faster than any of our forecasts assumed, and we must adjust",
          "Nobody will be left behind, and every village will have its road rebuilt by the autumn",
          "This corridor will carry goods from China to Europe in half the time it takes today"]


def sentence(n):
    return " ".join(rng.choice(filler) for _ in range(n)).capitalize() + "."


def paragraph(i):
    title, name = people[i % len(people)]
    surname = name.split()[-1]
    q = rng.choice(quotes)
    styles = [f'"{q}," {title + " " if title else ""}{name} said.',
              f'According to {name}, "{q}."',
              f'"{q}," said {name}, speaking in Baku. "We will not wait for others."',
              f'{surname} told reporters: "{q}."',
              f'{name} called the plan "a step backwards" and promised "results by spring."',
              f'In {surname}\'s words, "{q}."']
    return " ".join([sentence(18), rng.choice(styles), sentence(22), sentence(15)])


out, count, i = [], 0, 0
out.append("date 2025-07-20 20 July 2025 20:50 (UTC+04:00)")
out.append("Bench Writer")
while count < words_wanted:
    p = paragraph(i)
    out.append(p)
    count += len(p.split())
    i += 1
if html:
    body = "\n".join(f"<p>{p}</p>" for p in out[2:])
    print(f"<!DOCTYPE html><html><head><meta charset=utf-8><title>Bench article</title>"
          f"<meta name=author content=\"Bench Writer\"></head><body><nav><a href=/>Home</a></nav>"
          f"<article><h1>Bench article</h1>\n{body}\n</article><footer>Footer</footer></body></html>")
else:
    print("\n\n".join(out))
