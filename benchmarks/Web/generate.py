#!/usr/bin/env python3
"""Writes N synthetic text articles in clusters (several outlets reporting one made-up event).

Each event has its own rare words, place, figures and a quote; each report words them its own way
around shared filler vocabulary, so the clusterer has real work and the comparison real figures.
Usage: generate.py OUT_FOLDER [ARTICLES=10000] [PER_STORY=5] [SEED=1]
"""
import os
import random
import sys
from datetime import datetime, timedelta, timezone

out = sys.argv[1]
total = int(sys.argv[2]) if len(sys.argv) > 2 else 10000
per_story = int(sys.argv[3]) if len(sys.argv) > 3 else 5
rng = random.Random(int(sys.argv[4]) if len(sys.argv) > 4 else 1)

SYLLABLES = "ka lo mi ra ten vor dal sen pri tho gar nel fin wex bru zan hol tis mur pex qua dor lin sar".split()
FILLER = ("the a of to in and said on for with that officials reported according statement minister "
          "government city people week day local police agency announced after before during while "
          "residents council spokesperson told reporters added later early morning evening area region "
          "authorities plan report crisis response support meeting talks decision public").split()
OUTLETS = [f"Outlet {name}" for name in ("Herald", "Courier", "Ledger", "Gazette", "Tribune", "Wire", "Post",
                                           "Observer", "Chronicle", "Times", "Daily", "Review", "Monitor", "Bulletin")]
HEDGES = ["", "about ", "nearly ", "as many as ", "an estimated ", "more than "]


def word():
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4)))


def sentence(keywords, length):
    words = [rng.choice(FILLER) for _ in range(length)]
    for k in rng.sample(keywords, min(3, len(keywords))):
        words.insert(rng.randrange(len(words)), k)
    text = " ".join(words)
    return text[0].upper() + text[1:] + "."


os.makedirs(out, exist_ok=True)
start = datetime(2026, 9, 1, tzinfo=timezone.utc)
stories = (total + per_story - 1) // per_story
n = 0
for s in range(stories):
    place = word().capitalize()
    keywords = [word() for _ in range(10)]
    figure = rng.choice([120, 3500, 12000, 48, 900])
    speaker = f"{word().capitalize()} {word().capitalize()}"
    quote = f"We will {rng.choice(keywords)} the {rng.choice(keywords)} together"
    when = start + timedelta(hours=rng.randint(0, 24 * 60))
    outlets = rng.sample(OUTLETS, min(per_story, len(OUTLETS)))
    for r in range(per_story):
        if n >= total:
            break
        value = figure if rng.random() < 0.6 else int(figure * rng.choice([0.8, 0.9, 1.1]))
        title = f"{place} {keywords[0]} {keywords[1]} {rng.choice(['talks', 'crisis', 'plan', 'vote'])} {rng.choice(keywords[2:])}"
        paragraphs = [
            f"{place} officials said {rng.choice(HEDGES)}{value:,} residents were affected by the {keywords[0]} {keywords[1]}.",
            f"\u201c{quote},\u201d {speaker} said on {when:%A}.",
        ]
        paragraphs += [" ".join(sentence(keywords, rng.randint(12, 22)) for _ in range(3)) for _ in range(rng.randint(8, 12))]
        rng.shuffle(paragraphs)
        published = when + timedelta(minutes=rng.randint(0, 600))
        body = "\n\n".join(paragraphs)
        with open(os.path.join(out, f"{s:05d}_{r}.txt"), "w", encoding="utf-8") as f:
            f.write(f"---\ntitle: {title.capitalize()}\noutlet: {outlets[r]}\nauthor: {word().capitalize()} {word().capitalize()}\n"
                    f"published: {published:%Y-%m-%dT%H:%M:%SZ}\n---\n{body}\n")
        n += 1
print(f"wrote {n} articles in {stories} stories to {out}")
