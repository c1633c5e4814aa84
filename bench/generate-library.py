#!/usr/bin/env python3
"""Writes N synthetic briefings of realistic size (about 5 KB each: 5 themes, 4 sections of
5 points, 5 quotes, 6 stakeholders, 4 timeline entries) into a folder, for the scale
benchmarks. Deterministic: the same N gives the same files.
Usage: bench/generate-library.py N DIR"""
import os, random, sys

WORDS = ("energy security corridor pipeline ministers agreed talks border trade tariffs grain port "
         "ceasefire monitors election observers sanctions exports refinery reform parliament budget "
         "drought harvest river dam water loans bonds inflation currency migration visa treaty summit "
         "delegation envoy framework roadmap investment railway highway logistics customs cable fibre "
         "satellite defence exercise coast guard fisheries quota emissions solar wind grid outage").split()
PLACES = ["Lənkəran", "Şəki", "Gəncə", "Sumqayıt", "Tbilisi", "Aktau", "Ashgabat", "Yerevan", "Batumi", "Şuşa"]
PEOPLE = ["Aysel Məmmədova", "Rauf Əliyev", "Nino Beridze", "Arman Petrosyan", "Dana Sultanova", "İlkin Həsənov"]
THEMES = ["energy", "security", "trade", "water", "governance", "transport", "climate", "finance"]

def sentence(r, n=14):
    words = [r.choice(WORDS) for _ in range(n)]
    words.insert(r.randrange(len(words)), r.choice(PLACES))
    return " ".join(words).capitalize() + "."

def briefing(i):
    r = random.Random(i)
    themes = r.sample(THEMES, 5)
    bid = f"synthetic-{i:05d}"
    day = f"20{10 + i % 15:02d}-{1 + i % 12:02d}-{1 + i % 28:02d}"
    out = [f"format: briefing/1", f"id: {bid}", f"title: {sentence(r, 6)[:-1]} ({i})",
           "classification: UNCLASSIFIED", f"date: {day}", f"region: {r.choice(PLACES)}",
           f"tags: [{', '.join(r.sample(WORDS, 3))}]",
           "source:", f"  author: {r.choice(PEOPLE)}", "  kind: news", f"  published: {day}",
           f"summary: {sentence(r, 30)}", "themes:"]
    for t in themes:
        out += [f"  - id: {t}", f"    label: {t.capitalize()}", f"    description: {sentence(r, 8)}"]
    out.append("sections:")
    for s in range(4):
        out += [f"  - id: section-{s}", f"    title: {sentence(r, 4)[:-1]}", "    points:"]
        for p in range(5):
            out += [f"      - text: {sentence(r, 18)}", f"        themes: [{', '.join(r.sample(themes, 2))}]",
                    f"        priority: {r.choice(['high', 'normal', 'normal', 'low'])}", f"        source: {1 + p}"]
    people = [f"person-{k}" for k in range(6)]
    out.append("quotes:")
    for q in range(5):
        out += [f"  - text: {sentence(r, 16)}", f"    speaker: {r.choice(people)}", f"    context: {sentence(r, 5)}",
                f"    themes: [{r.choice(themes)}]", f"    key: {'true' if q < 2 else 'false'}"]
    out.append("stakeholders:")
    for k, pid in enumerate(people):
        out += [f"  - id: {pid}", f"    name: {PEOPLE[k]}", "    kind: person", f"    role: {sentence(r, 4)[:-1]}",
                f"    position: {sentence(r, 12)}", f"    themes: [{r.choice(themes)}]",
                f"    aliases: [{PEOPLE[k].split()[1]}]"]
    out.append("timeline:")
    for k in range(4):
        out += [f"  - date: \"{2010 + k}\"", f"    event: {sentence(r, 10)}"]
    return bid, "\n".join(out) + "\n"

def main():
    n, folder = int(sys.argv[1]), sys.argv[2]
    os.makedirs(folder, exist_ok=True)
    for i in range(n):
        bid, text = briefing(i)
        sub = os.path.join(folder, f"{i // 500:02d}")
        os.makedirs(sub, exist_ok=True)
        with open(os.path.join(sub, bid + ".yaml"), "w", encoding="utf-8") as f:
            f.write(text)

if __name__ == "__main__":
    main()
